//! The persons an article names, with their mentions.
//!
//! (Placeholder: names, roles and pronoun resolution arrive with the quotes work. The
//! getters below are the interface the later layers rely on.)

use crate::Span;
use crate::article::Context;
use crate::gazetteer::Mention;

/// A person the article names, with every mention that refers to them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Person {
    name: String,
    mentions: Vec<Span>,
}

impl Person {
    /// The person's fullest name in the article (`Jens Stoltenberg`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Every mention that refers to the person (names, surnames, roles, pronouns), in
    /// text order.
    pub fn mentions(&self) -> &[Span] {
        &self.mentions
    }
}

pub(crate) fn find(_cx: &Context<'_>, _mentions: &[Mention]) -> Vec<Person> {
    Vec::new()
}
