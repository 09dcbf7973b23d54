//! The kind of a claim (the Full Fact typology), from cue words and quantities.

use super::quantities::{Quantity, QuantityKind};

/// What kind of statement a claim makes, after the Full Fact typology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ClaimKind {
    /// A value, change, comparison, ranking or duration of something countable.
    Quantity,
    /// A claim about the future, conditional ones included.
    Prediction,
    /// X causes, leads to or is thanks to Y (or is not linked to it).
    CorrelationCausation,
    /// Current laws, rules, procedures and powers.
    LawsRules,
    /// A first-person experience, seldom checkable.
    PersonalExperience,
    /// A voting record.
    Voting,
    /// Polls and public opinion.
    PublicOpinion,
    /// A named actor's position, policy, intention or promise.
    Support,
    /// Any other checkable statement: an event, a state of affairs, an accusation.
    Other,
}

impl ClaimKind {
    /// The kind's name as it appears in the JSON output (`"laws_rules"`).
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Prediction => "prediction",
            ClaimKind::CorrelationCausation => "correlation_causation",
            ClaimKind::LawsRules => "laws_rules",
            ClaimKind::PersonalExperience => "personal_experience",
            ClaimKind::Voting => "voting",
            ClaimKind::PublicOpinion => "public_opinion",
            ClaimKind::Support => "support",
            ClaimKind::Other => "other",
        }
    }
}

/// The kinds of cue in `lexicons/claim_cues.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    Prediction,
    Causation,
    LawsRules,
    Support,
    Voting,
    PublicOpinion,
    Quantity,
    Normative,
    Opinion,
    Personal,
    Evaluative,
}

impl Cue {
    pub(crate) fn parse(label: &str) -> Option<Cue> {
        Some(match label {
            "prediction" => Cue::Prediction,
            "causation" => Cue::Causation,
            "laws_rules" => Cue::LawsRules,
            "support" => Cue::Support,
            "voting" => Cue::Voting,
            "public_opinion" => Cue::PublicOpinion,
            "quantity" => Cue::Quantity,
            "normative" => Cue::Normative,
            "opinion" => Cue::Opinion,
            "personal" => Cue::Personal,
            "evaluative" => Cue::Evaluative,
            _ => return None,
        })
    }

    /// The feature name the check-worthiness model knows the cue by.
    pub(crate) fn feature(self) -> &'static str {
        match self {
            Cue::Prediction => "cue:prediction",
            Cue::Causation => "cue:causation",
            Cue::LawsRules => "cue:laws_rules",
            Cue::Support => "cue:support",
            Cue::Voting => "cue:voting",
            Cue::PublicOpinion => "cue:public_opinion",
            Cue::Quantity => "cue:quantity",
            Cue::Normative => "cue:normative",
            Cue::Opinion => "cue:opinion",
            Cue::Personal => "cue:personal",
            Cue::Evaluative => "cue:evaluative",
        }
    }
}

/// The cues found in `span`, as a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cues(u16);

impl Cues {
    /// Both sets together.
    pub(crate) fn with(self, other: Option<Cues>) -> Cues {
        Cues(self.0 | other.map_or(0, |o| o.0))
    }

    pub(crate) fn has(self, cue: Cue) -> bool {
        self.0 & (1 << cue as u16) != 0
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = Cue> {
        [
            Cue::Prediction,
            Cue::Causation,
            Cue::LawsRules,
            Cue::Support,
            Cue::Voting,
            Cue::PublicOpinion,
            Cue::Quantity,
            Cue::Normative,
            Cue::Opinion,
            Cue::Personal,
            Cue::Evaluative,
        ]
        .into_iter()
        .filter(move |&c| self.has(c))
    }

    /// Whether the clause asserts anything beyond a prescription or a belief.
    pub(crate) fn factual(self) -> bool {
        self.iter().any(|c| {
            !matches!(
                c,
                Cue::Normative | Cue::Opinion | Cue::Personal | Cue::Evaluative
            )
        })
    }
}

impl Cues {
    /// The set of the cues given.
    pub(crate) fn of(found: impl IntoIterator<Item = Cue>) -> Cues {
        Cues(found.into_iter().fold(0, |set, cue| set | 1 << cue as u16))
    }
}

/// The kind of a clause. Rarer, more specific kinds win over general ones: a vote or a
/// poll is named as such even when it holds numbers; an intention (`wants to`) is
/// support even when it looks ahead; a number makes a quantity only when nothing more
/// specific is said.
pub(crate) fn classify(cues: Cues, quantities: &[Quantity]) -> ClaimKind {
    let measured = quantities.iter().any(|q| match q.kind() {
        QuantityKind::Count
        | QuantityKind::Money
        | QuantityKind::Percent
        | QuantityKind::Duration
        | QuantityKind::Measure
        | QuantityKind::Superlative => true,
        // `in its third year` measures a duration; `75th anniversary` only dates.
        QuantityKind::Ordinal => q
            .unit()
            .is_some_and(|u| matches!(u, "year" | "month" | "week" | "day" | "decade")),
        _ => false,
    });
    if cues.has(Cue::Voting) {
        ClaimKind::Voting
    } else if cues.has(Cue::PublicOpinion) {
        ClaimKind::PublicOpinion
    } else if cues.has(Cue::Causation) {
        ClaimKind::CorrelationCausation
    } else if cues.has(Cue::LawsRules) {
        ClaimKind::LawsRules
    } else if cues.has(Cue::Support) {
        ClaimKind::Support
    } else if cues.has(Cue::Prediction) {
        ClaimKind::Prediction
    } else if measured || cues.has(Cue::Quantity) {
        ClaimKind::Quantity
    } else if cues.has(Cue::Personal) {
        ClaimKind::PersonalExperience
    } else {
        ClaimKind::Other
    }
}
