//! The matching core: one Aho-Corasick automaton over every alias, searched
//! leftmost-longest, then word boundaries, the case policy of each alias and the
//! context rules.
//!
//! The automaton ignores ASCII case, so one search serves both case policies: an alias
//! that must match as written is checked against the text after the automaton finds it.
//! Non-ASCII letters cannot be folded that way, so an alias that ignores case is entered
//! in its lower-case and its upper-case forms as well (`türkiye`, `TÜRKIYE`). No copy of
//! the text is folded, so every span is a span of the text as given.
//!
//! A match must start at a word boundary, so the automaton is not run over every byte:
//! the text is walked once, word by word, and the automaton (a compact NFA, quick to
//! build) is run anchored only at words shaped like the first word of some form. On
//! news text that is one word in ten or so, which makes the whole search faster than
//! an unanchored Aho-Corasick search of the same forms.

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use super::rules::{self, Rule, Scope};
use super::{Alias, Case, Entity, MentionKind};
use crate::{Error, ErrorKind};

/// What a match must pass beyond the automaton, by the alias's case policy.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Check {
    /// Nothing: any case.
    Any,
    /// The text exactly (an alias that matches only as written).
    Exact(Box<str>),
    /// The first character (an alias that matches capitalised).
    First(char),
}

impl Check {
    fn of(alias: &Alias, form: &str) -> Check {
        match alias.case {
            Case::Exact => Check::Exact(form.into()),
            Case::Capitalised => alias.text().chars().next().map_or(Check::Any, Check::First),
            Case::Insensitive => Check::Any,
        }
    }

    fn passes(&self, found: &str) -> bool {
        match self {
            Check::Any => true,
            Check::Exact(text) => **text == *found,
            Check::First(c) => found.starts_with(*c),
        }
    }
}

/// What a pattern can turn out to be, tried in order.
#[derive(Clone, Debug)]
struct Candidate {
    /// The entity, or `None` for a blocking phrase.
    entity: Option<u32>,
    /// What the found text must be beyond what the case-blind automaton checks.
    check: Check,
    kind: MentionKind,
    rule: Rule,
}

#[derive(Clone, Debug)]
struct Pattern {
    candidates: Box<[Candidate]>,
    /// Whether the pattern ends with a letter or digit, so that the text must not go
    /// on with one after it.
    bounded_end: bool,
}

/// One accepted match: where, which entity, how it refers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    pub kind: MentionKind,
}

/// The compiled automaton and what each of its patterns means.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    /// For each entity, the entity of the country it belongs to (itself for a
    /// country), or `NONE`.
    country_of: Vec<u32>,
    patterns: Vec<Pattern>,
    texts: Vec<Box<str>>,
    /// The shapes (length, first two and last bytes, ASCII case folded) of the first
    /// words of the forms, one bit each: a form can only start at a word that is its
    /// first word, so most words are passed over on one bit test, without running the
    /// automaton.
    first_words: Box<[u64]>,
    /// The bytes that begin a form that starts with a non-word character.
    punct_first: [bool; 256],
    /// Whether any form starts with a non-word character.
    any_punct_first: bool,
}

/// The shape of a word, `bytes[start..end]`, as a bit index into `first_words`: its
/// length (up to 7), its first two and its last bytes, each folded to 5 bits.
#[inline]
fn word_shape(bytes: &[u8], start: usize, end: usize) -> usize {
    let len = (end - start).min(7);
    let second = if end - start > 1 { bytes[start + 1] } else { 0 };
    (len << 15)
        | (BYTE_CLASS[bytes[start] as usize] as usize) << 10
        | (BYTE_CLASS[second as usize] as usize) << 5
        | BYTE_CLASS[bytes[end - 1] as usize] as usize
}

/// Bytes folded to 5 bits: ASCII letters without case, digits together, and the rest
/// spread over the remaining values (a shared value only lets a word through to the
/// automaton, which decides). The table stays small enough for the fastest cache.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        t[b] = if byte.is_ascii_alphabetic() {
            byte.to_ascii_lowercase() - b'a' + 1
        } else if byte.is_ascii_digit() {
            27
        } else {
            28 + byte % 4
        };
        b += 1;
    }
    t
};

