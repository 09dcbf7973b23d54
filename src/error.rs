//! The crate's error type.

use std::fmt;

/// What went wrong: loading a user's gazetteer, or reading its entries.
///
/// The error is an opaque value: [`Error::kind`] says what kind of failure it was,
/// [`Error::line`] names the line of the input at fault when there is one, and its
/// `Display` gives the reason in words.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe())]
pub struct Error {
    kind: ErrorKind,
    line: Option<usize>,
    message: String,
}

/// The kinds of [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading the input failed (an I/O error from the reader that was given).
    Io,
    /// A line or record of a gazetteer file is malformed.
    Syntax,
    /// An entry is well formed but not acceptable (an empty id, an unknown kind, a
    /// duplicate id, an alias that can never match, ...).
    InvalidEntry,
    /// The gazetteer as a whole cannot be built (too large, or no entries to match).
    Build,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, line: Option<usize>, message: impl Into<String>) -> Error {
        Error {
            kind,
            line,
            message: message.into(),
        }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The 1-based line of the input at fault, when the error concerns one line.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The reason, in words, without the line number.
    pub fn reason(&self) -> &str {
        &self.message
    }

    fn describe(&self) -> String {
        match self.line {
            Some(line) => format!("line {line}: {}", self.message),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Io => "i/o error",
            ErrorKind::Syntax => "syntax error",
            ErrorKind::InvalidEntry => "invalid entry",
            ErrorKind::Build => "build error",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_the_line() {
        let e = Error::new(ErrorKind::Syntax, Some(3), "expected 4 columns, found 2");
        assert_eq!(e.to_string(), "line 3: expected 4 columns, found 2");
        assert_eq!(e.line(), Some(3));
        assert_eq!(e.kind(), ErrorKind::Syntax);
        let e = Error::new(ErrorKind::Build, None, "no entries");
        assert_eq!(e.to_string(), "no entries");
    }
}
