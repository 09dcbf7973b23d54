//! Words and sentences.

pub(crate) mod sentences;
pub(crate) mod tokens;
