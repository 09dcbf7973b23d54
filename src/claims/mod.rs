//! Checkable claims: what the body of an article asserts, of what kind, how worth
//! checking, on whose word, with which numbers and how hedged.
//!
//! [`Claim`] says what makes a claim, its kind and its score.

mod detect;
mod hedges;
mod kinds;
mod lexicon;
mod quantities;
mod score;

use crate::Span;
use crate::article::Context;
use crate::gazetteer::Mention;
use crate::people::Person;
use crate::quotes::{Quote, QuoteKind, SpeakerKind};
use crate::structure::BlockKind;

pub use self::hedges::{Hedge, HedgeKind};
pub use self::kinds::ClaimKind;
pub use self::quantities::{Approximation, Quantity, QuantityKind, find_quantities};

use once_cell::sync::Lazy;

use self::kinds::{Cue, Cues};
use self::lexicon::PhraseTable;

/// The default check-worthiness threshold: the cross-validated F1 cut of the embedded
/// model (see [`Claim`]).
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// What a fact-checker would verify about an attributed claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CheckTarget {
    /// Whether what is claimed is true.
    Content,
    /// Whether the source really said it (a quoted judgement, a label).
    Attribution,
    /// Both: the source said it, and it is (or will be) so.
    Both,
}

/// Who a claim is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ClaimSource {
    name: String,
    kind: SpeakerKind,
    span: Option<Span>,
    cue: Option<Span>,
}

impl ClaimSource {
    /// The source's resolved name (`Janet Yellen`, `Bloomberg`), or `unnamed source`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of source it is.
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }

    /// Where the text names the source, when it does.
    pub fn span(&self) -> Option<Span> {
        self.span
    }

    /// The attribution expression (`said`, `according to`, `it was learned that`).
    pub fn cue(&self) -> Option<Span> {
        self.cue
    }
}

/// A checkable statement of the article's body.
///
/// # What is a claim
///
/// Only sentences of body paragraphs are read: titles, headings, captions, credits, pull
/// quotes, bylines and page furniture make no claims, and neither do questions. A
/// sentence is cut into units: the content of each quote or `according to` (which takes
/// the speaker as its [`ClaimSource`]), an unnamed source's report (`it was learned
/// that`), non-restrictive relative clauses (`, who will leave office in June,`) and
/// coordinated clauses (`; `, `, and `, `, but `). A unit that only prescribes (`should`,
/// `must`) or only states a belief (`I think`), with nothing factual besides, is dropped.
///
/// # Kinds
///
/// [`ClaimKind`] follows the Full Fact typology. The kind comes from cue words
/// (`lexicons/claim_cues.tsv`) and from the [`Quantity`]s of the unit, with the rarer,
/// more specific kinds first: voting, public opinion, correlation or causation, laws and
/// rules, support (an actor's aim or position), prediction, quantity, personal
/// experience, and other.
///
/// # Check-worthiness
///
/// [`Claim::checkworthiness`] is the probability given by a logistic regression over
/// the unit's lower-cased words (numbers merged into one `<num>` word), a coarse length
/// bucket, the number of capitalised words (names make a statement specific) and its
/// cue kinds. The weights were fitted offline, by
/// `tools/train_checkworthy.py`, on the English training set of the CLEF 2024
/// CheckThat! lab (the ClaimBuster sentences of US presidential debates, labelled by
/// whether they hold a check-worthy factual claim), and are embedded from
/// `lexicons/checkworthy_weights.tsv`; no sentence of that data is in the crate. Scoring
/// is a single pass over the unit's words and a hash look-up per word.
///
/// Because the model learnt from whole sentences, an attributed claim is read together
/// with its speaker and cue (`X said that ...`), as a sentence would give it. Three priors,
/// set by hand rather than fitted (the training sentences are spoken debate, with no
/// attribution and little framing), then move the log-odds: +0.5 for a statement of
/// fact attributed to a source (what public figures and institutions assert is what
/// fact-checkers check first), −0.5 for evaluative wording (`stronger`, `profound`,
/// `the truth is`), and −0.8 for a non-restrictive relative clause, which carries
/// background rather than the sentence's point.
///
/// The bias is shifted so that **0.5, the default threshold, is the cut that gave the
/// best F1 for check-worthy sentences in five-fold cross-validation** on the training
/// set: at the default, [`Claim::is_checkworthy`] is the decision that served that
/// measure best. Raise the threshold with
/// [`AnalyzerBuilder::claim_threshold`](crate::AnalyzerBuilder::claim_threshold) for
/// fewer, surer claims; lower it to miss fewer. Scores order claims well even where the
/// cut is wrong for a collection, so ranking by score is always meaningful.
///
/// # Example
///
/// ```
/// use reportage::{Article, ClaimKind, QuantityKind};
///
/// let text = "Port traffic rises\n\n\
///     Cargo through the port of Velna rose to 1.5 million tonnes in 2024, \
///     according to the Velna Harbour Board.\n";
/// let article = Article::parse(text);
/// let claim = &article.claims()[0];
/// assert_eq!(claim.kind(), ClaimKind::Quantity);
/// assert_eq!(claim.source().map(|s| s.name()), Some("Velna Harbour Board"));
/// let amount = &claim.quantities()[0];
/// assert_eq!(amount.kind(), QuantityKind::Measure);
/// assert_eq!(amount.value(), Some(1.5e6));
/// assert_eq!(amount.unit(), Some("t"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    span: Span,
    sentence: Span,
    kind: ClaimKind,
    checkworthiness: f32,
    checkworthy: bool,
    source: Option<ClaimSource>,
    check_target: CheckTarget,
    quantities: Vec<Quantity>,
    hedges: Vec<Hedge>,
    mentions: Vec<Mention>,
    people: Vec<String>,
}

