//! Countries, territories and organisations, found in text and resolved to stable ids.
//!
//! (Placeholder: the matcher and the embedded data arrive with the gazetteer work.)

use std::sync::Arc;

use crate::article::Context;
use crate::Span;

/// A set of entities and their aliases, compiled for matching.
///
/// Cloning is cheap: clones share the compiled automaton.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    #[allow(dead_code)]
    inner: Arc<()>,
}

impl Gazetteer {
    /// The embedded default gazetteer, built once and shared.
    pub fn default_shared() -> Gazetteer {
        Gazetteer::default()
    }

    pub(crate) fn find_mentions(&self, _cx: &Context<'_>) -> Vec<Mention> {
        Vec::new()
    }
}

/// A mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    entity: String,
}

impl Mention {
    /// Where the mention is.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// An entity the article mentions, with how often and where first.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MentionedEntity {
    id: String,
}

pub(crate) fn summarize(_mentions: &[Mention]) -> Vec<MentionedEntity> {
    Vec::new()
}
