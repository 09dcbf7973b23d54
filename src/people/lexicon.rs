//! The word lists people and quotes are read with: first names, titles and roles,
//! pronouns, unnamed sources. Each is a data file in `lexicons/`, parsed once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

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

/// A quick hash for the fixed word lists, which are looked up at nearly every word of
/// an article: the keys are our own short words, so there is no flooding to defend
/// against and SipHash would be the largest cost of the layer. Maps keyed by words of
/// the article keep the default hasher.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct QuickHash;

/// The hasher [`QuickHash`] builds: a multiply-rotate over 8-byte chunks.
#[derive(Debug, Default)]
pub(crate) struct QuickHasher(u64);

impl QuickHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits weak; the table picks buckets by them.
        self.0 ^ (self.0 >> 32)
    }
}

impl BuildHasher for QuickHash {
    type Hasher = QuickHasher;

    fn build_hasher(&self) -> QuickHasher {
        QuickHasher::default()
    }
}

/// A fixed word list, looked up often.
pub(crate) type WordSet = HashSet<&'static str, QuickHash>;

/// First name -> its usual gender (`None` when it is used for both).
pub(crate) static FIRST_NAMES: Lazy<HashMap<&'static str, Option<Gender>, QuickHash>> =
    Lazy::new(|| {
        entries(include_str!("../../lexicons/first_names.tsv"))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let name = cols.next()?.trim();
                let gender = gender_of(cols.next().unwrap_or("").trim());
                Some((name, gender))
            })
            .collect()
    });

/// First names marked `place`, as often a place or a club (`Chelsea`, `Victoria`).
pub(crate) static PLACE_FIRST_NAMES: Lazy<WordSet> = Lazy::new(|| {
    entries(include_str!("../../lexicons/first_names.tsv"))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next()?.trim();
            (cols.nth(1).map(str::trim) == Some("place")).then_some(name)
        })
        .collect()
});

/// A title or role, lower-cased, with the gender the word itself tells.
#[derive(Debug)]
pub(crate) struct Titles {
    /// Lower-cased title, words separated by one space -> gender.
    pub(crate) map: HashMap<String, Option<Gender>, QuickHash>,
    /// The most words any title has.
    pub(crate) longest: usize,
    /// Nouns for a person of a nation (`spaniard`), marked `nation` in the lexicon.
    pub(crate) nations: HashSet<String>,
    /// Roles held for others (`lawyer`, `judge`, `spokesman`), marked `service`: alone,
    /// they refer back only to a person the article gave the role.
    pub(crate) services: HashSet<String>,
}

pub(crate) static TITLES: Lazy<Titles> = Lazy::new(|| {
    let mut map = HashMap::default();
    let mut longest = 1;
    let mut nations = HashSet::new();
    let mut services = HashSet::new();
    for l in entries(include_str!("../../lexicons/titles.tsv")) {
        let mut cols = l.split('\t');
        let Some(title) = cols.next() else { continue };
        let title = title.trim().to_lowercase();
        longest = longest.max(title.split(' ').count());
        map.insert(title.clone(), gender_of(cols.next().unwrap_or("").trim()));
        match cols.next().map(str::trim) {
            Some("nation") => {
                nations.insert(title);
            }
            Some("service") => {
                services.insert(title);
            }
            _ => {}
        }
    }
    Titles {
        map,
        longest,
        nations,
        services,
    }
});

/// What a lower-cased run of words is in the title list: a whole title (with the
/// gender it tells), the start of a longer one, or both.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TitleStep {
    /// `Some(gender)` when the words are a whole title.
    pub(crate) title: Option<Option<Gender>>,
    /// Whether some longer title starts with these words.
    pub(crate) more: bool,
}

