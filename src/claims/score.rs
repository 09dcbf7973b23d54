//! The check-worthiness model: a logistic regression over the words of a claim, its
//! length and its cue kinds, with weights fitted offline (`tools/train_checkworthy.py`)
//! and embedded from `lexicons/checkworthy_weights.tsv`.

use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

use super::kinds::{Cue, Cues};
use crate::Span;

struct Model {
    bias: f32,
    weights: HashMap<String, f32>,
}

static MODEL: Lazy<Model> = Lazy::new(|| {
    let mut bias = 0.0;
    let mut weights = HashMap::new();
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
        if feature == "bias" {
            bias = weight;
        } else {
            weights.insert(feature.to_string(), weight);
        }
    }
    Model { bias, weights }
});

/// The words of `text` as the model knows them, in their case: runs of letters and
/// digits with inner apostrophes (`’` read as `'`), `%`, `$` and `?` apart, and any word
/// with a digit as `<num>`. Must stay in step with `cased_words` in the training script.
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
    let cased = cased_words(span.text(text));
    let ws: Vec<String> = cased.iter().map(|w| w.to_lowercase()).collect();
    let caps = cased
        .iter()
        .zip(&ws)
        .skip(1)
        .filter(|(c, l)| {
            c.chars().next().is_some_and(char::is_uppercase) && !FIRST_PERSON.contains(&l.as_str())
        })
        .count();
    let mut z = model.bias;
    let mut seen: HashSet<&str> = HashSet::new();
    let mut feature = String::new();
    for w in &ws {
        if seen.insert(w.as_str()) {
            feature.clear();
            feature.push_str("w:");
            feature.push_str(w);
            z += model.weights.get(feature.as_str()).copied().unwrap_or(0.0);
        }
    }
    let bucket = format!("len:{}", (ws.len() / 5).min(6));
    z += model.weights.get(bucket.as_str()).copied().unwrap_or(0.0);
    let caps = format!("caps:{}", caps.min(4));
    z += model.weights.get(caps.as_str()).copied().unwrap_or(0.0);
    for cue in cues.iter() {
        z += model.weights.get(cue.feature()).copied().unwrap_or(0.0);
    }
    if cx.attributed {
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

pub(crate) fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

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
