//! The persons an article names, with their mentions.
//!
//! Names are capitalised sequences with a cue: a title or role before them (`President
//! Joe Biden`, `spokeswoman Adrienne Watson`), a known first name (`Janet Yellen`), a role
//! in apposition (`Xi Jinping, president of China`), or a byline in capitals. A surname
//! alone joins the full name met before; `he` and `she` join the last person of a
//! fitting gender. Organisations and places found by the gazetteer are never people.

pub(crate) mod lexicon;
pub(crate) mod names;

use crate::Span;
use crate::article::Context;
use crate::gazetteer::Mention;

/// A person's gender, as the article's own words tell it (titles, first names,
/// pronouns).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Gender {
    /// Referred to as a woman (`she`, `spokeswoman`, `Mrs`).
    Female,
    /// Referred to as a man (`he`, `spokesman`, `Mr`).
    Male,
}

/// A person the article names, with every mention that refers to them.
///
/// ```
/// use reportage::{Article, Gender};
///
/// let text = "Harbour talks resume\n\nSpokeswoman Ines Duarte said the port would reopen. Duarte added that she was hopeful.\n";
/// let article = Article::parse(text);
/// let person = &article.people()[0];
/// assert_eq!(person.name(), "Ines Duarte");
/// assert_eq!(person.gender(), Some(Gender::Female));
/// // The full name, the surname alone, and "she".
/// assert_eq!(person.mentions().len(), 3);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Person {
    name: String,
    mentions: Vec<Span>,
    gender: Option<Gender>,
    #[cfg_attr(feature = "serde", serde(skip))]
    roles: Vec<String>,
}

impl Person {
    /// The person's fullest name in the article (`Jens Stoltenberg`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Every mention that refers to the person (names, surnames, pronouns), in text
    /// order.
    pub fn mentions(&self) -> &[Span] {
        &self.mentions
    }

    /// The person's gender, when the article tells it.
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// The titles and roles the article gives the person, lower-cased, abbreviations
    /// written out (`secretary general`, `foreign minister`; `Gov.` is `governor`).
    pub fn roles(&self) -> &[String] {
        &self.roles
    }
}

pub(crate) fn find(cx: &Context<'_>, mentions: &[Mention]) -> Vec<Person> {
    names::find(cx, mentions)
}

/// A word without its possessive ending (`China's` -> `China`, `Clintons’` ->
/// `Clintons`).
pub(crate) fn bare(word: &str) -> &str {
    // Most words end in neither s nor S: no ending to look for.
    if !word.ends_with(['s', 'S']) {
        return word;
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

/// Whether a word starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}