impl Claim {
    /// Where the claim is: a sentence, a clause, or the content of a quote.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The sentence that holds the claim.
    pub fn sentence(&self) -> Span {
        self.sentence
    }

    /// What kind of statement it is.
    pub fn kind(&self) -> ClaimKind {
        self.kind
    }

    /// How worth checking it is, in `0.0..=1.0`; see [`Claim`].
    pub fn checkworthiness(&self) -> f32 {
        self.checkworthiness
    }

    /// Whether the score reaches the analyzer's threshold.
    pub fn is_checkworthy(&self) -> bool {
        self.checkworthy
    }

    /// Who the claim is attributed to; `None` when the reporter asserts it.
    pub fn source(&self) -> Option<&ClaimSource> {
        self.source.as_ref()
    }

    /// What a checker should verify: the content, the attribution, or both.
    pub fn check_target(&self) -> CheckTarget {
        self.check_target
    }

    /// The numbers and amounts in the claim, in text order, with those of the scene an
    /// attributed claim was made in (`In an interview on the 75th anniversary, X said
    /// that ...`), which lie in the same sentence.
    pub fn quantities(&self) -> &[Quantity] {
        &self.quantities
    }

    /// The hedges and modal expressions in the claim, in text order.
    pub fn hedges(&self) -> &[Hedge] {
        &self.hedges
    }

    /// The gazetteer mentions inside the claim, in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// The ids of the entities the claim mentions, each once, in order of mention.
    pub fn entities(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.mentions {
            let id = m.entity().id();
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }

    /// The names of the people the claim mentions, each once, in order of mention.
    pub fn people(&self) -> &[String] {
        &self.people
    }

    /// The claim's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Claim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("span", &self.span)?;
        map.serialize_entry("sentence", &self.sentence)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("checkworthiness", &self.checkworthiness)?;
        map.serialize_entry("checkworthy", &self.checkworthy)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("check_target", &self.check_target)?;
        map.serialize_entry("quantities", &self.quantities)?;
        map.serialize_entry("hedges", &self.hedges)?;
        map.serialize_entry("entities", &self.entities())?;
        map.serialize_entry("people", &self.people)?;
        map.end()
    }
}

/// The claims of the body sentences, in text order.
/// An entry of the cue or of the hedge lexicon.
#[derive(Clone, Copy, Debug)]
enum Phrase {
    Cue(Cue),
    Hedge(HedgeKind),
}

