//! Context rules for the truly ambiguous names: a word is looked at with its
//! neighbours, within a bounded window, so the cost stays linear in the text.

use std::collections::HashSet;

use once_cell::sync::Lazy;

use crate::structure::{BlockKind, Structure};

/// A rule an alias carries (file syntax `@rule`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) enum Rule {
    /// No rule.
    #[default]
    None,
    /// Only in a photo credit (`Photo: EPA`, `HO via EPA`): `EPA` the photo agency, not
    /// the US agency.
    Credit,
    /// Not when the word is part of a person's name (`Michael Jordan`, `Chad Smith`).
    Person,
    /// Not when the words around say it is the US state (`Georgia` voters, Atlanta).
    UsState,
    /// Only when the country the entity belongs to was mentioned shortly before; among
    /// several such entities, the one whose country was mentioned last (`the Treasury`
    /// after `US` is the US Treasury, after `Britain` HM Treasury).
    Country,
}

impl Rule {
    pub(crate) fn as_str(self) -> Option<&'static str> {
        match self {
            Rule::None => None,
            Rule::Credit => Some("credit"),
            Rule::Person => Some("person"),
            Rule::UsState => Some("us-state"),
            Rule::Country => Some("country"),
        }
    }
}

/// What a rule may look at: the text and, inside an article, its blocks.
#[derive(Clone, Copy)]
pub(crate) struct Scope<'t> {
    pub text: &'t str,
    pub structure: Option<&'t Structure>,
}

impl Scope<'_> {
    fn block_kind(&self, offset: usize) -> Option<BlockKind> {
        let s = self.structure?;
        s.block_at(offset).map(|i| s.blocks()[i].kind())
    }

    /// The text of the line before `start`, at most `max` bytes of it.
    fn line_before(&self, start: usize, max: usize) -> &str {
        let from = floor(self.text, start.saturating_sub(max));
        let piece = &self.text[from..start];
        match piece.rfind('\n') {
            Some(i) => &piece[i + 1..],
            None => piece,
        }
    }

    /// The text of the line after `end`, at most `max` bytes of it.
    fn line_after(&self, end: usize, max: usize) -> &str {
        let to = ceil(self.text, (end + max).min(self.text.len()));
        let piece = &self.text[end..to];
        match piece.find('\n') {
            Some(i) => &piece[..i],
            None => piece,
        }
    }
}

/// The largest char boundary at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
fn ceil(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether the alias's rule accepts the match `start..end`.
pub(crate) fn accepts(rule: Rule, scope: &Scope<'_>, start: usize, end: usize) -> bool {
    match rule {
        Rule::None => true,
        Rule::Credit => in_credit(scope, start, end),
        Rule::Person => !in_person_name(scope, start, end),
        Rule::UsState => !means_us_state(scope, start, end),
        // judged by the matcher, which knows the mentions before
        Rule::Country => true,
    }
}

const CREDIT_CUES: [&str; 10] = [
    "Photo", "photo", "PHOTO", "Foto", "Credit", "credit", "Image", "Picture", "/", " via ",
];

fn in_credit(scope: &Scope<'_>, start: usize, end: usize) -> bool {
    if scope.block_kind(start) == Some(BlockKind::Credit) {
        return true;
    }
    let before = scope.line_before(start, 80);
    if CREDIT_CUES.iter().any(|c| before.contains(c)) {
        return true;
    }
    let after = scope.line_after(end, 40);
    // agency pairs as credits write them: EPA-EFE, EPA/Shutterstock
    if after.starts_with('-') || after.starts_with('/') {
        return after[1..].starts_with(|c: char| c.is_uppercase());
    }
    // a short line that ends with the name, "(EPA)" or "EPA." under a picture
    before.len() + (end - start) <= 60
        && after
            .trim_end()
            .trim_end_matches([')', '.', ']'])
            .trim()
            .is_empty()
        && before.trim_start_matches(['(', '[', ' ', '\t']).len() < 40
}

/// Capitalised words that start sentences or stand before names without being part of
/// a person's name: the list the people layer reads, and [`NOT_NAMES_TOO`].
static NOT_NAMES: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    crate::lexicon::entries(include_str!("../../lexicons/not_names.txt"))
        .chain(NOT_NAMES_TOO.iter().copied())
        .collect()
});

/// Words the people layer must keep as names but that, next to an ambiguous name, do
/// not make it part of a person's name: titles, which the people layer reads as cues
/// from its title list (`President Georgia` is no person), and words that are also
/// surnames (`Theresa May`, `Neil Young`), which it must not cut from a name.
const NOT_NAMES_TOO: &[&str] = &[
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Sultan",
    "President",
    "Minister",
    "May",
    "Young",
    "Rich",
];

