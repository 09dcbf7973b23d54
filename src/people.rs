//! The persons an article names, with their mentions.
//!
//! (Placeholder: names, roles and pronoun resolution arrive with the quotes work.)

use crate::article::Context;
use crate::gazetteer::Mention;
use crate::Span;

/// A person the article names, with every mention that refers to them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Person {
    name: String,
    mentions: Vec<Span>,
}

impl Person {
    /// The person's fullest name in the article.
    pub fn name(&self) -> &str {
        &self.name
    }
}

pub(crate) fn find(_cx: &Context<'_>, _mentions: &[Mention]) -> Vec<Person> {
    Vec::new()
}
