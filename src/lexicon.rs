//! Reading the word lists in `lexicons/`.

/// The entries of a lexicon file: its lines without comments (`#` at the start of a
/// line) and blank lines, trimmed.
pub(crate) fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}