/// A word shaped like a name: an upper-case letter, then at least one lower-case one.
fn name_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some(c) if c.is_uppercase())
        && chars.next().is_some_and(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !NOT_NAMES.contains(&word)
}

pub(crate) fn in_person_name(scope: &Scope<'_>, start: usize, end: usize) -> bool {
    name_before(scope, start) || name_after(scope, end)
}

/// Whether the word before `start`, separated by one space, is shaped like a name
/// (`Mark` before `Cuban`).
pub(crate) fn name_before(scope: &Scope<'_>, start: usize) -> bool {
    let text = scope.text;
    let from = floor(text, start.saturating_sub(40));
    let Some(rest) = text[from..start].strip_suffix(' ') else {
        return false;
    };
    let word_start = rest
        .rfind(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
    // a word at the very start of the window may be cut: only judge whole words
    (word_start > 0 || from == 0) && name_shaped(&rest[word_start..])
}

/// Whether the word before `start` is a given name inside a sentence (`Mark` before
/// `Cuban`): a plain capitalised word, not at the start of a sentence or line, where a
/// capital letter would say nothing.
pub(crate) fn given_name_before(scope: &Scope<'_>, start: usize) -> bool {
    let text = scope.text;
    let from = floor(text, start.saturating_sub(40));
    let Some(rest) = text[from..start].strip_suffix(' ') else {
        return false;
    };
    let Some(i) = rest.rfind(|c: char| !c.is_alphabetic()) else {
        return false;
    };
    let after = i + rest[i..].chars().next().map_or(1, char::len_utf8);
    let word = &rest[after..];
    let lead = rest[..after].trim_end_matches(' ');
    let inside_sentence = !lead.is_empty()
        && rest[i..].starts_with(' ')
        && !lead.ends_with(['.', '!', '?', ':', '\n', '"', '“', '‘', '(', '-', '–', '—']);
    inside_sentence && name_shaped(word)
}

/// Last words of the names of companies, parties, events and prizes that begin with a
/// country or its demonym (`Australian Open`, `US Airways`, `France Telecom`, `UK
/// Independence Party`, `Swiss Re`).
const THING_HEADS: &[&str] = &[
    "Airlines",
    "Airways",
    "Association",
    "Award",
    "Awards",
    "Bank",
    "Championship",
    "Championships",
    "Chart",
    "Classic",
    "Federation",
    "Idol",
    "Industry",
    "Masters",
    "Open",
    "Party",
    "Prix",
    "Re",
    "Telecom",
    "Telekom",
];

/// Whether a run of capitalised words right after `end` (at most four, one space
/// apart) ends with the last word of a company's, party's, event's or prize's name:
/// the place before it is part of that name (`Australian Open`, `China Construction
/// Bank`). A run that goes on (`Britain Open To Talks`, a headline) is no name, and a
/// central bank stands for its state.
pub(crate) fn names_a_thing_after(scope: &Scope<'_>, end: usize) -> bool {
    let text = scope.text;
    let to = ceil(text, (end + 80).min(text.len()));
    let mut rest = &text[end..to];
    let mut last = "";
    let mut public = false;
    for _ in 0..4 {
        let Some(r) = rest.strip_prefix(' ') else {
            break;
        };
        let len = r
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
            .unwrap_or(r.len());
        let word = &r[..len];
        if !word.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        // "Turkish Central Bank": a state's own institution stands for the state.
        public |= matches!(word, "Central" | "Federal" | "Reserve" | "National");
        last = word;
        rest = &r[len..];
    }
    let goes_on = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
    !goes_on && !public && THING_HEADS.contains(&last)
}

/// Whether an honorific comes right before `start` (`Mr German`, `Mrs. Holland`, `Dr
/// Jordan`): the place name is a surname.
pub(crate) fn honorific_before(scope: &Scope<'_>, start: usize) -> bool {
    let text = scope.text;
    let from = floor(text, start.saturating_sub(8));
    let Some(rest) = text[from..start].strip_suffix(' ') else {
        return false;
    };
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let word_start = rest.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + rest[i..].chars().next().map_or(1, char::len_utf8)
    });
    (word_start > 0 || from == 0)
        && matches!(
            &rest[word_start..],
            "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lady" | "Lord"
        )
}

