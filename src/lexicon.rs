//! Reading the word lists in `lexicons/`.

/// The entries of a lexicon file: its lines without comments (`#` at the start of a
/// line) and blank lines, trimmed.
pub(crate) fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// The names of the months in lower case, shared by the layers that read dates.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
