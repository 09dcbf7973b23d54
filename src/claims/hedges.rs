//! Hedges and modality: the words that weaken, distance, condition or project a claim.

use crate::Span;

/// What a hedge does to the statement it qualifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum HedgeKind {
    /// It may be so: `may`, `might`, `could`, `probably`, `appears to`.
    Possibility,
    /// Heard from others: `reportedly`, `allegedly`, `it was learned`.
    Hearsay,
    /// The reporter keeps a distance: `claims`, `accuses`, `insists`.
    Distancing,
    /// It holds under a condition: `if`, `would`, `unless`, `whoever`.
    Conditional,
    /// About the future: `will`, `shall`, `going to`.
    Future,
    /// An aim, not a fact: `wants`, `plans to`, `hopes to`, `look forward to`.
    Intention,
    /// Not exact: `mainly`, `roughly`, `nearly`, `estimated`.
    Approximation,
    /// A trend rather than a state: `increasingly`, `ever more`.
    Trend,
    /// A duty or a constraint: `must`, `should`, `cannot`.
    Obligation,
    /// Softened: `rather`, `somewhat`, `tried to`.
    Softener,
}

impl HedgeKind {
    pub(crate) fn parse(label: &str) -> Option<HedgeKind> {
        Some(match label {
            "possibility" => HedgeKind::Possibility,
            "hearsay" => HedgeKind::Hearsay,
            "distancing" => HedgeKind::Distancing,
            "conditional" => HedgeKind::Conditional,
            "future" => HedgeKind::Future,
            "intention" => HedgeKind::Intention,
            "approximation" => HedgeKind::Approximation,
            "trend" => HedgeKind::Trend,
            "obligation" => HedgeKind::Obligation,
            "softener" => HedgeKind::Softener,
            _ => return None,
        })
    }
}

/// A hedging or modal expression inside a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Hedge {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    kind: HedgeKind,
}

impl Hedge {
    /// Where the expression is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// What it does to the claim.
    pub fn kind(&self) -> HedgeKind {
        self.kind
    }
}

/// The hedges among lexicon entries found in the claim at `claim` (in order of their
/// end), in text order; where entries overlap (`wants` in `wants to`), the longest is
/// kept.
pub(crate) fn from_found(text: &str, claim: Span, mut found: Vec<(Span, HedgeKind)>) -> Vec<Hedge> {
    found.sort_by_key(|(s, _)| (s.start, core::cmp::Reverse(s.end)));
    let mut out: Vec<Hedge> = Vec::new();
    for (span, kind) in found {
        if out.last().is_some_and(|h| h.span.end > span.start) {
            continue;
        }
        // Inside a sentence, a capitalised "May" is the month or a name, not the modal.
        if span.start > claim.start && span.text(text) == "May" {
            continue;
        }
        // "said it would ...": reported "would" is the future seen from the past, not
        // a condition.
        let kind = if kind == HedgeKind::Conditional
            && span.text(text).eq_ignore_ascii_case("would")
            && reported_before(text, span.start)
        {
            HedgeKind::Future
        } else {
            kind
        };
        out.push(Hedge { span, kind });
    }
    out
}

/// Whether a verb of saying or promising comes within the few words before `at` in its
/// sentence (`said it would`, `warned that prices would`).
fn reported_before(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(window) = text.get(from..at) else {
        return false;
    };
    // Within the sentence: the claim may start after its reporting clause.
    let window = window
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or(window);
    window
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| {
            matches!(
                w,
                "said"
                    | "says"
                    | "told"
                    | "added"
                    | "announced"
                    | "warned"
                    | "promised"
                    | "pledged"
                    | "predicted"
                    | "expected"
                    | "insisted"
                    | "confirmed"
                    | "stated"
            )
        })
}
