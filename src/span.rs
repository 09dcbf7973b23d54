//! Byte spans into the article text.

use core::ops::Range;

/// A half-open range of UTF-8 byte offsets into the article text, `start..end`.
///
/// Every position the crate reports is a `Span` into the text exactly as it was
/// given: slice the text with [`Span::text`] (or `&text[span.start..span.end]`) to
/// get the words back. Spans reported by this crate always lie on `char`
/// boundaries.
///
/// ```
/// use reportage::Span;
///
/// let text = "NATO met in Brussels.";
/// let span = Span::new(0, 4);
/// assert_eq!(span.text(text), "NATO");
/// assert_eq!(span.len(), 4);
/// assert_eq!(std::ops::Range::from(span), 0..4);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    ///
    /// When `start > end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "a span cannot end before it starts");
        Span { start, end }
    }

    /// The number of bytes the span covers.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The slice of `text` this span covers, or `""` when it does not fit `text`
    /// (a span from another text, or one that cuts a character).
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span that covers both spans.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span with the white space at both of its ends left out.
    pub fn trim(&self, text: &str) -> Span {
        let piece = self.text(text);
        let lead = piece.len() - piece.trim_start().len();
        let rest = &piece[lead..];
        let trail = rest.len() - rest.trim_end().len();
        Span {
            start: self.start + lead,
            end: self.end - trail,
        }
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.start..span.end
    }
}

impl From<Range<usize>> for Span {
    /// # Panics
    ///
    /// When the range ends before it starts.
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_leaves_inner_space() {
        let text = "  a b \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 5));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(2, 2));
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 5);
        assert!(a.overlaps(Span::new(4, 9)));
        assert!(!a.overlaps(Span::new(5, 9)));
        assert!(a.contains(Span::new(1, 5)));
        assert!(!a.contains(Span::new(1, 6)));
        assert_eq!(a.cover(Span::new(7, 9)), Span::new(0, 9));
    }

    #[test]
    fn text_of_a_foreign_span_is_empty() {
        assert_eq!(Span::new(0, 1).text("é"), "");
        assert_eq!(Span::new(0, 10).text("abc"), "");
    }
}