/// The cue and hedge lexicons in one table, read in one pass over each claim.
static PHRASES: Lazy<PhraseTable<Phrase>> = Lazy::new(|| {
    PhraseTable::parse_all(&[
        (include_str!("../../lexicons/claim_cues.tsv"), &|l| {
            Cue::parse(l).map(Phrase::Cue)
        }),
        (include_str!("../../lexicons/hedges.tsv"), &|l| {
            HedgeKind::parse(l).map(Phrase::Hedge)
        }),
    ])
});

pub(crate) fn find(
    cx: &Context<'_>,
    mentions: &[Mention],
    people: &[Person],
    quotes: &[Quote],
    threshold: f32,
) -> Vec<Claim> {
    let text = cx.text;
    let blocks = cx.structure.blocks();
    // A report nested in another still gives its content a source.
    let flat: Vec<Quote>;
    let quotes = if quotes.iter().any(|q| !q.nested().is_empty()) {
        let mut all: Vec<Quote> = Vec::with_capacity(quotes.len());
        for q in quotes {
            all.push(q.clone());
            all.extend(q.nested().iter().cloned());
        }
        all.sort_by_key(|q| (q.content().start, q.content().end));
        flat = all;
        &flat[..]
    } else {
        quotes
    };
    let quotes = detect::Quotes::new(quotes);
    // Every person mention in text order, so that each claim finds its people by binary
    // search rather than by asking every person.
    let mut named: Vec<(Span, &str)> = people
        .iter()
        .flat_map(|p| p.mentions().iter().map(move |m| (*m, p.name())))
        .collect();
    named.sort_by_key(|(m, _)| m.start);
    let mut out = Vec::new();
    for sentence in cx.sentences {
        let in_body = blocks
            .get(sentence.block())
            .is_some_and(|b| b.kind() == BlockKind::Paragraph);
        let span = sentence.span().trim(text);
        if !in_body || span.is_empty() || detect::is_question(text, span) {
            continue;
        }
        for unit in detect::units(text, span, &quotes) {
            if let Some(claim) = build(text, span, unit, mentions, &named, threshold) {
                out.push(claim);
            }
        }
    }
    out
}

/// How far, in bytes, a speaker or cue may stand from its claim and still be read
/// with it.
const NEAR_SOURCE: usize = 200;