/// The number of bits of `first_words`.
const SHAPES: usize = 8 << 15;

/// The forms an alias is searched in: with either apostrophe, and for an alias that
/// ignores case, in lower and upper case when it has non-ASCII letters.
fn variants(alias: &Alias) -> Vec<String> {
    let text = alias.text();
    let mut forms = vec![text.to_string()];
    if text.contains('\'') {
        forms.push(text.replace('\'', "\u{2019}"));
    }
    if text.contains('\u{2019}') {
        forms.push(text.replace('\u{2019}', "'"));
    }
    if alias.case != Case::Exact && !text.is_ascii() {
        let n = forms.len();
        for i in 0..n {
            let lower = forms[i].to_lowercase();
            let upper = forms[i].to_uppercase();
            forms.push(lower);
            forms.push(upper);
        }
    }
    forms.sort();
    forms.dedup();
    forms
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether the character at byte `i` is a word character, and its width.
#[inline]
fn char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII_WORD[b as usize], 1)
    } else {
        text[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (is_word_char(c), c.len_utf8()))
    }
}

/// What a byte is to the word walk: ASCII outside words, an ASCII word byte, or a
/// byte of a non-ASCII character, which must be decoded to tell.
const BYTE_KIND: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 0x80 {
            NON_ASCII
        } else if ASCII_WORD[b] {
            WORD
        } else {
            OTHER
        };
        b += 1;
    }
    t
};
const OTHER: u8 = 0;
const WORD: u8 = 1;
const NON_ASCII: u8 = 2;

/// `is_word_char` for ASCII bytes, looked up.
const ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

impl Matcher {
    /// Compiles the aliases of `entities` (their index is the entity number) and the
    /// blocking phrases.
    pub(crate) fn build(
        entities: &[(u32, &Arc<Entity>)],
        country_of: Vec<u32>,
        blocks: &[Alias],
    ) -> Result<Matcher, Error> {
        let mut keys: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut texts: Vec<String> = Vec::new();
        let mut candidates: Vec<Vec<Candidate>> = Vec::new();
        let mut add = |form: String, candidate: Candidate| {
            let key = form.to_ascii_lowercase().into_bytes();
            let id = *keys.entry(key).or_insert_with(|| {
                texts.push(form);
                candidates.push(Vec::new());
                texts.len() - 1
            });
            let list = &mut candidates[id];
            let duplicate = list.iter().any(|c| {
                c.entity == candidate.entity
                    && c.check == candidate.check
                    && c.rule == candidate.rule
            });
            if !duplicate {
                list.push(candidate);
            }
        };
        for &(number, entity) in entities {
            for alias in entity.matched_aliases() {
                for form in variants(&alias) {
                    let check = Check::of(&alias, &form);
                    add(
                        form,
                        Candidate {
                            entity: Some(number),
                            check,
                            kind: alias.kind(),
                            rule: alias.rule,
                        },
                    );
                }
            }
            for alias in &entity.unmatched {
                for form in variants(alias) {
                    add(
                        form,
                        Candidate {
                            entity: None,
                            check: Check::Any,
                            kind: MentionKind::Alias,
                            rule: Rule::None,
                        },
                    );
                }
            }
        }
        for alias in blocks {
            for form in variants(alias) {
                let check = Check::of(alias, &form);
                add(
                    form,
                    Candidate {
                        entity: None,
                        check,
                        kind: MentionKind::Alias,
                        rule: Rule::None,
                    },
                );
            }
        }
        if texts.is_empty() {
            return Err(Error::new(
                ErrorKind::Build,
                None,
                "the gazetteer has no alias to match",
            ));
        }
        let patterns = texts
            .iter()
            .zip(candidates)
            .map(|(text, mut list)| {
                // rules first (EPA in a credit before EPA the agency), then the forms
                // that must match as written, then the others
                list.sort_by_key(|c| (c.rule == Rule::None, c.check == Check::Any));
                Pattern {
                    candidates: list.into_boxed_slice(),
                    bounded_end: text.chars().next_back().is_some_and(is_word_char),
                }
            })
            .collect();
        let automaton = Self::automaton(&texts)?;
        let mut first_words = vec![0u64; SHAPES / 64].into_boxed_slice();
        let mut punct_first = [false; 256];
        for t in &texts {
            let word: usize = t
                .chars()
                .take_while(|&c| is_word_char(c))
                .map(char::len_utf8)
                .sum();
            if word == 0 {
                punct_first[t.as_bytes()[0] as usize] = true;
            } else {
                let shape = word_shape(t.as_bytes(), 0, word);
                first_words[shape / 64] |= 1 << (shape % 64);
            }
        }
        Ok(Matcher {
            first_words,
            any_punct_first: punct_first.contains(&true),
            punct_first,
            automaton,
            country_of,
            patterns,
            texts: texts.into_iter().map(String::into_boxed_str).collect(),
        })
    }