/// Every title and every word-prefix of one, so a title is read word by word and the
/// reading stops at the first word no title goes on with.
/// Keyed by bytes, so a key built in place needs no UTF-8 check to be looked up.
pub(crate) static TITLE_STEPS: Lazy<HashMap<Vec<u8>, TitleStep, QuickHash>> = Lazy::new(|| {
    let mut steps: HashMap<Vec<u8>, TitleStep, QuickHash> = HashMap::default();
    for (title, &gender) in &TITLES.map {
        steps.entry(title.as_bytes().to_vec()).or_default().title = Some(gender);
        for (at, _) in title.match_indices(' ') {
            steps
                .entry(title.as_bytes()[..at].to_vec())
                .or_default()
                .more = true;
        }
    }
    steps
});

/// For each letter a to z, one bit per length (below 64) of the first words of titles
/// that start with it; a first word with an abbreviation's dot counts without it too,
/// as the dot may be a token of its own. Most words are no title's first word, and this
/// tells so before the word is lower-cased and looked up.
pub(crate) static TITLE_HEADS: Lazy<[u64; 26]> = Lazy::new(|| {
    let mut heads = [0u64; 26];
    for title in TITLES.map.keys() {
        let head = title.split(' ').next().unwrap_or("");
        let Some(&first) = head.as_bytes().first() else {
            continue;
        };
        if !first.is_ascii_lowercase() {
            continue;
        }
        let bits = &mut heads[usize::from(first - b'a')];
        let len = head.len();
        if len < 64 {
            *bits |= 1 << len;
        }
        if head.ends_with('.') && len - 1 < 64 {
            *bits |= 1 << (len - 1);
        }
    }
    heads
});

/// Whether a word as written could be the first word of a title: false only for an
/// ASCII word whose first letter and length no title's first word has.
pub(crate) fn may_open_title(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return true;
    };
    if !first.is_ascii_alphabetic() || !word.is_ascii() {
        return true;
    }
    let len = word.len();
    len < 64 && TITLE_HEADS[usize::from(first.to_ascii_lowercase() - b'a')] >> len & 1 == 1
}

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

pub(crate) static PRONOUNS: Lazy<HashMap<&'static str, Referent, QuickHash>> = Lazy::new(|| {
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

/// For each ASCII byte, whether a pronoun that stands for a man or a woman starts with
/// it (lower-cased): most words start with no such letter, and are told apart before
/// they are looked up.
static PERSON_PRONOUN_FIRSTS: Lazy<[bool; 128]> = Lazy::new(|| {
    let mut firsts = [false; 128];
    for (word, referent) in PRONOUNS.iter() {
        if let (Some(&b), Referent::Person(_)) = (word.as_bytes().first(), referent) {
            if b.is_ascii() {
                firsts[usize::from(b.to_ascii_lowercase())] = true;
            }
        }
    }
    firsts
});

/// Whether a word as written may be a pronoun for a man or a woman: false only for a
/// word that starts with an ASCII letter none of them starts with.
pub(crate) fn may_be_person_pronoun(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii() => PERSON_PRONOUN_FIRSTS[usize::from(b.to_ascii_lowercase())],
        _ => true,
    }
}

/// Nouns that name a source without naming anyone (`officials`, `a source`).
pub(crate) static UNNAMED_SOURCES: Lazy<HashSet<&'static str>> =
    Lazy::new(|| entries(include_str!("../../lexicons/unnamed_sources.txt")).collect());

/// The pronoun a lower-cased word is, if it is one.
pub(crate) fn pronoun(lower: &str) -> Option<Referent> {
    PRONOUNS
        .get(lower)
        .or_else(|| PRONOUNS.get(strip_contraction(lower)))
        .copied()
}

/// The word without a contracted auxiliary (`she'd`, `I’ve`, `they'll`, `he's` → `she`,
/// `I`, `they`, `he`); other words as they are.
pub(crate) fn strip_contraction(word: &str) -> &str {
    for ending in [
        "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re", "'m", "’m",
    ] {
        if let Some(stem) = word.strip_suffix(ending) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    // "he's said", "who's called for": `'s` is `is` or `has` only after these.
    for ending in ["'s", "’s"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if matches!(stem, "he" | "she" | "who" | "He" | "She" | "Who") {
                return stem;
            }
        }
    }
    word
}
