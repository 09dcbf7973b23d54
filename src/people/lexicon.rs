//! The word lists people and quotes are read with: first names, titles and roles,
//! pronouns, unnamed sources. Each is a data file in `lexicons/`, parsed once.

use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

use super::Gender;

/// Lines of a lexicon file that carry an entry: comments and blank lines left out.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn gender_of(code: &str) -> Option<Gender> {
    match code {
        "f" => Some(Gender::Female),
        "m" => Some(Gender::Male),
        _ => None,
    }
}

/// First name -> its usual gender (`None` when it is used for both).
pub(crate) static FIRST_NAMES: Lazy<HashMap<&'static str, Option<Gender>>> = Lazy::new(|| {
    entries(include_str!("../../lexicons/first_names.tsv"))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?.trim();
            let gender = gender_of(cols.next().unwrap_or("").trim());
            Some((name, gender))
        })
        .collect()
});

/// A title or role, lower-cased, with the gender the word itself tells.
#[derive(Debug)]
pub(crate) struct Titles {
    /// Lower-cased title, words separated by one space -> gender.
    pub(crate) map: HashMap<String, Option<Gender>>,
    /// The most words any title has.
    pub(crate) longest: usize,
}

pub(crate) static TITLES: Lazy<Titles> = Lazy::new(|| {
    let mut map = HashMap::new();
    let mut longest = 1;
    for l in entries(include_str!("../../lexicons/titles.tsv")) {
        let mut cols = l.split('\t');
        let Some(title) = cols.next() else { continue };
        let title = title.trim().to_lowercase();
        longest = longest.max(title.split(' ').count());
        map.insert(title, gender_of(cols.next().unwrap_or("").trim()));
    }
    Titles { map, longest }
});

/// What a pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Referent {
    /// A man or a woman.
    Person(Gender),
    /// A group (`they`).
    Group,
    /// A thing or an organisation (`it`).
    Thing,
    /// The one speaking or writing (`I`, `we`).
    Speaker,
}

pub(crate) static PRONOUNS: Lazy<HashMap<&'static str, Referent>> = Lazy::new(|| {
    entries(include_str!("../../lexicons/pronouns.tsv"))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let word = cols.next()?.trim();
            let referent = match cols.next()?.trim() {
                "m" => Referent::Person(Gender::Male),
                "f" => Referent::Person(Gender::Female),
                "p" => Referent::Group,
                "n" => Referent::Thing,
                _ => Referent::Speaker,
            };
            Some((word, referent))
        })
        .collect()
});

/// Nouns that name a source without naming anyone (`officials`, `a source`).
pub(crate) static UNNAMED_SOURCES: Lazy<HashSet<&'static str>> =
    Lazy::new(|| entries(include_str!("../../lexicons/unnamed_sources.txt")).collect());

/// The pronoun a lower-cased word is, if it is one.
pub(crate) fn pronoun(lower: &str) -> Option<Referent> {
    PRONOUNS.get(lower).copied()
}
