//! The check-worthiness model: a logistic regression over the words of a claim, its
//! length and its cue kinds, with weights fitted offline (`tools/train_checkworthy.py`)
//! and embedded from `lexicons/checkworthy_weights.tsv`.

use once_cell::sync::Lazy;

use super::kinds::{Cue, Cues};
use super::lexicon::FastMap;
use crate::Span;

struct Model {
    bias: f32,
    /// Word features (`w:WORD` in the file) by their word, as indices into `weights`,
    /// so that a claim's words are looked up without building a feature name each.
    words: FastMap<Box<str>, u32>,
    weights: Vec<f32>,
    /// `len:N`, by N.
    length: [f32; 7],
    /// `caps:N`, by N.
    caps: [f32; 5],
    /// The other features (`cue:KIND`).
    other: FastMap<Box<str>, f32>,
}

static MODEL: Lazy<Model> = Lazy::new(|| {
    let mut model = Model {
        bias: 0.0,
        words: FastMap::default(),
        weights: Vec::new(),
        length: [0.0; 7],
        caps: [0.0; 5],
        other: FastMap::default(),
    };
    for line in include_str!("../../lexicons/checkworthy_weights.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((feature, weight)) = line.split_once('\t') else {
            continue;
        };
        let Ok(weight) = weight.trim().parse::<f32>() else {
            continue;
        };
        let bucket = |prefix: &str| {
            feature
                .strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
        };
        if feature == "bias" {
            model.bias = weight;
        } else if let Some(word) = feature.strip_prefix("w:") {
            let index = u32::try_from(model.weights.len()).unwrap_or(u32::MAX);
            model.words.insert(word.into(), index);
            model.weights.push(weight);
        } else if let Some(n) = bucket("len:").filter(|&n| n < 7) {
            model.length[n] = weight;
        } else if let Some(n) = bucket("caps:").filter(|&n| n < 5) {
            model.caps[n] = weight;
        } else {
            model.other.insert(feature.into(), weight);
        }
    }
    model
});

/// Calls `f` with each word of `text` as the model knows it, lower-cased, and whether
/// it was written with a capital: runs of letters and digits with inner apostrophes
/// (`’` read as `'`), `%`, `$` and `?` apart, and any word with a digit as `<num>`.
/// Must stay in step with `cased_words` in the training script. One buffer serves all
/// the words, so that reading a claim allocates once.
fn for_each_word(text: &str, mut f: impl FnMut(&str, bool)) {
    let mut word = String::new();
    let mut capital = false;
    let mut digit = false;
    // A word with a digit is `<num>`, which is not a capitalised word.
    fn emit(f: &mut impl FnMut(&str, bool), word: &mut String, capital: bool, digit: bool) {
        if !word.is_empty() {
            f(
                if digit { "<num>" } else { word.as_str() },
                capital && !digit,
            );
            word.clear();
        }
    }
    // The character at byte `i`, and its length; ASCII without decoding.
    let bytes = text.as_bytes();
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut i = 0;
    while let Some(c) = at(i) {
        i += c.len_utf8();
        // Letters and digits of ASCII, the bulk of English text, take the short way.
        if c.is_ascii_alphanumeric() {
            if word.is_empty() {
                capital = c.is_ascii_uppercase();
                digit = false;
            }
            digit |= c.is_ascii_digit();
            word.push(c.to_ascii_lowercase());
            continue;
        }
        let inner_apostrophe = matches!(c, '\'' | '\u{2019}')
            && !word.is_empty()
            && at(i).is_some_and(|n| n.is_alphanumeric());
        if inner_apostrophe {
            word.push('\'');
        } else if c.is_alphanumeric() {
            if word.is_empty() {
                capital = c.is_uppercase();
                digit = false;
            }
            digit |= c.is_ascii_digit();
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else {
            emit(&mut f, &mut word, capital, digit);
            if matches!(c, '%' | '$' | '?') {
                let mut buf = [0u8; 4];
                f(c.encode_utf8(&mut buf), false);
            }
        }
    }
    emit(&mut f, &mut word, capital, digit);
}

/// The words of `text` as the model knows them, in their case (see
/// [`for_each_word`]).
#[cfg(test)]
pub(crate) fn cased_words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inner_apostrophe = matches!(c, '\'' | '\u{2019}')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            cur.push(if c == '\u{2019}' { '\'' } else { c });
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if matches!(c, '%' | '$' | '?') {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    for w in &mut out {
        if w.chars().any(|c| c.is_ascii_digit()) {
            *w = "<num>".to_string();
        }
    }
    out
}

/// The lower-cased words of `text` (see [`cased_words`]).
#[cfg(test)]
pub(crate) fn words(text: &str) -> Vec<String> {
    cased_words(text).iter().map(|w| w.to_lowercase()).collect()
}

const FIRST_PERSON: &[&str] = &["i", "i'm", "i've", "i'll", "i'd"];

/// The model's probability that the claim in `span` is worth checking, in `0..=1`,
/// calibrated so that 0.5 is the cut that served F1 best in cross-validation.
/// What the article says around a claim, which the sentence model cannot see.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Context {
    /// The claim is a statement of fact attributed to a source (not a forecast).
    pub attributed: bool,
    /// The claim is a non-restrictive relative clause (`, which is now in its third
    /// year,`): background to the sentence rather than its point.
    pub relative: bool,
}

