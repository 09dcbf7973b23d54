//! Checkable statements, their kind, check-worthiness, source, quantities and hedges.
//!
//! (Placeholder: arrives with the claims work.)

use crate::article::Context;
use crate::gazetteer::Mention;
use crate::people::Person;
use crate::quotes::Quote;
use crate::Span;

/// A checkable statement.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Claim {
    span: Span,
}

impl Claim {
    /// Where the claim is.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The default check-worthiness threshold.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

pub(crate) fn find(
    _cx: &Context<'_>,
    _mentions: &[Mention],
    _people: &[Person],
    _quotes: &[Quote],
    _threshold: f32,
) -> Vec<Claim> {
    Vec::new()
}