/// Whether the word after `end`, separated by one space, is shaped like a name
/// (`Peterson` after `Jordan`).
fn name_after(scope: &Scope<'_>, end: usize) -> bool {
    let text = scope.text;
    let to = ceil(text, (end + 40).min(text.len()));
    let Some(rest) = text[end..to].strip_prefix(' ') else {
        return false;
    };
    let word_end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .unwrap_or(rest.len());
    (word_end < rest.len() || to == text.len()) && name_shaped(&rest[..word_end])
}

const US_STATE_CUES: [&str; 24] = [
    "atlanta",
    "savannah",
    "augusta",
    "macon",
    "fulton county",
    "peach state",
    "gov.",
    "governor",
    "republican",
    "democrat",
    "county",
    "senate",
    "primary",
    "runoff",
    "voters",
    "ballot",
    "secretary of state",
    "u.s. state",
    "us state",
    "american state",
    "alabama",
    "florida",
    "carolina",
    "tennessee",
];

const COUNTRY_CUES: [&str; 16] = [
    "tbilisi",
    "georgian dream",
    "caucasus",
    "abkhazia",
    "ossetia",
    "saakashvili",
    "kremlin",
    "russia",
    "moscow",
    "ukraine",
    "armenia",
    "azerbaijan",
    "black sea",
    "soviet",
    "european union",
    "nato",
];

fn means_us_state(scope: &Scope<'_>, start: usize, end: usize) -> bool {
    let text = scope.text;
    let from = floor(text, start.saturating_sub(400));
    let to = ceil(text, (end + 400).min(text.len()));
    let window = text[from..to].to_lowercase();
    let count = |cues: &[&str]| cues.iter().filter(|c| window.contains(*c)).count();
    count(&US_STATE_CUES) > count(&COUNTRY_CUES)
}

/// Words after which a capital is the place, not its government (`in Beijing`, `west
/// London`).
const LOCATIVE: [&str; 26] = [
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "throughout",
    "downtown",
    "central",
    "In",
    "At",
    "Near",
    "Outside",
    "Inside",
    "Across",
    "west",
    "east",
    "north",
    "south",
    "western",
    "eastern",
    "northern",
    "southern",
    "greater",
    "Greater",
];

/// Whether a capital at `start..end` is used as the place itself: after a locative
/// preposition, in a dateline or byline written in capitals, or before `-based`.
pub(crate) fn capital_is_literal(scope: &Scope<'_>, start: usize, end: usize) -> bool {
    let text = scope.text;
    let name = &text[start..end];
    if !name.chars().any(char::is_lowercase) {
        // BEIJING, in capitals: a dateline or a byline
        return true;
    }
    if matches!(scope.block_kind(start), Some(BlockKind::Byline)) {
        return true;
    }
    // London-based, Madrid-style: a compound with a lower-case word
    if let Some(rest) = text[end..].strip_prefix('-') {
        if rest.starts_with(|c: char| c.is_lowercase()) {
            return true;
        }
    }
    let before = &text[floor(text, start.saturating_sub(16))..start];
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let word = rest
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    LOCATIVE.contains(&word)
}

/// Acronyms that are also English words, which all-caps text can mean as words.
const WORDS_IN_CAPS: [&str; 6] = ["US", "WHO", "ICE", "FED", "SEC", "AID"];

/// Words that make a capitalised `US` the pronoun (`FOLLOW US`) or `WHO` the question
/// word (`WHO WE ARE`).
const PRONOUN_BEFORE: [&str; 16] = [
    "JOIN", "CONTACT", "ABOUT", "FOLLOW", "TELL", "LET", "HELP", "GIVE", "SEND", "EMAIL", "CALL",
    "WITH", "FOR", "SUPPORT", "WRITE", "TO",
];
const PRONOUN_AFTER: [&str; 9] = [
    "WE", "IS", "ARE", "WAS", "WERE", "CAN", "WILL", "SAID", "SAYS",
];

/// Whether an acronym that is also a word (`US`, `WHO`) stands in all-caps text as the
/// word: `CONTACT US`, `WHO WE ARE`.
pub(crate) fn shouted_word(scope: &Scope<'_>, start: usize, end: usize) -> bool {
    let text = scope.text;
    if !WORDS_IN_CAPS.contains(&&text[start..end]) {
        return false;
    }
    let before = scope.line_before(start, 60);
    let after = scope.line_after(end, 60);
    if before.chars().chain(after.chars()).any(char::is_lowercase) {
        return false;
    }
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let next = after.split_whitespace().next().unwrap_or("");
    PRONOUN_BEFORE.contains(&prev) || PRONOUN_AFTER.contains(&next)
}