fn build(
    text: &str,
    sentence: Span,
    unit: detect::Unit,
    mentions: &[Mention],
    people: &[(Span, &str)],
    threshold: f32,
) -> Option<Claim> {
    let span = unit.span;
    // The reporting verb tells the kind too: `NATO wants to ...`, `X promised that ...`.
    // With the speaker when it stands next to the cue, so that `I think` reads as a
    // belief and `NATO wants` as an aim.
    let cue_span = unit.source.as_ref().and_then(|s| match (s.span, s.cue) {
        (Some(who), Some(cue)) if who.end <= cue.start && cue.start - who.end <= 2 => {
            Some(who.cover(cue))
        }
        (_, cue) => cue,
    });
    // Cue words and hedges in one pass over the claim.
    let mut claim_cues = Vec::new();
    let mut hedges = Vec::new();
    for (at, phrase) in PHRASES.find(text, span) {
        match phrase {
            Phrase::Cue(cue) => claim_cues.push(cue),
            Phrase::Hedge(kind) => hedges.push((at, kind)),
        }
    }
    let cue_cues = cue_span.map(|c| {
        Cues::of(
            PHRASES
                .find(text, c)
                .into_iter()
                .filter_map(|(_, p)| match p {
                    Phrase::Cue(cue) => Some(cue),
                    Phrase::Hedge(_) => None,
                }),
        )
    });
    let cues = Cues::of(claim_cues).with(cue_cues);
    // Numbers in the scene of an attributed claim (`on the 75th anniversary`) say when
    // and where it was made: they belong to it.
    let mut quantities = unit
        .frame
        .map(|f| quantities::find_in(text, f))
        .unwrap_or_default();
    quantities.extend(quantities::find_in(text, span));
    let measured = quantities
        .iter()
        .any(|q| !matches!(q.kind(), QuantityKind::Year | QuantityKind::Ordinal));
    if !cues.factual() && !measured && (cues.has(Cue::Normative) || cues.has(Cue::Opinion)) {
        return None;
    }
    let kind = kinds::classify(cues, &quantities);
    let hedges = hedges::from_found(text, span, hedges);
    let attributed = unit.source.is_some()
        && !matches!(kind, ClaimKind::Prediction | ClaimKind::PersonalExperience);
    let relative = {
        let head = span.text(text).get(..6).unwrap_or("").to_ascii_lowercase();
        ["who ", "which ", "whom ", "whose "]
            .iter()
            .any(|r| head.starts_with(r))
    };
    // The model was fitted on whole sentences, which name who is speaking: an
    // attributed claim is read with its speaker and cue; the scene (`In an interview`)
    // is circumstance, not claim.
    // Only a speaker or cue near the claim: in a long sentence of many reports one
    // speaker named far back must not make every claim read the stretch between.
    let mut read = span;
    if let Some(source) = &unit.source {
        for s in [source.span, source.cue].into_iter().flatten() {
            let near = s.end + NEAR_SOURCE >= span.start && s.start <= span.end + NEAR_SOURCE;
            if sentence.contains(s) && near {
                read = read.cover(s);
            }
        }
    }
    let checkworthiness = score::checkworthiness(
        text,
        read,
        cues,
        score::Context {
            attributed,
            relative,
        },
    );
    let check_target = check_target(text, &unit, kind, cues);
    let first = mentions.partition_point(|m| m.span().start < span.start);
    let mentions: Vec<Mention> = mentions[first..]
        .iter()
        .take_while(|m| m.span().start < span.end)
        .filter(|m| span.contains(m.span()))
        .cloned()
        .collect();
    let first = people.partition_point(|(m, _)| m.start < span.start);
    let mut named: Vec<String> = Vec::new();
    for (m, name) in people[first..]
        .iter()
        .take_while(|(m, _)| m.start < span.end)
    {
        if span.contains(*m) && !named.iter().any(|n| n == name) {
            named.push((*name).to_string());
        }
    }
    Some(Claim {
        span,
        sentence,
        kind,
        checkworthiness,
        checkworthy: checkworthiness >= threshold,
        source: unit.source.map(|a| ClaimSource {
            name: source_name(a.name),
            kind: a.kind,
            span: a.span,
            cue: a.cue,
        }),
        check_target,
        quantities,
        hedges,
        mentions,
        people: named,
    })
}

/// A source's name without the article the sentence gave it (`the Velna Harbour Board`):
/// names are compared and listed without it.
fn source_name(name: String) -> String {
    match name.get(..4) {
        Some(head) if head.eq_ignore_ascii_case("the ") && name.len() > 4 => {
            name[4..].trim().to_string()
        }
        _ => name,
    }
}

/// A quoted fragment or a label (`"brain dead"`) is checked for who said it; an actor's
/// stated aim or forecast for both the saying and the substance; the rest for content.
fn check_target(text: &str, unit: &detect::Unit, kind: ClaimKind, cues: Cues) -> CheckTarget {
    let Some(source) = &unit.source else {
        return CheckTarget::Content;
    };
    if source.kind == SpeakerKind::Unnamed {
        return CheckTarget::Content;
    }
    let quoted_fragment = matches!(source.quote, Some(QuoteKind::Partial))
        || text_has_short_quote(unit.span.text(text));
    if quoted_fragment && !cues.factual() {
        CheckTarget::Attribution
    } else if matches!(kind, ClaimKind::Support | ClaimKind::Prediction) {
        CheckTarget::Both
    } else {
        CheckTarget::Content
    }
}

/// Whether the text holds a short stretch in quotation marks (a label or a judgement).
fn text_has_short_quote(s: &str) -> bool {
    let Some((open, mark)) = s.char_indices().find(|&(_, c)| c == '“' || c == '"') else {
        return false;
    };
    let rest = &s[open + mark.len_utf8()..];
    rest.find(['”', '"'])
        .is_some_and(|close| rest[..close].split_whitespace().count() <= 4)
}