    /// A DFA when it stays small (the default gazetteer), else the compact NFA.
    /// A compact NFA searched only anchored, at the starts of words: it is built in a
    /// few milliseconds, and walking it from a word start costs a few steps per word.
    fn automaton(texts: &[String]) -> Result<AhoCorasick, Error> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(texts)
            .map_err(|e| {
                Error::new(
                    ErrorKind::Build,
                    None,
                    format!("cannot compile the aliases: {e}"),
                )
            })
    }

    /// Heap bytes held by the automaton and the pattern table (an estimate).
    pub(crate) fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
            + self
                .texts
                .iter()
                .map(|t| t.len() + std::mem::size_of::<Box<str>>())
                .sum::<usize>()
            + self.patterns.len() * std::mem::size_of::<Pattern>()
            + self
                .patterns
                .iter()
                .map(|p| p.candidates.len() * std::mem::size_of::<Candidate>())
                .sum::<usize>()
            + self.first_words.len() * 8
    }

    /// The forms the automaton searches for, one per pattern.
    pub(crate) fn forms(&self) -> &[Box<str>] {
        &self.texts
    }

    /// Every accepted match, in text order, none overlapping.
    ///
    /// Instead of running the automaton over every byte, the text is walked once, word
    /// by word, and the automaton is tried, anchored, only at a word that is the first
    /// word of some form (or at a non-word character that begins some form).
    /// Leftmost-longest at each start gives the same matches as an unanchored
    /// leftmost-longest search followed by the word-boundary checks.
    pub(crate) fn scan(&self, scope: &Scope<'_>, out: &mut Vec<Hit>) {
        let text = scope.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // pass over ASCII that is not part of a word
            if !self.any_punct_first {
                match bytes[i..]
                    .iter()
                    .position(|&b| BYTE_KIND[b as usize] != OTHER)
                {
                    Some(n) => i += n,
                    None => break,
                }
            }
            let b = bytes[i];
            let (word, width) = char_at(text, i);
            if !word {
                if self.punct_first[b as usize] {
                    if let Some(end) = self.try_at(scope, i, out) {
                        i = end;
                        continue;
                    }
                }
                i += width;
                continue;
            }
            // a word starts here: find its end, ASCII letters at a stride
            let mut j = i;
            loop {
                j += bytes[j..]
                    .iter()
                    .position(|&b| BYTE_KIND[b as usize] != WORD)
                    .unwrap_or(bytes.len() - j);
                if j == bytes.len() || bytes[j] < 0x80 {
                    break;
                }
                let (word, width) = char_at(text, j);
                if !word {
                    break;
                }
                j += width;
            }
            let shape = word_shape(bytes, i, j);
            if self.first_words[shape / 64] & (1 << (shape % 64)) != 0 {
                if let Some(end) = self.try_at(scope, i, out) {
                    i = end;
                    continue;
                }
            }
            i = j;
        }
    }

    /// Runs the automaton anchored at `start`; on an accepted match, records it and
    /// returns where it ends.
    #[inline]
    fn try_at(&self, scope: &Scope<'_>, start: usize, out: &mut Vec<Hit>) -> Option<usize> {
        let text = scope.text;
        let input = Input::new(text)
            .anchored(Anchored::Yes)
            .range(start..text.len());
        let m = self.automaton.find(input)?;
        let end = m.end();
        let pattern = &self.patterns[m.pattern().as_usize()];
        if pattern.bounded_end && text[end..].chars().next().is_some_and(is_word_char) {
            return None;
        }
        // a mention, or a blocking phrase whose words are used up
        let hit = self.resolve(pattern, scope, start, end, out)?;
        out.extend(hit);
        Some(end)
    }

    /// The first candidate that the text accepts: `Some(None)` for a blocking phrase,
    /// `None` when no candidate fits.
    fn resolve(
        &self,
        pattern: &Pattern,
        scope: &Scope<'_>,
        start: usize,
        end: usize,
        before: &[Hit],
    ) -> Option<Option<Hit>> {
        let found = &scope.text[start..end];
        let mut by_country: Option<(usize, &Candidate)> = None;
        for c in pattern.candidates.iter() {
            if !c.check.passes(found)
                || matches!(c.check, Check::Exact(_)) && rules::shouted_word(scope, start, end)
            {
                continue;
            }
            if c.rule == Rule::Country {
                // the candidate whose country was mentioned last wins
                if let Some(at) = c.entity.and_then(|e| self.country_seen(e, start, before)) {
                    if by_country.is_none_or(|(best, _)| at > best) {
                        by_country = Some((at, c));
                    }
                }
                continue;
            }
            if let Some((_, best)) = by_country.take() {
                return Some(self.accept(best, scope, start, end, before));
            }
            if !rules::accepts(c.rule, scope, start, end) {
                continue;
            }
            return Some(self.accept(c, scope, start, end, before));
        }
        by_country.map(|(_, best)| self.accept(best, scope, start, end, before))
    }

    /// Where the country of `entity` was last mentioned before `start`, within a
    /// bounded look-back.
    fn country_seen(&self, entity: u32, start: usize, before: &[Hit]) -> Option<usize> {
        let country = *self.country_of.get(entity as usize)?;
        if country == NONE {
            return None;
        }
        before
            .iter()
            .rev()
            .take_while(|h| h.end + COUNTRY_WINDOW >= start)
            .find(|h| self.country_of.get(h.entity as usize) == Some(&country))
            .map(|h| h.end)
    }

    /// The mention a candidate makes, or `None` (nothing mentioned, words used up) for
    /// a blocking phrase or a capital used as the place.
    fn accept(
        &self,
        c: &Candidate,
        scope: &Scope<'_>,
        start: usize,
        end: usize,
        before: &[Hit],
    ) -> Option<Hit> {
        let entity = c.entity?;
        if c.kind == MentionKind::Capital
            && (rules::capital_is_literal(scope, start, end)
                || rules::in_person_name(scope, start, end))
        {
            // the place (in Moscow), or part of a longer name (Real Madrid, the Berlin
            // Film Festival): nothing is mentioned, and nothing shorter inside it either
            return None;
        }
        if self.country_of.get(entity as usize) == Some(&entity)
            && c.kind != MentionKind::Acronym
            && rules::honorific_before(scope, start)
        {
            // a surname (Mr German, Mrs Holland)
            return None;
        }
        if self.country_of.get(entity as usize) == Some(&entity)
            && rules::names_a_thing_after(scope, end)
        {
            // part of the name of a company, a party or an event (Australian Open,
            // France Telecom, UK Independence Party)
            return None;
        }
        if c.kind == MentionKind::Demonym
            && before.last().is_none_or(|h| h.end + 1 < start)
            && rules::given_name_before(scope, start)
        {
            // a surname (Mark Cuban, Bill English)
            return None;
        }
        Some(Hit {
            start,
            end,
            entity,
            kind: c.kind,
        })
    }
}

/// No entity.
pub(crate) const NONE: u32 = u32::MAX;

/// How far back (in bytes) a country mention makes `@country` aliases resolve to it.
const COUNTRY_WINDOW: usize = 1500;
