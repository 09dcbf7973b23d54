//! Phrase tables read from the `lexicons/` files: whole-word, ASCII case-insensitive
//! matching of every entry, overlapping entries included.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::Span;

/// A lexicon file's text and the parser of its labels.
pub(crate) type Source<'a, K> = (&'a str, &'a dyn Fn(&str) -> Option<K>);

/// A compiled list of `phrase<TAB>label` lines.
pub(crate) struct PhraseTable<K> {
    matcher: Option<AhoCorasick>,
    labels: Vec<K>,
}

impl<K: Copy> PhraseTable<K> {
    /// One table from several lexicon files, each with its own labels, so that a
    /// single pass over a text finds the entries of all of them. Lines whose label the
    /// file's parser does not know are skipped, so a newer lexicon never breaks an
    /// older build.
    pub(crate) fn parse_all(sources: &[Source<'_, K>]) -> PhraseTable<K> {
        let mut patterns = Vec::new();
        let mut labels = Vec::new();
        for (line, parse) in sources
            .iter()
            .flat_map(|&(data, parse)| data.lines().map(move |l| (l, parse)))
        {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(phrase), Some(label)) = (fields.next(), fields.next()) else {
                continue;
            };
            let Some(label) = parse(label.trim()) else {
                continue;
            };
            let phrase = phrase.trim();
            if phrase.is_empty() {
                continue;
            }
            // Typeset text writes the apostrophe as a right single quotation mark.
            if phrase.contains('\'') {
                patterns.push(phrase.replace('\'', "\u{2019}"));
                labels.push(label);
            }
            patterns.push(phrase.to_string());
            labels.push(label);
        }
        let matcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        PhraseTable { matcher, labels }
    }

    /// Every entry found as whole words inside `span` of `text`, overlapping ones too,
    /// in order of their end.
    pub(crate) fn find(&self, text: &str, span: Span) -> Vec<(Span, K)> {
        let mut out = Vec::new();
        let (Some(matcher), Some(hay)) = (&self.matcher, text.get(span.start..span.end)) else {
            return out;
        };
        for m in matcher.find_overlapping_iter(hay) {
            let (s, e) = (span.start + m.start(), span.start + m.end());
            if is_word_edge(text, s) && is_word_edge(text, e) {
                out.push((Span::new(s, e), self.labels[m.pattern().as_usize()]));
            }
        }
        out
    }
}

/// Whether byte `at` of `text` does not cut a word: the characters on its two sides are
/// not both letters or digits.
pub(crate) fn is_word_edge(text: &str, at: usize) -> bool {
    if !text.is_char_boundary(at) {
        return false;
    }
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    !matches!((before, after), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric())
}

impl<K> core::fmt::Debug for PhraseTable<K> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PhraseTable")
            .field("entries", &self.labels.len())
            .finish()
    }
}

/// A multiplicative hash over the bytes, for tables of short words whose keys are
/// fixed data: much cheaper than the default hasher per word, and the keys are not
/// chosen by whoever writes the text, so flooding does not arise.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, with [`WordHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
