//! Sentences within the prose blocks of an article.

use crate::structure::Structure;
use crate::text::tokens::Token;
use crate::Span;

/// One sentence, with the index of the block (in [`Structure::blocks`]) that holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    #[cfg_attr(feature = "serde", serde(skip))]
    block: usize,
}

impl Sentence {
    pub(crate) fn new(span: Span, block: usize) -> Sentence {
        Sentence { span, block }
    }

    /// Where the sentence is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The index of the block that holds the sentence.
    pub fn block(&self) -> usize {
        self.block
    }

    /// The sentence's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

/// Sentences of every prose block, in text order.
pub(crate) fn split(_text: &str, structure: &Structure, _tokens: &[Token]) -> Vec<Sentence> {
    structure
        .blocks()
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind().is_prose())
        .map(|(i, b)| Sentence::new(b.span(), i))
        .collect()
}
