//! The matching core: one Aho-Corasick automaton over every alias, searched
//! leftmost-longest, then word boundaries, the case policy of each alias and the
//! context rules.
//!
//! The automaton ignores ASCII case, so one search serves both case policies: an alias
//! that must match as written is checked against the text after the automaton finds it.
//! Non-ASCII letters cannot be folded that way, so an alias that ignores case is entered
//! in its lower-case and its upper-case forms as well (`türkiye`, `TÜRKIYE`). No copy of
//! the text is folded, so every span is a span of the text as given.

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use super::rules::{self, Rule, Scope};
use super::{Alias, Entity, MentionKind};
use crate::{Error, ErrorKind};

/// What a pattern can turn out to be, tried in order.
#[derive(Clone, Debug)]
struct Candidate {
    /// The entity, or `None` for a blocking phrase.
    entity: Option<u32>,
    /// The text as written, for an alias that must match as written.
    exact: Option<Box<str>>,
    kind: MentionKind,
    rule: Rule,
}

#[derive(Clone, Debug)]
struct Pattern {
    candidates: Box<[Candidate]>,
    /// Whether the pattern starts (ends) with a letter or digit, so that the text must
    /// not go on with one before (after) it.
    bounded_start: bool,
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
}

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
    if !alias.is_case_sensitive() && !text.is_ascii() {
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
                    && c.exact == candidate.exact
                    && c.rule == candidate.rule
            });
            if !duplicate {
                list.push(candidate);
            }
        };
        for &(number, entity) in entities {
            for alias in entity.matched_aliases() {
                for form in variants(&alias) {
                    let exact = alias
                        .is_case_sensitive()
                        .then(|| form.clone().into_boxed_str());
                    add(
                        form,
                        Candidate {
                            entity: Some(number),
                            exact,
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
                            exact: None,
                            kind: MentionKind::Alias,
                            rule: Rule::None,
                        },
                    );
                }
            }
        }
        for alias in blocks {
            for form in variants(alias) {
                let exact = alias
                    .is_case_sensitive()
                    .then(|| form.clone().into_boxed_str());
                add(
                    form,
                    Candidate {
                        entity: None,
                        exact,
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
                list.sort_by_key(|c| (c.rule == Rule::None, c.exact.is_none()));
                Pattern {
                    candidates: list.into_boxed_slice(),
                    bounded_start: text.chars().next().is_some_and(is_word_char),
                    bounded_end: text.chars().next_back().is_some_and(is_word_char),
                }
            })
            .collect();
        let automaton = Self::automaton(&texts)?;
        Ok(Matcher {
            automaton,
            country_of,
            patterns,
            texts: texts.into_iter().map(String::into_boxed_str).collect(),
        })
    }

    /// A DFA when it stays small (the default gazetteer), else the compact NFA.
    fn automaton(texts: &[String]) -> Result<AhoCorasick, Error> {
        let mut builder = AhoCorasick::builder();
        builder
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true);
        let total: usize = texts.iter().map(String::len).sum();
        let kind = if total <= 120_000 {
            Some(AhoCorasickKind::DFA)
        } else {
            Some(AhoCorasickKind::ContiguousNFA)
        };
        builder
            .kind(kind)
            .build(texts)
            .or_else(|_| builder.kind(None).build(texts))
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
    }

    /// The forms the automaton searches for, one per pattern.
    pub(crate) fn forms(&self) -> &[Box<str>] {
        &self.texts
    }

    /// Every accepted match, in text order, none overlapping.
    pub(crate) fn scan(&self, scope: &Scope<'_>, out: &mut Vec<Hit>) {
        let text = scope.text;
        let bytes = text.as_bytes();
        let mut input = Input::new(text);
        let mut pos = 0;
        while pos < bytes.len() {
            input.set_start(pos);
            let Some(m) = self.automaton.find(input.clone()) else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            let pattern = &self.patterns[m.pattern().as_usize()];
            let fits = (!pattern.bounded_start
                || !text[..start].chars().next_back().is_some_and(is_word_char))
                && (!pattern.bounded_end || !text[end..].chars().next().is_some_and(is_word_char));
            let found = if fits {
                self.resolve(pattern, scope, start, end, out)
            } else {
                None
            };
            match found {
                Some(Some(hit)) => {
                    out.push(hit);
                    pos = end;
                }
                // a blocking phrase: the words are used up, nothing is mentioned
                Some(None) => pos = end,
                // rejected: a shorter match may still start inside this one
                None => pos = start + text[start..].chars().next().map_or(1, char::len_utf8),
            }
        }
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
            if let Some(exact) = &c.exact {
                if **exact != *found {
                    continue;
                }
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
                return Some(self.accept(best, scope, start, end));
            }
            if !rules::accepts(c.rule, scope, start, end) {
                continue;
            }
            return Some(self.accept(c, scope, start, end));
        }
        by_country.map(|(_, best)| self.accept(best, scope, start, end))
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
    fn accept(&self, c: &Candidate, scope: &Scope<'_>, start: usize, end: usize) -> Option<Hit> {
        let entity = c.entity?;
        if c.kind == MentionKind::Capital
            && (rules::capital_is_literal(scope, start, end)
                || rules::in_person_name(scope, start, end))
        {
            // the place (in Moscow), or part of a longer name (Real Madrid, the Berlin
            // Film Festival): nothing is mentioned, and nothing shorter inside it either
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