/// Log-odds added for a statement of fact attributed to a source: what public figures
/// and institutions assert is what fact-checkers check first. Set by hand, not fitted
/// (the training sentences carry no attribution).
const ATTRIBUTED: f32 = ATTRIBUTED_PRIOR;
const ATTRIBUTED_PRIOR: f32 = 0.5;
/// Log-odds added for a judgement or an intensifier (`stronger`, `profound`): news
/// prose uses them for framing, and fact-checkers rate such claims low.
const EVALUATIVE: f32 = -0.5;
/// Log-odds added for a non-restrictive relative clause, which carries background.
const RELATIVE: f32 = -0.8;

pub(crate) fn checkworthiness(text: &str, span: Span, cues: Cues, cx: Context) -> f32 {
    let model = &*MODEL;
    let mut count = 0usize;
    let mut caps = 0usize;
    // The known words in order of their first occurrence, each counted once.
    let mut seen = vec![0u64; model.weights.len() / 64 + 1];
    let mut z = model.bias;
    for_each_word(span.text(text), |word, capital| {
        if count > 0 && capital && !FIRST_PERSON.contains(&word) {
            caps += 1;
        }
        count += 1;
        if let Some(&index) = model.words.get(word) {
            let (slot, bit) = (index as usize / 64, 1u64 << (index % 64));
            if let Some(s) = seen.get_mut(slot).filter(|s| **s & bit == 0) {
                *s |= bit;
                z += model.weights.get(index as usize).copied().unwrap_or(0.0);
            }
        }
    });
    z += model.length[(count / 5).min(6)];
    z += model.caps[caps.min(4)];
    for cue in cues.iter() {
        z += model.other.get(cue.feature()).copied().unwrap_or(0.0);
    }
    if cx.attributed && !feeling(span.text(text)) {
        z += ATTRIBUTED;
    }
    if cx.relative {
        z += RELATIVE;
    }
    if cues.has(Cue::Evaluative) {
        z += EVALUATIVE;
    }
    sigmoid(z)
}

/// Whether a claim states how its speaker feels (`We're delighted Glenn is here`, `I am
/// proud of the team`): said by a source or not, nothing there to check.
fn feeling(claim: &str) -> bool {
    let mut words = claim
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"));
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    let subject_be = match a.as_str() {
        "i'm" | "we're" => Some(b.as_str()),
        "i" | "we" if matches!(b.as_str(), "am" | "are" | "was" | "were" | "feel" | "felt") => None,
        _ => return false,
    };
    let adjective = match subject_be {
        Some(w) => w.to_string(),
        None => words.next().unwrap_or_default(),
    };
    let adjective = if matches!(adjective.as_str(), "very" | "so" | "really" | "extremely") {
        words.next().unwrap_or_default()
    } else {
        adjective
    };
    FEELINGS.contains(&adjective.as_str())
}

/// Words of feeling after `I'm`, `we are`, `I feel`.
const FEELINGS: &[&str] = &[
    "delighted",
    "pleased",
    "happy",
    "proud",
    "excited",
    "thrilled",
    "disappointed",
    "sad",
    "saddened",
    "grateful",
    "honoured",
    "honored",
    "sorry",
    "glad",
    "hopeful",
    "optimistic",
    "confident",
    "relieved",
    "shocked",
    "devastated",
    "angry",
    "upset",
    "frustrated",
];

pub(crate) fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feelings_of_the_speaker() {
        for yes in [
            "We're delighted Glenn is here",
            "I am very proud of the team",
            "I’m disappointed with the result",
        ] {
            assert!(feeling(yes), "{yes:?}");
        }
        for no in [
            "we feel let down",
            "We are looking at closing three plants",
            "We cut taxes by 20%",
            "I am the mayor",
            "They are delighted",
            "",
            "I",
        ] {
            assert!(!feeling(no), "{no:?}");
        }
    }

    #[test]
    fn one_pass_reads_the_words_of_the_reference() {
        for text in [
            "We’ve spent $3.5 billion, 12% more? I’m sure",
            "ÉLAN and Ödön's 'quoted' Straße 3M’s x’ ’y",
            "",
            "'' ?%$ — 1,000.5bn",
        ] {
            let mut got = Vec::new();
            let mut capitals = Vec::new();
            for_each_word(text, |w, c| {
                got.push(w.to_string());
                capitals.push(c);
            });
            let cased = cased_words(text);
            let want: Vec<String> = cased.iter().map(|w| w.to_lowercase()).collect();
            let want_capitals: Vec<bool> = cased
                .iter()
                .map(|w| w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            assert_eq!(got, want, "{text:?}");
            assert_eq!(capitals, want_capitals, "{text:?}");
        }
    }

    #[test]
    fn words_match_the_training_script() {
        assert_eq!(
            words("We’ve spent $3.5 billion, 12% more?"),
            [
                "we've", "spent", "$", "<num>", "<num>", "billion", "<num>", "%", "more", "?"
            ]
        );
    }
}
