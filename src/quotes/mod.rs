//! Who said what: direct, mixed, partial and reported speech, and "according to".
//!
//! [`marks`] pairs quotation marks into quotations, [`cues`] finds reporting verbs and
//! phrases, and [`attribution`] ties each cue to its speaker and what it reports.

mod attribution;
mod cues;
mod marks;

pub(crate) use cues::is_cue_word;
pub(crate) use marks::Quotation;

/// The quotations of the blocks that hold prose, marks paired by direction (a
/// quotation may reopen its paragraph or carry over to the next).
pub(crate) fn quotations(
    text: &str,
    tokens: &[crate::text::tokens::Token],
    blocks: &[crate::structure::Block],
) -> Vec<Quotation> {
    let quoting: Vec<(crate::structure::Block, usize, usize)> = blocks
        .iter()
        .filter(|b| marks::is_quoting_block(b.kind()))
        .map(|b| {
            let (a, z) = crate::people::names::token_range(tokens, b.span());
            (*b, a, z)
        })
        .collect();
    marks::pair(text, tokens, &quoting)
}

/// For each token, whether it lies inside one of `quotations`.
pub(crate) fn quoted_tokens(token_count: usize, quotations: &[Quotation]) -> Vec<bool> {
    let mut out = vec![false; token_count];
    for q in quotations {
        let (a, z) = q.tokens;
        for slot in out.iter_mut().take(z).skip(a) {
            *slot = true;
        }
    }
    out
}

use crate::Span;
use crate::article::Context;
use crate::gazetteer::Mention;
use crate::people::Person;

/// How the speech is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// The whole quotation in marks, the speaker outside.
    Direct,
    /// A reported clause that holds quoted fragments.
    Mixed,
    /// A quoted fragment inside the reporter's sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
    /// `according to X`.
    AccordingTo,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation, a government body.
    Organisation,
    /// A news agency or medium.
    Media,
    /// An unnamed source (`a source said`, `officials said`), or a pronoun the text does
    /// not resolve (`they said`, `the study -- which notes`): the name is then the words
    /// of the mention as written.
    Unnamed,
}

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker {
    name: String,
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    kind: SpeakerKind,
    /// Inferred rather than read: a role that no one in the article was given, taken
    /// for the person named last. It lowers the quote's confidence.
    #[cfg_attr(feature = "serde", serde(skip))]
    guessed: bool,
}

impl Speaker {
    /// The resolved, canonical name (`Janet Yellen` for a `she`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The mention the cue attaches to (the `she`, or the name itself).
    pub fn span(&self) -> Span {
        self.span
    }

    /// What kind of source it is.
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }
}

/// A quotation or a report of speech, with its cue and its speaker.
///
/// ```
/// use reportage::{Article, QuoteKind, SpeakerKind};
///
/// let text = "Harbour talks resume\n\n“We are ready,” said harbour master Tomas Rieger.\n";
/// let article = Article::parse(text);
/// let quote = &article.quotes()[0];
/// assert_eq!(quote.kind(), QuoteKind::Direct);
/// assert_eq!(quote.content().text(text), "“We are ready,”");
/// assert_eq!(quote.cue().map(|c| c.text(text)), Some("said"));
/// let speaker = quote.speaker().unwrap();
/// assert_eq!((speaker.name(), speaker.kind()), ("Tomas Rieger", SpeakerKind::Person));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote {
    kind: QuoteKind,
    span: Span,
    content: Span,
    cue: Option<Span>,
    speaker: Option<Speaker>,
    confidence: f32,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    segments: Vec<Span>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    nested: Vec<Quote>,
}

impl Quote {
    /// How the speech is reported.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The whole attribution: content, cue and speaker.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The reported material. Quoted words keep their quotation marks (`“We have a
    /// deal,”`), which show what was said word for word; reported speech has none.
    pub fn content(&self) -> Span {
        self.content
    }

    /// The reporting expression (`said`, `according to`), when there is one.
    pub fn cue(&self) -> Option<Span> {
        self.cue
    }

    /// What was said, piece by piece, when the attribution interrupts the content: in
    /// `“We are ready,” she said. “The ships can come.”` the content runs from the first
    /// mark to the last, and the segments are the two quotations; in `The port, Ruiz
    /// said, will reopen` they are `The port` and `will reopen`. A content that nothing
    /// interrupts is its one segment. In JSON the list is `"segments"`, left out when the
    /// content is one piece.
    ///
    /// ```
    /// use reportage::Article;
    ///
    /// let text = "Port news\n\n“We are ready,” said Ana Ruiz. “The ships can come.”\n";
    /// let article = Article::parse(text);
    /// let quote = &article.quotes()[0];
    /// let pieces: Vec<&str> = quote.segments().iter().map(|s| s.text(text)).collect();
    /// assert_eq!(pieces, ["“We are ready,”", "“The ships can come.”"]);
    /// ```
    pub fn segments(&self) -> &[Span] {
        if self.segments.is_empty() {
            std::slice::from_ref(&self.content)
        } else {
            &self.segments
        }
    }

    /// Who said it, when the text says.
    pub fn speaker(&self) -> Option<&Speaker> {
        self.speaker.as_ref()
    }

    /// How sure the attribution is, in `0.0..=1.0`: highest for a named speaker of a
    /// quotation, lower for an unnamed source or a role taken for the person named last
    /// (`The minister said` when no one was called the minister), lowest with no speaker.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// Reports told inside this one's content that name a speaker of their own, in text
    /// order: in `Aides say Ruiz promised to stay`, what Ruiz promised is nested in what
    /// the aides say. The article's word for it is the outer speaker's, so these are not
    /// among [`Article::quotes`](crate::Article::quotes). A second verb of the same
    /// subject (`..., but said that ...`) is a report of its own, not a nested one. In
    /// JSON the list is `"nested"`, left out when empty; nested quotes hold none.
    pub fn nested(&self) -> &[Quote] {
        &self.nested
    }
}

impl Quote {
    /// The span over content, cue and speaker.
    fn cover_parts(&self) -> Span {
        let mut span = self.content;
        if let Some(c) = self.cue {
            span = span.cover(c);
        }
        if let Some(s) = &self.speaker {
            span = span.cover(s.span);
        }
        span
    }
}

pub(crate) fn find(cx: &Context<'_>, mentions: &[Mention], people: &[Person]) -> Vec<Quote> {
    attribution::find(cx, mentions, people)
}
