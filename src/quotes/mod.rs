//! Who said what: direct, mixed, partial and reported speech, and "according to".
//!
//! (Placeholder: arrives with the quotes work.)

use crate::article::Context;
use crate::gazetteer::Mention;
use crate::people::Person;
use crate::Span;

/// A quotation or a report of speech, with its cue and its speaker.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote {
    content: Span,
}

impl Quote {
    /// The reported material.
    pub fn content(&self) -> Span {
        self.content
    }
}

pub(crate) fn find(_cx: &Context<'_>, _mentions: &[Mention], _people: &[Person]) -> Vec<Quote> {
    Vec::new()
}
