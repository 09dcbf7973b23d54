//! Who said what: cues, their speakers and what they report.
//!
//! Each sentence is read for cues (`said`, `points out`, `according to`). A cue's
//! speaker is the nearest fitting subject: the noun phrase before it (skipping
//! auxiliaries, adverbs, a `, who ...,` clause or an apposition), or after it (`, said
//! spokeswoman Adrienne Watson.`). What the cue reports lies after it (`said that ...`),
//! before it (`"...," she said.`) or around it (`X, the minister believes, Y`). Then the
//! quotations no cue covers become quotes of their own: a paragraph that goes on quoting
//! the last speaker, or a fragment in the reporter's sentence.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

use super::cues::{
    CueClass, CueMatch, FINITE, cue_at, is_cue_word, is_participle, past_form, plural_noun,
};
use super::marks::{Quotation, is_quoting_block};
use super::{Quote, QuoteKind, Speaker, SpeakerKind};
use crate::Span;
use crate::article::Context;
use crate::gazetteer::{EntityKind, Mention, MentionKind};
use crate::people::lexicon::{Referent, TITLES, UNNAMED_SOURCES, pronoun, strip_contraction};
use crate::people::names::{NOT_NAMES, token_range};
use crate::people::{Gender, Person, bare, is_capitalised};
use crate::structure::{Block, BlockKind};
use crate::text::sentences::is_name_suffix;
use crate::text::tokens::{Token, TokenKind};

/// Words between a subject and its cue: auxiliaries and adverbs (`has also said`).
const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "did",
    "does",
    "do",
    "not",
    "never",
    "then",
    "later",
    "previously",
    "recently",
    "repeatedly",
    "again",
    "once",
    "often",
    "publicly",
    "reportedly",
    "directly",
    "only",
    "further",
    "already",
    "still",
    "even",
    "just",
    "long",
    "always",
    "now",
    "earlier",
    "first",
    "simply",
    "finally",
    "quickly",
    "flatly",
    "openly",
    "privately",
    "separately",
    "too",
    "both",
    "all",
    "himself",
    "herself",
    "themselves",
    "cannot",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "didn't",
    "doesn't",
    "don't",
    "isn't",
    "wasn't",
    "hasn't",
    "haven't",
    "hadn't",
    "shouldn't",
];

/// Words that end a subject noun phrase when met walking back from the cue.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "while", "when", "if",
    "as", "so", "than", "where", "whether", "although", "though", "since", "until", "unless",
    "after", "before", "what", "how", "why", "not", "is", "was", "are", "were", "has", "have",
    "had", "will", "would", "can", "could", "be", "been", "do", "does", "did", "to", "by", "with",
    "from", "for", "in", "on", "at", "into", "about", "against", "during", "without", "over",
    "under", "between", "through", "like", "yet", "even", "also", "then", "there", "here",
    "whoever", "whatever", "however", "it's", "nor",
];

/// The days of the week, which open an adverbial after a cue (`said Friday`) and a time
/// expression (`said last Friday`).
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Nouns in -ly, which are no adverbs (`His family said`, `an ally said`).
const LY_NOUNS: &[&str] = &[
    "family", "ally", "assembly", "supply", "monopoly", "rally", "anomaly", "bully", "jelly",
    "tally", "folly", "homily", "lily", "belly", "gully", "reply",
];

/// Whether `word` (lower-cased) ends in -ly as an adverb does (`also`, `only`,
/// `reportedly`), and is no noun in -ly (`family`).
/// Whether an entity of this kind is a state (a country, a territory, a former state).
fn is_state(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Country | EntityKind::Territory | EntityKind::HistoricalState
    )
}

fn adverb_ly(word: &str) -> bool {
    word.ends_with("ly") && !LY_NOUNS.contains(&word)
}

/// Whether `word` (lower-cased) may open an adverbial after the cue.
fn opens_adverbial(word: &str) -> bool {
    ADVERBIAL_OPENERS.contains(&word) || WEEKDAYS.contains(&word)
}

/// Whether `word` (lower-cased) opens a time expression after the cue.
fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(&word) || WEEKDAYS.contains(&word) || crate::lexicon::MONTHS.contains(&word)
}

/// Words that may open an adverbial after the cue (`said in a statement`, `said last
/// Friday`).
const ADVERBIAL_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "last",
    "this",
    "earlier",
    "later",
    "after",
    "before",
    "to",
    "from",
    "via",
    "over",
    "through",
    "while",
    "yesterday",
    "today",
    "tonight",
    "then",
    "again",
    "also",
    "recently",
    "previously",
    "repeatedly",
    "publicly",
    "privately",
    "late",
    "early",
    "separately",
    "afterward",
    "afterwards",
    "once",
    "when",
    "about",
    "of",
    "for",
    "with",
];

/// Nouns that, after an organisation's name, still name the organisation (`the
/// Bloomberg agency`).
const ORG_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "paper",
    "daily",
    "government",
    "ministry",
    "administration",
    "channel",
    "network",
    "broadcaster",
    "outlet",
    "magazine",
    "website",
    "site",
    "office",
    "department",
    "embassy",
    "army",
    "military",
    "campaign",
    "company",
    "firm",
    "group",
    "organisation",
    "organization",
    "alliance",
    "team",
    "committee",
    "council",
    "service",
    "authorities",
];

/// Nouns for the people close to someone, after a possessive pronoun (`his family`, `her
/// colleagues`): they speak for themselves, not for the owner.
const KIN: &[&str] = &[
    "family",
    "partner",
    "friend",
    "friends",
    "relatives",
    "parents",
    "children",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "colleague",
    "colleagues",
    "associate",
    "associates",
    "lieutenant",
    "deputy",
    "lawyers",
    "attorneys",
    "allies",
];

/// Nouns of a body that `the` and the noun alone may refer back to, when the article
/// named the body before (`the alliance` after `the Countryside Alliance`).
const NAMED_BODIES: &[&str] = &[
    "alliance",
    "association",
    "bank",
    "board",
    "commission",
    "committee",
    "council",
    "federation",
    "foundation",
    "institute",
    "ministry",
    "union",
    "league",
    "society",
    "trust",
    "agency",
    "authority",
    "tribunal",
    "court",
    "department",
    "fund",
    "organisation",
    "organization",
    "academy",
    "festival",
    "charity",
];

/// Nouns of a body that speaks for its members, after a plural possessive (`the
/// players' union`).
const BODY_NOUNS: &[&str] = &[
    "union",
    "unions",
    "party",
    "camp",
    "association",
    "federation",
    "body",
    "lobby",
    "league",
    "club",
];

/// The nouns of [`ORG_NOUNS`] that, after a demonym, name the state itself (`the French
/// government`, `the Chinese embassy`), not a company of that country.
const STATE_NOUNS: &[&str] = &[
    "government",
    "ministry",
    "administration",
    "office",
    "department",
    "embassy",
    "army",
    "military",
    "authorities",
];

/// Whether the lower-case `w` opens a noun phrase: an article or one of
/// [`DETERMINERS`].
fn determiner(w: &str) -> bool {
    DETERMINERS.contains(&w) || matches!(w, "a" | "an")
}

/// Prepositions: one opens no speaker (`said in a statement`).
const PREPOSITIONS: &[&str] = &[
    "from", "in", "at", "on", "with", "by", "for", "to", "of", "about", "into", "under", "after",
    "before", "during", "against", "between", "through", "without", "within", "like", "over",
];

/// Words that open a noun phrase naming people by number (`many economists`).
const QUANTIFIERS: &[&str] = &[
    "a", "an", "some", "many", "most", "several", "few", "both", "all", "one", "two", "three",
    "no", "each", "every", "other", "another", "any", "more", "top", "senior", "our", "my", "your",
];

/// Who a speaker may tell something to, between the cue and "that".
const OBJECTS: &[&str] = &[
    "me",
    "him",
    "her",
    "us",
    "them",
    "you",
    "reporters",
    "journalists",
    "supporters",
    "crowd",
    "audience",
    "voters",
    "lawmakers",
    "members",
    "congress",
    "senators",
    "viewers",
    "readers",
    "listeners",
    "colleagues",
    "investors",
    "officials",
    "students",
    "residents",
    "donors",
    "court",
    "jury",
    "magistrates",
    "tribunal",
    "hearing",
    "trial",
    "inquiry",
    "committee",
    "panel",
    "conference",
    "delegates",
    "meeting",
    "nation",
    "country",
    "public",
    "staff",
    "workers",
    "employees",
    "shareholders",
    "analysts",
    "fans",
    "parents",
    "police",
    "detectives",
];

/// Beginnings of verbs of denial: the claim a subject denies is not the subject's own
/// (`He rejected speculation that ...`).
const DENYING: &[&str] = &[
    "reject", "deni", "deny", "dismiss", "disput", "refut", "rebut", "downplay", "counter",
];

/// Nouns that say what a medium is (`the BBC News website`, `Radio 4's Today
/// programme`): the one told, after a verb of telling.
const MEDIA_NOUNS: &[&str] = &[
    "programme",
    "program",
    "website",
    "site",
    "newspaper",
    "paper",
    "magazine",
    "channel",
    "station",
    "radio",
    "television",
    "show",
    "podcast",
    "blog",
    "agency",
    "network",
    "broadcaster",
    "news",
];

/// Nouns of the occasion a report was made on (`in a statement`, `in an interview with
/// the Post`): the phrase says where something was said, not what.
const OCCASIONS: &[&str] = &[
    "statement",
    "interview",
    "email",
    "e-mail",
    "tweet",
    "speech",
    "letter",
    "post",
    "op-ed",
    "memo",
    "address",
    "briefing",
    "conference",
    "message",
];

/// Conjunctions and adverbs that open a clause before its subject (`So far investors`,
/// `And officials`): no part of the subject.
const LEADING_ADVERBS: &[&str] = &[
    "and",
    "but",
    "so",
    "also",
    "then",
    "now",
    "thus",
    "meanwhile",
    "far",
    "recently",
    "previously",
    "currently",
    "however",
    "still",
    "yesterday",
    "today",
    "earlier",
    "later",
    "separately",
    "finally",
    "instead",
];

/// Sentence adverbs that may stand before a clause, set off by a comma (`However, ...`,
/// `Basically, ...`); any lower-case word in `-ly` does too.
const SENTENCE_ADVERBS: &[&str] = &[
    "also",
    "already",
    "however",
    "still",
    "meanwhile",
    "now",
    "indeed",
    "moreover",
    "instead",
    "overall",
    "separately",
    "nonetheless",
    "nevertheless",
    "basically",
    "though",
];

/// Participles that have become adjectives of feeling (`Critics are worried that`): no
/// passive, and their subject holds the belief.
const FEELINGS: &[&str] = &["worried", "concerned", "convinced"];

/// Nouns for a document or a body of findings, whose maker is its source (`Research
/// conducted by the EOC`).
const DOCUMENT_NOUNS: &[&str] = &[
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "research",
    "figures",
    "data",
    "statement",
    "investigation",
    "poll",
    "polls",
    "analysis",
    "statistics",
    "review",
    "inquiry",
    "document",
    "documents",
    "paper",
    "estimates",
    "forecast",
    "forecasts",
    "findings",
    "audit",
    "census",
    "letter",
];

/// Nouns for one person that no title list holds (`The postman said`).
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "postman",
    "postwoman",
    "victim",
    "passenger",
    "driver",
    "resident",
    "witness",
    "shopkeeper",
    "teenager",
    "pensioner",
    "worker",
    "customer",
    "fan",
    "tourist",
    "landlord",
    "tenant",
    "pilot",
    "survivor",
];

/// Nouns for a member of a party (`the Massachusetts Democrat`).
const PARTY_MEMBERS: &[&str] = &[
    "democrat",
    "republican",
    "conservative",
    "tory",
    "socialist",
];

/// Prepositions whose object a phrase's person may be (`a spokesman for`, `an aide to`,
/// `a source close to`, `people familiar with`).
const PERSON_OBJECT_PREPOSITIONS: &[&str] = &[
    "for",
    "to",
    "of",
    "with",
    "representing",
    "at",
    "from",
    "near",
    "behind",
    "against",
];

/// Whether `w` (lower-cased) is a finite verb of a second predicate: a past (`said`) or a
/// present in -s (`says`), not a base form (`urge`).
fn past_or_present(w: &str) -> bool {
    past_verb(w) || (w.ends_with('s') && !w.ends_with("ss"))
}

/// Whether `w` (lower-cased) is a verb in the past: regular (`rejected`) or one of the
/// irregular forms (`rose`, `said`).
fn past_verb(w: &str) -> bool {
    past_form(w) || IRREGULAR_PAST.contains(&w)
}

/// Irregular past forms of common verbs (`the event brought back memories`, `profits
/// rose`), for telling a clause from a noun phrase.
const IRREGULAR_PAST: &[&str] = &[
    "became", "began", "brought", "came", "fell", "found", "gave", "got", "grew", "held", "kept",
    "knew", "left", "lost", "made", "meant", "paid", "put", "rose", "said", "saw", "sent", "spent",
    "thought", "told", "took", "went", "won",
];

/// What a person says things in: after `Name's`, the person still speaks (`Mr Tanzi's
/// statement said`), unlike after `Name's spokesman` or `Name's office`.
const OWN_WORDS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "book",
    "letter",
    "speech",
    "comments",
    "remarks",
    "tweet",
    "tweets",
    "article",
    "interview",
    "website",
    "blog",
    "memoir",
    "memoirs",
    "autobiography",
    "diary",
    "announcement",
    "testimony",
    "message",
    "words",
];

/// Possessive determiners: the owner they stand for is not the one owned (`his agent`).
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Words for a source that may stand alone before a headline's colon (`Poll: ...`).
const HEADLINE_SOURCES: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "study",
    "report",
    "research",
    "police",
    "officials",
    "experts",
    "analysts",
    "sources",
    "court",
    "judge",
    "prosecutors",
    "witnesses",
];

/// Words before a colon that label a paragraph rather than name a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "note",
    "photo",
    "photos",
    "related",
    "editor",
    "editors",
    "read",
    "watch",
    "video",
    "source",
    "sources",
    "correction",
    "disclosure",
    "warning",
    "breaking",
    "live",
    "q",
    "a",
    "question",
    "answer",
    "more",
    "also",
    "see",
    "credit",
    "image",
    "caption",
    "tags",
    "topics",
    "washington",
    "london",
    "new",
    "york",
];

/// Words that open a time expression after a cue (`said last week`), besides weekdays and
/// months.
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "recently",
    "then",
    "again",
    "once",
];

/// Verbs of telling: the one told comes after them, before what was said ("told
/// reporters that"), and is never an inverted speaker ("..., Ann Lee told The Gazette").
const TELLING: &[&str] = &[
    "told",
    "tells",
    "tell",
    "telling",
    "assured",
    "assures",
    "informed",
    "informs",
    "reminded",
    "reminds",
    "warned",
    "warns",
    "convinced",
    "persuaded",
    "notified",
];

/// Subordinators after which a participle goes on from the clause and has its subject
/// (`before asking her`, `while insisting that`).
const PARTICIPLE_LEADS: &[&str] = &["by", "while", "when", "after", "before"];

/// Verbs of intent that report a plan with "to" (`wants to`, `hopes to`).
const INTENT: &[&str] = &[
    "want", "wants", "wanted", "plans", "planned", "hope", "hopes", "hoped", "refuse", "refuses",
    "refused", "intend", "intends", "intended", "seek", "seeks", "sought", "decline", "declines",
    "declined", "plan", "expect", "expects", "expected",
];

/// Nouns of saying and thinking that take a clause opened by `that` (`the claim that`).
static REPORT_NOUNS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    crate::lexicon::entries(include_str!("../../lexicons/report_nouns.txt")).collect()
});

/// Verbs whose subject is the subject of the infinitive after them (`refused to
/// disclose`, `appeared to suggest`, `went on to say`, `has yet to explain`).
static CONTROL: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    crate::lexicon::entries(include_str!("../../lexicons/control_verbs.txt")).collect()
});

/// Verbs of thinking that take a clause without `that` (`believe taxes are too high`).
static THINKING: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    crate::lexicon::entries(include_str!("../../lexicons/thinking_verbs.txt")).collect()
});

const DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "his", "her", "their",
];

/// Passives of saying or believing that report the clause they stand in before an
/// infinitive: `Fake drugs are estimated to make up 10% of pills`.
const RAISING: &[&str] = &[
    "said",
    "thought",
    "believed",
    "expected",
    "estimated",
    "reported",
    "understood",
    "known",
    "alleged",
    "rumoured",
    "rumored",
    "feared",
    "predicted",
    "projected",
];

/// How far back (in bytes) `it` and `the company` look for the body that spoke.
const NEAR_REACH: usize = 600;

/// How far back (in person mentions) a role looks for the person it names.
const ROLE_REACH: usize = 200;
/// Words that, after a comma, open an aside where a report ends (see `opens_aside`).
const ASIDE_OPENERS: &[&str] = &[
    "where",
    "when",
    "while",
    "yet",
    "especially",
    "with",
    "as",
    "not",
    "even",
];

/// The slot of a gender in a count of women, men and people of unknown gender.
fn gender_slot(g: Option<Gender>) -> usize {
    match g {
        Some(Gender::Female) => 0,
        Some(Gender::Male) => 1,
        None => 2,
    }
}

/// Adverbs between `and` and a second verb of the same subject (`and has since vowed`,
/// `and also said`). Not `again` (`time and again insisted`), which only the test for
/// a cue's second verb reads past.
const SECOND_VERB_ADVERBS: &[&str] = &[
    "also",
    "then",
    "later",
    "still",
    "never",
    "not",
    "since",
    "repeatedly",
];

/// The most tokens what one cue reports runs over (a quotation it opens may run on).
const MAX_CONTENT: usize = 400;
/// The most tokens a subject noun phrase has.
const MAX_NP: usize = 10;

struct Doc<'a> {
    text: &'a str,
    tokens: &'a [Token],
    blocks: &'a [Block],
    quotations: &'a [Quotation],
    /// Per token: 1 + the index of the quotation it lies in (marks included), or 0.
    in_quote: Vec<u32>,
    people: &'a [Person],
    mentions: &'a [Mention],
    /// Every person mention, in text order: (span, person).
    person_mentions: Vec<(Span, usize)>,
    person_at: HashMap<usize, usize>,
    /// How many of the article's people bear each last name: women, men, and people of
    /// unknown gender.
    surnames: HashMap<&'a str, [u32; 3]>,
}

/// What a cue's sentence holds around it: the next cue, the speaker of the quote
/// before it, and whether it is the sentence's first cue.
#[derive(Clone, Copy, Debug)]
struct Around<'s> {
    next_cue: Option<(usize, CueClass)>,
    /// The cue after the next one.
    later_cue: Option<(usize, CueClass)>,
    sentence_speaker: Option<&'s Speaker>,
    first: bool,
    /// The token after the last report found in the sentence so far: what a later cue
    /// reports backwards starts there at the earliest.
    floor: usize,
}

/// The contents of quotes in order of their start, with the furthest end reached so far:
/// whether any content overlaps a span is one binary search.
struct Coverage {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl Coverage {
    /// The coverage of `quotes`, which are in order of their content's start.
    fn of(quotes: &[Quote]) -> Coverage {
        let mut furthest = 0;
        Coverage {
            starts: quotes.iter().map(|x| x.content.start).collect(),
            reach: quotes
                .iter()
                .map(|x| {
                    furthest = furthest.max(x.content.end);
                    furthest
                })
                .collect(),
        }
    }

    /// Whether some content overlaps `span`.
    fn covers(&self, span: Span) -> bool {
        let k = self.starts.partition_point(|&s| s < span.end);
        k > 0 && self.reach[k - 1] > span.start
    }
}

/// A noun phrase: tokens `[start, end)`.
#[derive(Clone, Copy, Debug)]
struct Np {
    start: usize,
    end: usize,
}

pub(crate) fn find(cx: &Context<'_>, mentions: &[Mention], people: &[Person]) -> Vec<Quote> {
    let text = cx.text;
    let tokens = cx.tokens;
    let blocks = cx.structure.blocks();
    let quotations = cx.quotations();
    let mut in_quote = vec![0u32; tokens.len()];
    for (qi, q) in quotations.iter().enumerate() {
        let (a, z) = token_range(tokens, q.outer);
        for slot in &mut in_quote[a..z] {
            *slot = qi as u32 + 1;
        }
    }
    // A name in a byline or a credit is nobody the text speaks of: no role, pronoun
    // or nearest-person search may land on it.
    let furniture = |s: Span| {
        cx.structure.block_at(s.start).is_some_and(|b| {
            matches!(
                blocks[b].kind(),
                BlockKind::Byline | BlockKind::Credit | BlockKind::Boilerplate | BlockKind::Tags
            )
        })
    };
    let mut person_mentions: Vec<(Span, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions().iter().map(move |&s| (s, i)))
        .filter(|&(s, _)| !furniture(s))
        .collect();
    person_mentions.sort_by_key(|&(s, _)| s);
    let person_at = person_mentions.iter().map(|&(s, i)| (s.start, i)).collect();
    let mut surnames: HashMap<&str, [u32; 3]> = HashMap::new();
    for p in people {
        if let Some(last) = p.name().rsplit(' ').next() {
            surnames.entry(last).or_default()[gender_slot(p.gender())] += 1;
        }
    }
    let doc = Doc {
        text,
        tokens,
        blocks,
        quotations,
        in_quote,
        people,
        mentions,
        person_mentions,
        person_at,
        surnames,
    };
    let mut quotes = Vec::new();
    for sentence in cx.sentences {
        let Some(block) = blocks.get(sentence.block()) else {
            continue;
        };
        if !is_quoting_block(block.kind()) {
            continue;
        }
        let (a, b) = token_range(tokens, sentence.span());
        // A headline in title case ("Graham Says Trump Could ...") has capitalised cues.
        // Small words stay lower case in title case ("Tell of"), and a quotation mark
        // may open a word ("'Suffering").
        let headline = block.kind() == BlockKind::Title && {
            let all = sentence.text(text).split_whitespace();
            let long: Vec<&str> = all
                .clone()
                .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.chars().count() > 3)
                .collect();
            all.count() > 2
                && !long.is_empty()
                && long.iter().filter(|w| is_capitalised(w)).count() * 4 >= long.len() * 3
        };
        if sentence.span().start <= block.span().start + 1 {
            if let Some(q) = doc.turn(a, block.span(), block.kind() == BlockKind::Title) {
                quotes.push(q);
                continue;
            }
        }
        doc.sentence(a, b, headline, &mut quotes);
    }
    doc.quoted_as_saying(&mut quotes);
    doc.agent_after(&mut quotes);
    // Of two reports of the same words, the one with a speaker stays (`Sales are
    // expected to fall, Fiat said`).
    quotes.sort_by_key(|q: &Quote| (q.content.start, q.content.end, q.speaker.is_none()));
    quotes.dedup_by(|x, y| x.content == y.content);
    doc.merge_continuations(&mut quotes);
    doc.merge_paragraphs(&mut quotes);
    doc.leftover_quotations(&mut quotes);
    quotes.sort_by_key(|q: &Quote| (q.content.start, q.content.end));
    sort_nested(&doc, &mut quotes);
    doc.resolve_it(&mut quotes);
    doc.pronoun_after_unnamed(&mut quotes);
    doc.pronoun_not_in_content(&mut quotes);
    for q in &mut quotes {
        doc.split_segments(q);
        for inner in &mut q.nested {
            doc.split_segments(inner);
        }
    }
    quotes
}

/// Sorts out the reports told inside what another report says, when their cue lies in
/// the other's content. First, a clause of its own joined by `and` or `but` ("..., but
/// Ruiz said") ends the other's content before it. Then, of what is still inside, a
/// report that adds nobody new goes: its speaker is the other's, no named person, or
/// none at all ("[[Clinton described the deal as “the gold standard”]], she said",
/// "[[protocol called for ...]], the paper has learned", "she was asked to"). One that
/// names someone else is nested in the other ("Aides say [[Ruiz promised to stay]]"):
/// the article reports it only as the outer speaker's word. A second verb of the outer
/// subject ("..., but said that ...") stays a report of its own. Each pass goes over
/// the quotes once in order, holding the quote that reaches furthest so far.
fn sort_nested(doc: &Doc<'_>, quotes: &mut Vec<Quote>) {
    // The quotes in order of their content, each with the one that holds its cue.
    // A quote whose content runs past the outer one while its cue lies inside it is
    // visited too, as crossing.
    fn inside(quotes: &[Quote], mut visit: impl FnMut(&[Quote], usize, usize, bool) -> bool) {
        let mut order: Vec<usize> = (0..quotes.len()).collect();
        order.sort_by_key(|&i| {
            (
                quotes[i].content.start,
                std::cmp::Reverse(quotes[i].content.end),
            )
        });
        let mut outer: Option<usize> = None;
        for &i in &order {
            let q = &quotes[i];
            let Some(o) = outer else {
                outer = Some(i);
                continue;
            };
            let out = &quotes[o];
            let cue_within = q.cue.is_some_and(|c| {
                out.content != q.content && out.content.start <= c.start && c.end <= out.content.end
            });
            if out.content.end < q.content.end {
                // A crossing quote the visit drops does not become the outer one.
                if !(cue_within && visit(quotes, i, o, true)) {
                    outer = Some(i);
                }
                continue;
            }
            // A visit that ends the outer quote's content makes this one the outer.
            if cue_within && visit(quotes, i, o, false) {
                outer = Some(i);
            }
        }
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    inside(quotes, |quotes, i, o, crossing| {
        if crossing {
            return false;
        }
        let (q, out) = (&quotes[i], &quotes[o]);
        // Only for someone new, named: the report of an unnamed source, an organisation
        // or the same speaker inside the other is dropped below, not split off.
        let end = q.speaker.as_ref().and_then(|s| {
            let new = s.kind == SpeakerKind::Person
                && out.speaker.as_ref().is_none_or(|os| os.name != s.name);
            (new && out.content.start <= s.span.start && !q.cue.is_some_and(|c| doc.second_verb(c)))
                .then(|| doc.joined_clause(s.span))
                .flatten()
                .filter(|&j| j > out.content.start)
        });
        if let Some(end) = end {
            cuts.push((o, end));
        }
        end.is_some()
    });
    for (o, end) in cuts {
        let out = &mut quotes[o];
        out.content.end = out.content.end.min(end);
        out.content = out.content.trim(doc.text);
        out.span = out.cover_parts();
    }
    // `None` keeps a quote; `Some(None)` drops it; `Some(Some(o))` nests it in `o`.
    let mut fate: Vec<Option<Option<usize>>> = vec![None; quotes.len()];
    inside(quotes, |quotes, i, o, crossing| {
        let (q, out) = (&quotes[i], &quotes[o]);
        let within = |sp: Span| out.content.start <= sp.start && sp.end <= out.content.end;
        // A report whose cue lies in another's content but whose own content runs on
        // past it ("... asylum claims abroad - but Mr Howard said"): it is kept only
        // when it names someone.
        if crossing {
            let nobody = q
                .speaker
                .as_ref()
                .is_none_or(|s| s.kind == SpeakerKind::Unnamed && within(s.span));
            if nobody {
                fate[i] = Some(None);
            }
            return nobody;
        }
        match &q.speaker {
            // A report with no speaker ("she was asked to ...") adds nobody either.
            None => fate[i] = Some(None),
            // Inside an expectation nobody is named for (`Mr Clarke is expected to win
            // them over by saying ...`), a named speaker's report stands on its own.
            Some(_) if doc.raised(out) => {}
            // A second verb of the outer subject ("... and said ...") is its own report.
            Some(_) if q.cue.is_some_and(|c| doc.second_verb(c)) => {}
            // So is one of the same speaker in the attribution between two quotations
            // ("“A,” said Lee, speaking of the budget. “B.”").
            Some(s)
                if out.kind == QuoteKind::Direct
                    && out.speaker.as_ref().is_some_and(|os| os.name == s.name)
                    && q.cue.is_some_and(|c| {
                        out.cue.is_some_and(|oc| oc.end <= c.start)
                            && doc.quoted(token_range(doc.tokens, c).0).is_none()
                    }) => {}
            // The outer speaker's own words again, wherever the speaker is named.
            Some(s)
                if out.speaker.as_ref().is_some_and(|os| os.name == s.name)
                    || (within(s.span)
                        && matches!(
                            s.kind,
                            SpeakerKind::Unnamed | SpeakerKind::Organisation | SpeakerKind::Media
                        )) =>
            {
                fate[i] = Some(None);
            }
            Some(_) => fate[i] = Some(Some(o)),
        }
        false
    });
    let mut slots: Vec<Option<Quote>> = quotes.drain(..).map(Some).collect();
    for i in 0..slots.len() {
        if let Some(Some(o)) = fate[i] {
            if let Some(q) = slots[i].take() {
                if let Some(out) = slots[o].as_mut() {
                    out.nested.push(q);
                }
            }
        } else if fate[i].is_some() {
            slots[i] = None;
        }
    }
    quotes.extend(slots.into_iter().flatten());
}

/// The indices of the quotes that have a speaker, in the order of their speakers.
fn speakers_in_order(quotes: &[Quote]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].speaker.is_some())
        .collect();
    order.sort_by_key(|&i| quotes[i].speaker.as_ref().map(|s| s.span.start));
    order
}

impl<'a> Doc<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The word at `i` in lower case, borrowed when it has no capital.
    fn lower(&self, i: usize) -> Cow<'a, str> {
        let w = self.word(i);
        if w.chars().any(char::is_uppercase) {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.word(i) == s
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind(), TokenKind::Word | TokenKind::Number))
    }

    fn is_mark(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::QuoteMark)
    }

    fn is_break(&self, i: usize) -> bool {
        let w = self.word(i);
        matches!(w, "," | "—" | "–" | "-" | "--" | ";" | "(" | ")")
            || (self.is_mark(i) && (self.quoted(i).is_some() || !matches!(w, "’" | "'")))
    }

    fn is_final(&self, i: usize) -> bool {
        matches!(self.word(i), "." | "!" | "?" | "..." | "…")
    }

    fn quoted(&self, i: usize) -> Option<usize> {
        match self.in_quote.get(i) {
            Some(&q) if q > 0 => Some(q as usize - 1),
            _ => None,
        }
    }

    /// Whether the word at `k` leads into a participle clause of the sentence's subject:
    /// `by`, `while`, `after` (`while insisting that`), or a day (`wrote to Mr McConnell
    /// on Tuesday accusing him`).
    fn leads_participle(&self, k: usize) -> bool {
        let w = self.lower(k);
        PARTICIPLE_LEADS.contains(&&*w) || (WEEKDAYS.contains(&&*w) && is_capitalised(self.word(k)))
    }

    /// Whether the word at `k` is a verb that makes a clause: a finite form (`is`,
    /// `would`) or a lower-case past (`denied`, `went`).
    fn verb_form(&self, k: usize) -> bool {
        self.is_finite(k) || (!is_capitalised(self.word(k)) && past_verb(&self.lower(k)))
    }

    /// Whether the cue at `cue` is a second verb of a subject named before it (`... and
    /// said`, `, but also contended`): `and` or `but` before it, across at most two
    /// adverbs or auxiliaries.
    fn second_verb(&self, cue: Span) -> bool {
        let c = self.tokens.partition_point(|t| t.span().start < cue.start);
        let mut k = c;
        while k > 0 && c - k <= 2 {
            let w = self.lower(k - 1);
            if matches!(&*w, "and" | "but") {
                return true;
            }
            if !(FINITE.contains(&&*w) || SECOND_VERB_ADVERBS.contains(&&*w) || w == "again") {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Where a clause joined by `and` or `but` before the subject at `subject` begins
    /// (`..., but Ruiz said`): the offset before the conjunction and its comma.
    fn joined_clause(&self, subject: Span) -> Option<usize> {
        let mut k = self
            .tokens
            .partition_point(|t| t.span().start < subject.start);
        // Across a title or a first name the mention leaves out (`Mr Brown`).
        let first = k;
        while k > 0 && first - k < 3 && is_capitalised(self.word(k - 1)) {
            k -= 1;
        }
        if k < 2 || !matches!(&*self.lower(k - 1), "and" | "but") {
            return None;
        }
        // Not `And` opening a sentence: that sentence belongs to the one before.
        if self.is_final(k - 2) || self.is_mark(k - 2) {
            return None;
        }
        let j = if matches!(self.word(k - 2), "," | ";" | "-" | "--" | "–" | "—") {
            k - 2
        } else {
            k - 1
        };
        Some(self.tokens[j].span().start)
    }

    /// The subject before a relative clause that runs up to `j` (`The man who led the
    /// strike`, `Voters who backed him in 2016`): `who` within a few words before `j`,
    /// words only between, and a plausible subject before the pronoun. Not `which`,
    /// as often the object of the cue (`a charge which the administration denies`).
    fn before_relative_clause(&self, a: usize, j: usize) -> Option<Np> {
        let lo = j.saturating_sub(10).max(a + 1);
        let w = (lo..j.saturating_sub(1))
            .rev()
            .find(|&k| self.lower(k) == "who")?;
        // Verbs and their auxiliaries may fill the clause (`who was at the meeting`);
        // a conjunction or a second relative word ends it.
        let plain = (w + 1..j).all(|k| {
            let lw = self.lower(k);
            self.is_word(k)
                && self.quoted(k).is_none()
                && (!CLAUSE_WORDS.contains(&&*lw)
                    || PREPOSITIONS.contains(&&*lw)
                    || AUX.contains(&&*lw)
                    || matches!(&*lw, "not" | "to" | "also" | "been" | "be"))
        });
        if !plain || matches!(&*self.lower(j - 1), "and" | "but" | "or") {
            return None;
        }
        // `who` is the clause's subject: not `The people who Mr Forsyth labels`.
        let next = self.word(w + 1);
        let lnext = next.to_lowercase();
        if is_capitalised(next)
            || pronoun(&lnext).is_some()
            || DETERMINERS.contains(&&*lnext)
            || QUANTIFIERS.contains(&&*lnext)
        {
            return None;
        }
        let np = self.np_ending_at(a, w)?;
        (self.plausible_subject(np) && (np.start == a || self.is(np.start - 1, ","))).then_some(np)
    }

    /// Whether the relative clause opened at `w` (`, which the EU says ...`, `, who
    /// says ...`) reports something of its own within a few words, and is no aside
    /// inside what was reported: the clause is not closed by a comma before the
    /// reported clause's own verb (`said the man, who later left, claimed ...`).
    fn relative_report(&self, w: usize, stop: usize) -> bool {
        let Some(t) = (w + 1..(w + 5).min(stop)).find(|&t| {
            matches!(
                &*self.lower(t),
                "said" | "says" | "say" | "claimed" | "claims"
            )
        }) else {
            return false;
        };
        if (w + 1..t).any(|k| !self.is_word(k)) {
            return false;
        }
        let close =
            (t + 1..stop.min(t + 30)).find(|&k| self.is(k, ",") && self.quoted(k).is_none());
        !close.is_some_and(|k| {
            let next = self.lower(k + 1);
            self.is_finite(k + 1) || past_form(&next) || is_cue_word(&next)
        })
    }

    /// Whether the comma at `k` closes a relative clause set off after the phrase that
    /// opens the sentence at `a` (`The region, which relies on coal, says ...`): then
    /// that phrase speaks, not the words after the cue.
    fn closes_relative_aside(&self, a: usize, k: usize) -> bool {
        let lo = k.saturating_sub(40).max(a);
        let Some(open) = (lo..k)
            .rev()
            .find(|&t| self.is(t, ",") || self.is_mark(t) || self.is_final(t))
        else {
            return false;
        };
        self.is(open, ",")
            && matches!(&*self.lower(open + 1), "which" | "who")
            && self.np_ending_at(a, open).is_some_and(|np| np.start == a)
    }

    /// Whether `many of whom`, `some of which` starts at `k`.
    fn share_of_relative(&self, k: usize) -> bool {
        QUANTIFIERS.contains(&&*self.lower(k))
            && self.lower(k + 1) == "of"
            && matches!(&*self.lower(k + 2), "whom" | "which")
    }

    /// Whether the word at `k` joins another clause or a participle of saying to the one
    /// before (`and`, `but`, `as`, `adding`).
    fn clause_joins(&self, k: usize) -> bool {
        let w = self.lower(k);
        matches!(
            &*w,
            "and"
                | "but"
                | "as"
                | "while"
                | "when"
                | "although"
                | "though"
                | "because"
                | "after"
                | "before"
                | "so"
                | "yet"
        ) || matches!(&*w, "adding" | "saying" | "noting" | "insisting")
    }

    /// Whether the quotation that closes just before token `k` is a phrase quoted
    /// inside the sentence opened at `a`: it opens after the sentence's first word and
    /// ends on a word, not on a comma or a full stop (`instead of the “bonfire of
    /// quangos” New Labour had promised`, but not `“Prices will rise” said Ann Lee`).
    fn quoted_phrase_before(&self, a: usize, k: usize) -> bool {
        k >= 2
            && self.is_word(k - 2)
            && self
                .quoted(k - 1)
                .is_some_and(|q| token_range(self.tokens, self.quotations[q].outer).0 > a)
    }

    /// The end of the sentence's words: closing punctuation and marks left out.
    fn words_end(&self, a: usize, b: usize) -> usize {
        let mut e = b;
        while e > a
            && b - e < 8
            && (self.is_final(e - 1) || (self.is_mark(e - 1) && self.quoted(e - 1).is_none()))
        {
            e -= 1;
        }
        e
    }

    fn span_of(&self, a: usize, b: usize) -> Option<Span> {
        if a >= b || b > self.tokens.len() {
            return None;
        }
        Some(self.tokens[a].span().cover(self.tokens[b - 1].span()))
    }

    fn sentence(&self, a: usize, b: usize, headline: bool, out: &mut Vec<Quote>) {
        let a = if headline {
            a
        } else {
            self.past_dateline(a, b)
        };
        let mut i = a;
        let mut cues = Vec::new();
        // Where "that" follows a noun of saying or thinking ("the claim that").
        let mut noun_clauses = Vec::new();
        while i < b {
            if self.quoted(i).is_none() {
                if let Some(m) = cue_at(self.text, self.tokens, i, b, headline) {
                    cues.push((i, m));
                    i += m.len;
                    continue;
                }
                if i > a
                    && self.word(i).eq_ignore_ascii_case("that")
                    && REPORT_NOUNS.contains(&*self.lower(i - 1))
                {
                    noun_clauses.push(i);
                }
            }
            i += 1;
        }
        // "refused to discuss", "continues to insist": the infinitive reports, not the
        // verb that controls it; nor does a cue right before another.
        let controls: Vec<bool> = (0..cues.len())
            .map(|n| {
                let (c, m) = cues[n];
                cues.get(n + 1).is_some_and(|&(c2, m2)| {
                    let gap = c2 - (c + m.len);
                    // "the pilots we asked said": a cue right before a finite one ends
                    // the subject's relative clause and reports nothing.
                    // Only after a pronoun that is the relative clause's subject ("we
                    // asked", "I interviewed"): "Police said reported thefts fell" is a
                    // cue before an adjective.
                    let relative = gap == 0
                        && !m2.infinitive
                        && c > a
                        && matches!(&*self.lower(c - 1), "we" | "i" | "they" | "you")
                        && {
                            let w = self.lower(c2);
                            w.ends_with("ed") || matches!(&*w, "said" | "told" | "wrote")
                        };
                    relative
                        || m2.infinitive
                            && (gap == 1 || (gap == 2 && self.lower(c + m.len) == "not"))
                })
            })
            .collect();
        // "Police said reported thefts fell": a cue right after a finite verb of saying is
        // an adjective of what was said.
        let adjective: Vec<bool> = (0..cues.len())
            .map(|n| {
                let (c, _) = cues[n];
                n > 0 && {
                    let (p, pm) = cues[n - 1];
                    p + pm.len == c && matches!(&*self.lower(p), "said" | "says" | "told" | "tells")
                }
            })
            .collect();
        let mut n = 0;
        cues.retain(|_| {
            n += 1;
            !controls[n - 1] && !adjective[n - 1]
        });
        // A headline reports once ("Obama Says Museum Will Tell ..."): later cues are
        // words of what is reported.
        // "Citing ..., Trump accused": no later cue reaches back into the participle's
        // clause, and the participle is no cue of the main clause.
        let opening = self.participle_opening(a, b);
        if opening.is_some() {
            cues.retain(|&(c, _)| c != a);
        }
        if headline {
            cues.truncate(1);
        }
        let first_quote = out.len();
        let mut sentence_speaker: Option<Speaker> = None;
        let mut floor = opening.map_or(a, |(_, _, _, comma)| comma + 1);
        for (n, &(c, m)) in cues.iter().enumerate() {
            let next_cue = cues.get(n + 1).map(|&(c2, m2)| (c2, m2.class));
            let later_cue = cues.get(n + 2).map(|&(c3, m3)| (c3, m3.class));
            let quote = match m.class {
                CueClass::According => self.according(a, b, c, m),
                _ => self.verb(
                    (a, b),
                    c,
                    m,
                    Around {
                        next_cue,
                        later_cue,
                        sentence_speaker: sentence_speaker.as_ref(),
                        first: n == 0,
                        floor,
                    },
                ),
            };
            if let Some(q) = quote {
                if q.speaker.is_some() {
                    sentence_speaker = q.speaker.clone();
                }
                // A report of what came before its cue moves the floor past its cue and
                // speaker; a forward report does not (a later cue may report it whole).
                if q.cue.is_some_and(|c| q.content.start < c.start) {
                    let end = q
                        .cue
                        .map_or(0, |c| c.end)
                        .max(q.speaker.as_ref().map_or(0, |s| s.span.end));
                    floor = floor.max(self.tokens.partition_point(|t| t.span().start < end));
                }
                out.push(q);
            }
        }
        if let Some(q) = opening.and_then(|o| self.opening_report((a, b), o, &out[first_quote..])) {
            out.push(q);
        }
        for t in noun_clauses {
            let Some(q) = self.noun_clause(a, b, t) else {
                continue;
            };
            let taken = out[first_quote..]
                .iter()
                .any(|x| x.content.start < q.content.end && q.content.start < x.content.end);
            if !taken {
                out.push(q);
            }
        }
    }

    /// Past a dateline that opens the sentence at `a`: words in capitals, an agency in
    /// brackets and a dash (`WASHINGTON —`, `LONDON (Reuters) -`); else `a`.
    fn past_dateline(&self, a: usize, b: usize) -> usize {
        let mut k = a;
        let mut capitals = false;
        while k < b && k < a + 8 {
            let w = self.word(k);
            // A place (`LOS ANGELES`, `WASHINGTON, D.C.`) or a run-in heading in
            // capitals (`CONGRESS HAS INVESTIGATED HIM —`), not a short word (`EU - US
            // talks`, `OK - we will`); a headline is never read so (see `sentence`).
            if self.is_word(k)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
            {
                if !capitals && w.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                    return a;
                }
                capitals = true;
                k += 1;
            } else if capitals && matches!(w, "," | ".") {
                k += 1;
            } else if capitals && w == "(" {
                match (k + 1..(k + 5).min(b)).find(|&t| self.is(t, ")")) {
                    Some(close) => k = close + 1,
                    None => return a,
                }
            } else {
                break;
            }
        }
        let dash = |t: usize| matches!(self.word(t), "—" | "–" | "-" | "--" | "―");
        // Not a name with an aside between dashes: "EADS - Airbus' majority owner -
        // admitted ...".
        if capitals && k + 1 < b && dash(k) && !(k + 1..(k + 12).min(b)).any(dash) {
            k + 1
        } else {
            a
        }
    }

    /// "Citing an unfounded theory, Trump accused ...": a capitalised participle that
    /// opens the sentence at `a` reports what follows it up to the comma. Returns the
    /// cue, the reported tokens `[start, end)` and the comma (or the closing mark after
    /// it, `Bemoaning the “phony system,” Trump ...`). A participle before a phrase of
    /// place or manner reports nothing (`Speaking on condition of anonymity, ...`).
    fn participle_opening(&self, a: usize, b: usize) -> Option<(CueMatch, usize, usize, usize)> {
        let word = self.word(a);
        // `Speaking of noise, ...` names the topic, as a discourse marker.
        if !word.ends_with("ing") || !is_capitalised(word) || word == "Speaking" {
            return None;
        }
        let m = cue_at(self.text, self.tokens, a, b, true)?;
        if matches!(m.class, CueClass::According | CueClass::Naming) {
            return None;
        }
        let mut start = a + m.len;
        if self.lower(start) == "that" {
            start += 1;
        }
        let first = self.lower(start);
        if !(self.is_word(start) || self.is_mark(start))
            || PREPOSITIONS.contains(&&*first)
            || first == "as"
        {
            return None;
        }
        let reach = b.min(start + 40);
        let (end, comma) = (start + 1..reach).find_map(|k| {
            if !self.is(k, ",") {
                None
            } else if self.quoted(k).is_none() {
                Some((k, k))
            } else if self.is_mark(k + 1) && self.quoted(k + 2).is_none() {
                Some((k + 2, k + 1))
            } else {
                None
            }
        })?;
        // The main clause opens with its subject: not `..., and to build ...` after a
        // gerund subject.
        if matches!(&*self.lower(comma + 1), "and" | "or" | "but" | "to" | "nor") {
            return None;
        }
        // A verb of thinking or one that also takes plain objects reports a clause, not
        // `Realising his error`, `Writing his Christmas message`.
        let clause = self.lower(a + m.len) == "that" || (start..end).any(|k| self.is_finite(k));
        if m.class != CueClass::Speech && !clause {
            return None;
        }
        Some((m, start, end, comma))
    }

    /// The report of a participle that opens the sentence (see
    /// [`Doc::participle_opening`]), for the subject of the main clause after `comma`:
    /// the speaker of a quote of this sentence (`quotes`) whose speaker opens that
    /// clause, or else the subject of the clause's first verb.
    fn opening_report(
        &self,
        (a, b): (usize, usize),
        (m, start, end, comma): (CueMatch, usize, usize, usize),
        quotes: &[Quote],
    ) -> Option<Quote> {
        let clause = self.tokens.get(comma + 1)?.span().start;
        let near = self
            .tokens
            .get((comma + 5).min(b.saturating_sub(1)))?
            .span()
            .end;
        let speaker = match quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref())
            .find(|s| clause <= s.span.start && s.span.start < near)
        {
            Some(s) => s.clone(),
            None => {
                let (_, np) = self.first_verb_subject(comma, comma + 1, b.min(comma + 10))?;
                if np.start != comma + 1 {
                    return None;
                }
                self.resolve(np)?
            }
        };
        let content = self.span_of(start, end)?;
        let cue = self.span_of(a, a + m.len)?;
        Some(self.quote(content, Some(cue), Some(speaker), m.class))
    }

    /// "Trump's claim that ...", "growing concerns that ...": the clause after a noun of
    /// saying or thinking (`lexicons/report_nouns.txt`) at `t - 1`, `t` being "that",
    /// reported for whoever the noun belongs to (`Trump's`, `a Times report`), if the
    /// clause has a subject and a finite verb of its own within a few words.
    fn noun_clause(&self, a: usize, b: usize, t: usize) -> Option<Quote> {
        let end = self.words_end(a, b);
        let w = self.word(t + 1);
        let lw = w.to_lowercase();
        let subject = is_capitalised(w)
            || pronoun(&lw).is_some()
            || DETERMINERS.contains(&&*lw)
            || matches!(&*lw, "a" | "an" | "there" | "some" | "many" | "most" | "no")
            || self
                .tokens
                .get(t + 1)
                .is_some_and(|tok| tok.kind() == TokenKind::Number);
        let finite = (t + 2..(t + 8).min(end)).find(|&k| self.is_finite(k));
        let finite = finite.filter(|&f| (t + 1..f).all(|k| self.is_word(k) || self.is_mark(k)));
        if !subject || finite.is_none() {
            return None;
        }
        let stop = self.report_end(t + 1, end.min(t + 1 + MAX_CONTENT), false);
        let content = self.extend(self.span_of(t, stop)?);
        let cue = self.span_of(t - 1, t)?;
        // Whose claim: a possessive just before the noun, past a few adjectives, or a
        // name that modifies it ("a New York Times report").
        let mut k = t - 1;
        let mut owned = true;
        while k > a && k + 4 > t && self.is_word(k - 1) && !is_capitalised(self.word(k - 1)) {
            let lw = self.lower(k - 1);
            if matches!(&*lw, "his" | "her" | "their" | "its" | "our" | "my") {
                break;
            }
            if determiner(&lw) {
                break;
            }
            // "Tulsa police’s earlier claim": the owner's possessive.
            if lw.ends_with("'s") || lw.ends_with("’s") {
                break;
            }
            // "rose on speculation that", "rejected speculation that": a noun the
            // sentence reacts to belongs to someone else.
            // "Trump’s disputed claim": after a possessive, it is an adjective.
            let after_owner = k >= 2 && {
                let o = self.lower(k - 2);
                o.ends_with("'s")
                    || o.ends_with("’s")
                    || matches!(&*o, "his" | "her" | "their" | "its" | "our" | "my")
            };
            if matches!(&*lw, "on" | "amid" | "despite" | "over")
                || (!after_owner && DENYING.iter().any(|d| lw.starts_with(d)))
            {
                owned = false;
                break;
            }
            k -= 1;
        }
        let speaker = if k > a && owned {
            let owner = self.word(k - 1);
            let lower = owner.to_lowercase();
            if owner.ends_with("'s") || owner.ends_with("’s") || owner.ends_with("s'") {
                // "Tulsa police’s claim", "Mr. Trump's claim", "the company's claim": the
                // possessive with the capitalised words and the determiner before it,
                // never the verb that governs it ("contradicting Tulsa police’s claim").
                let mut s = k - 1;
                while s > a
                    && (is_capitalised(self.word(s - 1)) && self.is_word(s - 1)
                        || self.abbreviation_dot(s - 1))
                {
                    s -= 1;
                }
                if s > a
                    && (DETERMINERS.contains(&&*self.lower(s - 1))
                        || matches!(&*self.lower(s - 1), "a" | "an"))
                {
                    s -= 1;
                }
                // The owner is named without the possessive ending.
                self.resolve(Np { start: s, end: k }).map(|mut sp| {
                    for ending in ["'s", "’s", "'"] {
                        if let Some(bare) = sp.name.strip_suffix(ending) {
                            sp.name = bare.to_string();
                            break;
                        }
                    }
                    sp
                })
            } else if matches!(&*lower, "his" | "her" | "their" | "its") {
                self.resolve(Np {
                    start: k - 1,
                    end: k,
                })
            } else if is_capitalised(owner)
                // "The report that": a sentence's first determiner owns nothing.
                && !DETERMINERS.contains(&&*lower)
                && !matches!(&*lower, "a" | "an")
            {
                let mut s = k - 1;
                while s > a && is_capitalised(self.word(s - 1)) {
                    s -= 1;
                }
                self.resolve(Np { start: s, end: k })
            } else {
                None
            }
        } else {
            None
        };
        Some(Quote {
            segments: Vec::new(),
            nested: Vec::new(),
            kind: QuoteKind::Indirect,
            span: content.cover(cue),
            content,
            cue: Some(cue),
            speaker: speaker.filter(|s| !self.names_nobody(s)),
            confidence: 0.4,
        })
    }

    /// Whether a speaker is a conjunction or a sentence adverb alone ("But there has
    /// been speculation that ...", "Already, ... say"): it names nobody.
    fn names_nobody(&self, s: &Speaker) -> bool {
        let w = s.span.text(self.text).to_lowercase();
        matches!(
            &*w,
            "but" | "and" | "so" | "yet" | "or" | "then" | "there" | "elsewhere"
        ) || SENTENCE_ADVERBS.contains(&w.as_str())
    }

    fn verb(
        &self,
        (a, b): (usize, usize),
        c: usize,
        m: CueMatch,
        around: Around<'_>,
    ) -> Option<Quote> {
        let Around {
            next_cue,
            later_cue,
            sentence_speaker,
            first,
            floor,
        } = around;
        // Backwards, a cue reports no further than the report before it in the sentence
        // ("“A,” said X, “B,” said Y": B alone is Y's).
        // "9:32 a.m.: “...,” Hollis said": a live blog's time stamp is no part of what
        // was said.
        let a_text = self.past_time_stamp(a, c);
        let back_from = |x: usize| self.back_from(a_text.max(floor.min(x)), x);
        let cue_end = c + m.len;
        let cue_span = self.span_of(c, cue_end)?;
        if let Some(quote) = self.raised_passive((a, b), c, m) {
            return Some(quote);
        }
        // "defend his 200m title", "defending the Labour stronghold": a contest, not a
        // report.
        if self.lower(c).starts_with("defend")
            && (cue_end..(cue_end + 7).min(b))
                .take_while(|&k| self.is_word(k) || self.is_number(k))
                .any(|k| {
                    matches!(
                        &*self.lower(k),
                        "title" | "titles" | "crown" | "championship" | "seat" | "stronghold"
                    )
                })
        {
            return None;
        }
        // "In a Facebook message posted Friday, Cruz said": a participle inside an
        // opening phrase of place or means describes its noun and reports nothing.
        // Only after a noun, and with another cue after the comma: "On Tuesday Trump
        // tweeted, “...”" still reports.
        let opening_phrase = c > a + 1
            && c <= a + 10
            && self.word(c).ends_with("ed")
            && !is_capitalised(self.word(c - 1))
            && matches!(
                &*self.lower(a),
                "in" | "on" | "at" | "with" | "from" | "during" | "under" | "through" | "via"
            )
            && (cue_end..(cue_end + 4).min(b)).any(|k| self.is(k, ","))
            && next_cue.is_some_and(|(n, _)| (cue_end..n).any(|k| self.is(k, ",")))
            && (a..c).all(|k| self.is_word(k) && self.quoted(k).is_none());
        if opening_phrase {
            return None;
        }
        // "decided not to recommend", "appeared to suggest", "went on to say": after a
        // verb whose subject is its own, an infinitive reports for that subject.
        let control_subject = if m.infinitive {
            let mut g = c.checked_sub(2)?;
            if self.lower(g) == "not" {
                g = g.checked_sub(1)?;
            }
            // "took to Twitter overnight to accuse", "went on television to warn": an
            // infinitive of purpose after a verb of going or using has its subject.
            // Not in the passive ("could be used by China to threaten"), and "take" only
            // as "took to" ("It took a tackle to deny him" is no report).
            let purpose = (c.saturating_sub(7).max(a)..c - 1).rev().find(|&k| {
                let verb = match &*self.lower(k) {
                    "took" | "takes" => self.lower(k + 1) == "to",
                    "went" | "goes" | "turned" | "turns" | "used" | "uses" | "held" | "holds"
                    | "appeared" | "appears" => true,
                    _ => false,
                };
                verb && !self.be_before(a, k) && (k + 1..c - 1).all(|t| self.is_word(t))
            });
            if let Some(v) = purpose.filter(|_| g < a || !CONTROL.contains(&*self.lower(g))) {
                self.subject_before(a, v)
                    .and_then(|(np, _)| self.resolve(np))
            } else if g < a || !CONTROL.contains(&*self.lower(g)) {
                // "forced Stumpf to admit that ...": any other infinitive reports only a
                // clause opened by "that", for the person named nearest before it.
                if self.lower(cue_end) != "that" {
                    return None;
                }
                self.nearest_person(a, c)
            } else {
                let mut v = g;
                // "went on to say", "has yet to explain": the verb before the particle.
                if matches!(&*self.lower(g), "on" | "yet") && g > a {
                    v = g - 1;
                }
                self.subject_before(a, v)
                    .and_then(|(np, _)| self.resolve(np))
            }
        } else {
            None
        };
        // "“Prices will rise,” Reuters quoted one trader as saying.", "“...,” he is quoted
        // as saying by the Herald.": the quotation before the clause is what was said,
        // by the one quoted.
        if let Some(v) = self.quoted_as(c) {
            let tail = cue_end >= self.words_end(a, b) || self.lower(cue_end) == "by";
            let opening = self.quoted(a).map(|q| self.quotations[q].outer);
            if let Some(content) = opening.filter(|_| tail) {
                let (_, z) = token_range(self.tokens, content);
                let first = z + usize::from(self.is(z, ","));
                let np = if v + 2 < c {
                    Some(Np {
                        start: v + 1,
                        end: c - 1,
                    })
                } else {
                    self.subject_before(first, v).map(|(np, _)| np)
                };
                let speaker = np.and_then(|np| self.resolve(np));
                return Some(self.quote(content, Some(cue_span), speaker, m.class));
            }
        }
        // "Critics are worried that ...": a participle that has become an adjective of
        // feeling is no passive, and its subject holds the belief. "Concerned" and
        // "convinced" are cues only so ("the losses convinced GM to leave" is not), and
        // not in "as far as Robinson is concerned".
        let lower_cue = self.lower(c);
        // "who asked not to be named": a source's wish to stay unnamed reports nothing.
        if matches!(&*lower_cue, "asked" | "asking")
            && (cue_end..cue_end + 3)
                .map(|k| self.lower(k))
                .eq(["not", "to", "be"].map(Cow::Borrowed))
            && matches!(&*self.lower(cue_end + 3), "named" | "identified" | "quoted")
        {
            return None;
        }
        let feeling = FEELINGS.contains(&&*lower_cue);
        if matches!(&*lower_cue, "concerned" | "convinced") {
            // "came away convinced", "remains concerned": a verb of being or becoming.
            let linked = c > a
                && matches!(
                    &*self.lower(c - 1),
                    "remain"
                        | "remains"
                        | "remained"
                        | "seem"
                        | "seems"
                        | "seemed"
                        | "appear"
                        | "appears"
                        | "appeared"
                        | "feel"
                        | "feels"
                        | "felt"
                        | "away"
                        | "became"
                        | "become"
                        | "becomes"
                        | "grew"
                        | "stayed"
                );
            // "if he can be convinced that": a modal passive is persuasion, not belief.
            let persuaded = c > a + 1
                && self.lower(c - 1) == "be"
                && (AUX.contains(&&*self.lower(c - 2)) || self.lower(c - 2) == "to");
            let far = (c.saturating_sub(6).max(a + 1)..c).any(|k| {
                self.lower(k) == "far" && self.lower(k - 1) == "as" && self.lower(k + 1) == "as"
            });
            if !(self.be_before(a, c) || linked) || persuaded || far {
                return None;
            }
        }
        if !feeling {
            if let Some(q) = self.passive(a, b, c, cue_end, cue_span, m.class) {
                return q;
            }
        }
        // "Mr. Quiros was accused of ...", "He has been harshly criticized for ...": in
        // the passive without "by", the subject is the one spoken of or to, and no
        // speaker is named.
        // ", said to be worth £2m,": a participle after a comma before its infinitive is
        // a passive too.
        let reduced = c > a
            && self.is(c - 1, ",")
            && matches!(&*lower_cue, "said" | "believed" | "thought" | "reported")
            && self.lower(cue_end) == "to"
            && matches!(&*self.lower(cue_end + 1), "be" | "have");
        let agentless =
            !self.word(c).ends_with("ing") && !feeling && (reduced || self.be_before(a, c));
        // The speaker: after the cue when a comma or a quotation comes just before it
        // ("..., said the minister."), else before it.
        let mut inverted = None;
        // "..., Ann Lee told The Gazette": after a verb of telling comes the one told,
        // never the speaker.
        let telling_verb = TELLING.contains(&&*lower_cue) && !lower_cue.starts_with("warn");
        // "The phone, dubbed a leisure gadget, ...": a verb of naming is never inverted,
        // nor a participle ("..., suggesting the debate erased ...").
        if c > a
            && (self.is(c - 1, ",") || self.is_mark(c - 1))
            && !telling_verb
            && !self.closes_relative_aside(a, c - 1)
            && m.class != CueClass::Naming
            && !lower_cue.ends_with("ing")
        {
            inverted = self.subject_after(cue_end, b).filter(|&np| {
                // "Sarah Collins, a nurse, said Mark Dyer, a builder, had kicked the
                // door": after a person named before the cue, a name whose apposition a
                // verb follows is the subject of what was said ("The problem, said Ann
                // Lee, an analyst, is cost" still inverts).
                // ", said he would appeal": a subject pronoun before a verb opens what
                // was said.
                if np.end == np.start + 1
                    && matches!(
                        &*self.lower(np.start),
                        "he" | "she" | "they" | "we" | "i" | "it"
                    )
                    && np.end < b
                    && (self.is_finite(np.end) || {
                        let w = self.lower(np.end);
                        past_verb(&w)
                    })
                {
                    return false;
                }
                let person_before = || {
                    self.subject_before(a, c).is_some_and(|(before, s)| {
                        (before.end + 1 < c || s < before.start) && self.holds_person(before)
                    })
                };
                // "Ann Lee, 40, said Tom Hale denied the charge", "said police arrested
                // Tom Hale": a verb in the phrase after the cue makes it what was said.
                let verb_after_name = (np.start + 1..=np.end.min(b.saturating_sub(1)))
                    .any(|t| self.verb_form(t) || matches!(&*self.lower(t), "never" | "not"));
                if verb_after_name && person_before() {
                    return false;
                }
                if np.end < b && self.is(np.end, ",") && person_before() {
                    let close = (np.end + 1..(np.end + 9).min(b)).find(|&k| self.is(k, ","));
                    if let Some(k) = close.filter(|&k| k + 1 < b) {
                        let w = self.lower(k + 1);
                        if self.is_finite(k + 1)
                            || (!is_capitalised(self.word(k + 1)) && (past_verb(&w)))
                        {
                            return false;
                        }
                    }
                }
                // "..., said a senior official who spoke ...": a relative clause after
                // the speaker only with a verb that inverts ("pointed to the people who
                // marched" names no speaker).
                if np.end < b
                    && matches!(&*self.lower(np.end), "who" | "whose")
                    && !matches!(
                        &*lower_cue,
                        "said"
                            | "says"
                            | "say"
                            | "added"
                            | "adds"
                            | "wrote"
                            | "writes"
                            | "asked"
                            | "explained"
                            | "argued"
                            | "insisted"
                    )
                {
                    return false;
                }
                // "The plaintiff, the University of Leeds, announced the news": an
                // apposition closes at the comma, and "the news" is no speaker.
                self.speaker_like(np)
                    || !self.subject_before(a, c).is_some_and(|(before, _)| {
                        // The last few words only: a long sentence must not be read
                        // back to its start from each cue.
                        self.speaker_like(before)
                            && !self.unknown_opening_word(before)
                            && !(c.saturating_sub(40).max(a)..c - 1).any(|k| {
                                self.is_finite(k)
                                    || self.quoted(k).is_some()
                                    || past_form(&self.lower(k))
                            })
                    })
            });
        }
        // ", citing ...", ", warning that ...": a participle after a comma has the
        // clause's subject, not the phrase just before the comma.
        // "before asking her", "while insisting that": the same holds after a
        // subordinator.
        // ", perhaps recognizing": an adverb may come between.
        let comma_before = c > a && self.is(c - 1, ",")
            || (c > a + 2
                && self.is(c - 2, ",")
                && (adverb_ly(&self.lower(c - 1))
                    || matches!(
                        &*self.lower(c - 1),
                        "perhaps"
                            | "also"
                            | "even"
                            | "still"
                            | "again"
                            | "often"
                            | "then"
                            | "first"
                            | "later"
                    )));
        // "took to Twitter to accuse": an infinitive has the clause's subject too.
        // "Having said that, ...": a perfect participle.
        let participle_clause = m.infinitive
            || (c > a && self.lower(c - 1) == "having")
            || c > a + 1
                && (comma_before || self.leads_participle(c - 1))
                && is_participle(self.text, self.tokens, c);
        let before = if inverted.is_none() && !participle_clause {
            self.subject_before(a, c).map(|(np, start)| {
                // "the Security Council issued a statement saying": the participle
                // reports for the subject of the verb before its object.
                if !lower_cue.ends_with("ing") {
                    return (np, start);
                }
                let verb = (np.start + 1..np.end.saturating_sub(1)).find(|&k| {
                    let w = self.lower(k);
                    let before = self.lower(k - 1);
                    w.len() > 4
                        && w.ends_with("ed")
                        && !is_capitalised(self.word(k))
                        && !DETERMINERS.contains(&&*before)
                        && !matches!(&*before, "a" | "an")
                        && !(before.ends_with("ly")
                            && k >= np.start + 2
                            && matches!(&*self.lower(k - 2), "a" | "an" | "the"))
                        && !PREPOSITIONS.contains(&&*before)
                });
                let Some(mut v) = verb else {
                    return (np, start);
                };
                // "The board recently issued": the adverb before the verb is no part of
                // the subject, nor one that opens the sentence ("Recently it issued").
                while v > np.start + 1 && self.lower(v - 1).ends_with("ly") {
                    v -= 1;
                }
                let s = self.past_lead(np.start, v - 1);
                (Np { start: s, end: v }, start)
            })
        } else {
            None
        };
        // A cue whose speaker cannot be found still reports a clause opened by "that".
        let mut orphan = false;
        let (group_start, group_end, speaker) = match (inverted, before) {
            (Some(np), _) => (c, np.end, self.resolve(np)),
            (None, Some((_, start))) if agentless => (start, cue_end, None),
            (None, Some((np, start))) => (start, cue_end, self.resolve(np)),
            (None, None) => {
                // A participle going on from the clause ("..., adding that", "quoted
                // her as saying").
                let joins = c > a
                    && (self.is(c - 1, ",") || comma_before || {
                        let w = self.lower(c - 1);
                        w == "and"
                            || self.leads_participle(c - 1)
                            || (self.quoted_as(c).is_some()
                                && self.is_word(cue_end)
                                && self.lower(cue_end) != "by")
                    });
                // A second verb of the same subject ("He claimed vast wealth and said",
                // "and has also vowed").
                let j = self.before_auxiliaries(a, c, |_| true);
                let coordinated = j > a + 2 && matches!(&*self.lower(j - 1), "and" | "but");
                orphan = !(coordinated
                    || m.infinitive
                    || joins && is_participle(self.text, self.tokens, c));
                let speaker = if m.infinitive {
                    control_subject.or_else(|| sentence_speaker.cloned())
                } else if orphan {
                    // The subject that opens the sentence, else the person named
                    // nearest before the cue in it.
                    self.sentence_subject(a, c)
                        .or_else(|| self.nearest_person(a, c))
                } else if coordinated
                    && self.is(c - 2, ",")
                    && is_cue_word(&self.lower(c - 3))
                    && sentence_speaker.is_some()
                    // Not "and added capacity would follow": a participle before a noun.
                    && !self.is_finite(c + 1)
                    && !self.is_finite(c + 2)
                {
                    // "The market is improving, Eurotunnel said, but warned that": the
                    // second verb of the report just made.
                    sentence_speaker.cloned()
                } else if coordinated {
                    self.clause_subject(a, c)
                        .or_else(|| self.sentence_subject(a, c))
                        .or_else(|| sentence_speaker.cloned())
                } else if participle_clause {
                    // "..., but Ann Lee, speaking of the plan, said": the person the
                    // participle is set off after.
                    let named_before =
                        c >= 2 && self.is(c - 1, ",") && self.subject_person_before(a, c - 1);
                    named_before
                        .then(|| self.nearest_person(a, c))
                        .flatten()
                        .or_else(|| sentence_speaker.cloned())
                        .or_else(|| self.sentence_subject(a, c))
                        .or_else(|| self.nearest_person(a, c))
                } else {
                    sentence_speaker
                        .cloned()
                        .or_else(|| self.nearest_person(a, c))
                        .or_else(|| self.sentence_subject(a, c))
                };
                (c, cue_end, speaker)
            }
        };
        // "she told Harvey.", "he told reporters on Monday that": the one told is no
        // part of what was said.
        let mut group_end = group_end;
        if inverted.is_none()
            && (TELLING.contains(&&*lower_cue) || matches!(&*lower_cue, "asked" | "asks" | "urged"))
        {
            // "told BBC Radio 4's Today programme", "told the BBC News website": a
            // medium's name, its number and the noun that says what it is.
            let mut k = group_end;
            while k < b && k < group_end + 10 && self.is_word(k) && {
                let w = self.lower(k);
                is_capitalised(self.word(k))
                    // Not one that opens the clause (`told the inquiry police had
                    // failed`).
                    || (OBJECTS.contains(&&*w) && !(k > group_end && self.is_finite(k + 1)))
                    || MEDIA_NOUNS.contains(&&*w)
                    || (k == group_end && matches!(&*w, "the" | "a"))
                    || (k > group_end && self.is_number(k))
                    // "a committee of MPs", "the trial of Ann Lee": a listener's name.
                    || (k > group_end
                        && w == "of"
                        && OBJECTS.contains(&&*self.lower(k - 1))
                        && is_capitalised(self.word(k + 1)))
                    // "the New Media and Broadcasting Conference", "Breakfast with
                    // Frost": small words inside a name.
                    || (k > group_end
                        && matches!(&*w, "and" | "of" | "for" | "&" | "with")
                        && is_capitalised(self.word(k - 1))
                        && is_capitalised(self.word(k + 1))
                        // `with` only inside a programme's name (not `told Jane Hale
                        // with Tom Kerr present`).
                        && (w != "with"
                            || (k + 2..(k + 5).min(b))
                                .any(|t| MEDIA_NOUNS.contains(&&*self.lower(t)))))
            } {
                k += 1;
                // "the Parliamentary Labour Party (PLP)": a short form in brackets.
                if self.is(k, "(")
                    && is_capitalised(self.word(k + 1))
                    && self.is(k + 2, ")")
                    && k + 3 <= b
                {
                    k += 3;
                }
            }
            // A capitalised run that is no object, or a bare "the": nothing to take.
            // So does a listener ("told the audience the MEP had been covered").
            let told_medium = k > group_end
                && ((group_end..k).any(|t| {
                    let w = self.lower(t);
                    k > group_end + 1
                        && (MEDIA_NOUNS.contains(&&*w) || (OBJECTS.contains(&&*w) && w.len() > 4))
                }) || self.medium_in(group_end, k));
            if k > group_end
                && (k >= self.words_end(a, b)
                    || matches!(self.word(k), "," | ":")
                    || self.lower(k) == "that"
                    || opens_adverbial(&self.lower(k))
                    // "told the BBC News website the ferry was late": a clause begins.
                    || (told_medium
                        && (pronoun(&self.lower(k)).is_some()
                            || DETERMINERS.contains(&&*self.lower(k))))
                    // "told the BBC progress had been made", "told reporters prices were
                    // rising": a noun and its verb, after a listener of more than `the`
                    // (not `warned the move would`, `told the nation he was`).
                    || (matches!(&*lower_cue, "told" | "tells" | "tell" | "telling")
                        && self.is_word(k)
                        && !is_capitalised(self.word(k))
                        && !self.is_finite(k)
                        && !AUX.contains(&&*self.lower(k))
                        && !matches!(&*self.lower(k), "cannot" | "can't" | "can’t")
                        && (self.is_finite(k + 1)
                            || self.is_finite(k + 2)
                            || (self.is_word(k + 1) && past_form(&self.lower(k + 2))))
                        && (group_end..k).any(|t| {
                            !matches!(&*self.lower(t), "the" | "a" | "an")
                                && !POSSESSIVES.contains(&&*self.lower(t))
                        })
                        && !self.demonym_at(group_end))
                    // "told reporters there was support": `there` and its verb.
                    || (self.lower(k) == "there" && self.is_finite(k + 1))
                    // "told reporters he hoped", "told the Times she would": a subject
                    // pronoun opens the clause after any object.
                    || matches!(
                        &*self.lower(k),
                        "he" | "she" | "they" | "we" | "i" | "it" | "you"
                    ))
                // "urged North Korea to resume talks": the one urged belongs to the request.
                && (self.lower(k) != "to" || is_capitalised(self.word(k + 1)))
            {
                group_end = k;
            }
        }
        let mut after = self.skip_adverbials(group_end, b);
        // "..., said Mr. Burman (a view echoed by ...).": an aside in brackets after the
        // attribution is passed over.
        if self.is(after, "(") {
            if let Some(close) = (after + 1..(after + 40).min(b)).find(|&k| self.is(k, ")")) {
                after = self.skip_adverbials(close + 1, b);
            }
        }
        let end = self.words_end(a, b);
        let pre_break = group_start > a && self.is_break(group_start - 1);
        // A closing mark of a quotation, not an apostrophe ("the Court of Appeals’ Board").
        let pre_mark = group_start > a
            && self.is_mark(group_start - 1)
            && self.quoted(group_start - 1).is_some();
        let at_end = after >= end;
        let then_comma = after < end && self.is(after, ",");
        let resumes = self.is_mark(after + 1)
            || (matches!(&*self.lower(after + 1), "but" | "and") && self.is_mark(after + 2));
        // A quotation just before the attribution is what it reports ("“...,” Mr. Obama
        // said on Saturday night at the gala in Washington, where ...").
        // "..., said Mr. Pell, a senior adviser at the museum.": an apposition after the
        // speaker is no part of what was said.
        // "The plan, says Dr Paniccia, is too costly": what follows the comma goes on
        // with the clause the attribution interrupts (a verb comes before any comma or
        // relative word), so it is no apposition.
        // Not a clause joined after it (`, said Mr Armes, but he said ...`).
        let goes_on = then_comma
            && pre_break
            && !matches!(
                &*self.lower(after + 1),
                "but" | "and" | "though" | "although" | "while" | "yet" | "so"
            )
            && (after + 1..(after + 8).min(end))
                .take_while(|&k| {
                    self.is_word(k)
                        && !matches!(&*self.lower(k), "who" | "which" | "whose" | "that")
                })
                // A regular past only first (`Sales, he said, rose`): `a builder based in
                // Leeds` is an apposition; `the blogging world found out` is a clause.
                .any(|k| {
                    self.is_finite(k)
                        || (k == after + 1 && self.verb_form(k))
                        || IRREGULAR_PAST.contains(&&*self.lower(k))
                });
        let apposition = inverted.is_some() && then_comma && !pre_mark && !resumes && !goes_on;
        // "..., said a senior official who spoke on condition of anonymity.": a relative
        // clause about the speaker is no part of what was said either.
        let relative_tail =
            inverted.is_some() && after < end && matches!(&*self.lower(after), "who" | "whose");
        // "In an interview on “Face the Nation,” Ryan said ...", "Like Mr. Obama, I
        // believe ...": a phrase of place, time or comparison before the speaker is no
        // part of what was said.
        let adverbial_lead = group_start > a
            && !at_end
            && !self.is_mark(a)
            && (PREPOSITIONS.contains(&&*self.lower(a))
                || matches!(
                    &*self.lower(a),
                    "despite" | "unlike" | "as" | "since" | "following"
                ));
        // "..., as police have said.": the clause before "as" is what was said. Its comma
        // may stand inside a closing mark: `a "lawful source of income," as the memo put
        // it`.
        let comma_in_mark = group_start > a + 3
            && self.is_mark(group_start - 2)
            && self.quoted(group_start - 2).is_some()
            && self.is(group_start - 3, ",");
        let as_clause = at_end
            && inverted.is_none()
            && group_start > a + 2
            && self.lower(group_start - 1) == "as"
            && (self.is(group_start - 2, ",") || comma_in_mark);
        if as_clause && !orphan {
            let content_end = if comma_in_mark {
                group_start - 1
            } else {
                group_start - 2
            };
            let content = self.extend(self.span_of(back_from(group_start), content_end)?);
            return Some(self.quote(content, Some(cue_span), speaker, m.class));
        }
        // "Clinton, who has not been charged with any crime": a passive without its agent
        // reports nothing before it.
        let passive_behind = agentless && group_start > a;
        // "Like President Obama, I believe in ...", "Nonetheless, I write": a phrase of
        // comparison or a sentence adverb alone before the speaker, with no verb, is
        // nothing that was said, even when adverbials fill the rest of the sentence.
        let lead_only = group_start > a + 1
            && group_start <= a + 6
            && self.is(group_start - 1, ",")
            && (matches!(&*self.lower(a), "like" | "unlike" | "despite")
                || SENTENCE_ADVERBS.contains(&&*self.lower(a)))
            && (a..group_start - 1).all(|t| {
                let w = self.lower(t);
                self.is_word(t) && !self.is_finite(t) && !past_form(&w)
            });
        // "..., he said, although he could not predict a figure": a clause of contrast
        // after the attribution's comma is the reporter's, not what was said.
        let circumstance_after = then_comma
            && matches!(
                &*self.lower(after + 1),
                "although" | "though" | "while" | "whereas" | "despite"
            );
        // Nothing to report back to when an earlier report ends at the subject ("Citing
        // X, Trump accused ...").
        let backward = !(orphan || adverbial_lead || passive_behind || lead_only)
            && (at_end
                || apposition
                || relative_tail
                || circumstance_after
                // Not after a phrase quoted inside the sentence when the cue goes on
                // (`the “positive campaign” the party hoped to stage`), only when the
                // attribution ends or a comma, a conjunction or a participle follows it
                // (`2004 was a “stellar year” said Ann Lee, director of ...`, `... “a
                // disgrace” she said adding that ...`).
                || (pre_mark
                    && !resumes
                    && (then_comma
                        || !self.quoted_phrase_before(a, group_start)
                        || self.clause_joins(after))))
            && (pre_break || group_start == a)
            && (group_start == a || floor < group_start);
        if backward {
            let content = if group_start == a {
                // `"We will fight." Bennett has not commented.`: a cue denied reports no
                // quotation.
                let denied = (c.saturating_sub(2)..c).any(|k| {
                    let w = self.lower(k);
                    matches!(&*w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t")
                });
                if denied {
                    return None;
                }
                self.quotation_before(group_start)?
            } else {
                let mut e = group_start;
                while e > a && matches!(self.word(e - 1), "," | "—" | "–" | "-" | "--" | ":") {
                    e -= 1;
                }
                self.extend(self.span_of(back_from(e), e)?)
            };
            return Some(self.quote(content, Some(cue_span), speaker, m.class));
        }
        // "“...,” he said, but “...”": a quotation that goes on after the attribution.
        // "Asked about X, O'Neill said, “...”": what follows is what was said.
        // "The market is improving, Eurotunnel said, but warned that ...": a second verb
        // of the speaker after the comma; what was said ends before the attribution.
        let second_verb_after = then_comma && !resumes && {
            let mut k = after + 1;
            if matches!(&*self.lower(k), "but" | "and") {
                k += 1;
                while k < end
                    && k < after + 5
                    && matches!(&*self.lower(k), "also" | "then" | "later")
                {
                    k += 1;
                }
                let w = self.lower(k);
                // Not `and planned spending would double`: a participle before a noun.
                k > after + 1
                    && (is_cue_word(&w) || past_form(&w))
                    && !self.is_finite(k + 1)
                    && !self.is_finite(k + 2)
            } else {
                false
            }
        };
        if second_verb_after && group_start > a && pre_break && !orphan {
            let mut e = group_start;
            while e > a && matches!(self.word(e - 1), "," | "—" | "–" | "-" | "--" | ":") {
                e -= 1;
            }
            let content = self.extend(self.span_of(back_from(e), e)?);
            return Some(self.quote(content, Some(cue_span), speaker, m.class));
        }
        if then_comma && pre_break && pre_mark == resumes && !orphan {
            // Set off by commas: "X, the minister believes, Y", "“X,” she wrote, “Y.”";
            // when a quotation resumes, what was said ends with it.
            let resumed_end = resumes
                .then(|| {
                    let k = (after + 1..(after + 3).min(end)).find(|&k| self.is_mark(k))?;
                    let q = self.quoted(k)?;
                    Some(token_range(self.tokens, self.quotations[q].outer).1)
                })
                .flatten();
            let stop = resumed_end
                .unwrap_or(end)
                .min(cue_end + MAX_CONTENT)
                .min(end);
            let content = self.extend(self.span_of(back_from(c), stop)?);
            return Some(self.quote(content, Some(cue_span), speaker, m.class));
        }
        if inverted.is_some() || after >= end {
            return None;
        }
        // A fronted as-clause reports the main clause after its comma, for the clause's
        // subject ("As Ms. Simonyan put it in a statement in July, RT is ...") or for the
        // source after "by" or "in" ("As reported by the Gazette, ...", "As stated in
        // Davis' commentary, ..."); "As expected," reports nothing.
        let passive_as = c == a + 1 && cue_end < end && m.class != CueClass::Belief;
        if self.lower(a) == "as" && (passive_as || (group_start == a + 1 && !orphan)) {
            let comma = (cue_end..end.min(cue_end + 20)).find(|&k| self.is(k, ","))?;
            let source = if passive_as {
                matches!(&*self.lower(cue_end), "in" | "by")
                    .then(|| self.np_ending_at(cue_end + 1, comma))
                    .flatten()
                    .and_then(|np| self.resolve(np))
            } else {
                speaker
            };
            if comma + 1 < end {
                let stop = end.min(comma + 1 + MAX_CONTENT);
                let content = self.extend(self.span_of(comma + 1, stop)?);
                return Some(self.quote(content, Some(cue_span), source, m.class));
            }
            return None;
        }
        // "Those discussions are continuing, he said": what follows is another report's
        // attribution, not what this cue reports.
        let lead = after + usize::from(self.is(after, ","));
        if lead + 2 >= end
            && pronoun(&self.lower(lead)).is_some()
            && cue_at(self.text, self.tokens, lead + 1, end, false).is_some()
        {
            return None;
        }
        // Forward: what follows the cue, after "that" or a colon.
        let mut start = after;
        let mut has_clause = false;
        // "told police officials that", "warned local fishermen that": a verb of telling
        // has the one told before what was said, whatever words name them.
        let telling = TELLING.contains(&&*lower_cue);
        for k in after..(after + 8).min(end) {
            if self.quoted(k).is_some() {
                break;
            }
            let w = self.word(k);
            // "Having said that, ...": "that" before a comma is a pronoun, and the cue
            // reports nothing the sentence goes on to say.
            if w.eq_ignore_ascii_case("that")
                && self.is(k + 1, ",")
                && c > a
                && self.lower(c - 1) == "having"
            {
                return None;
            }
            // "said that worked out at £143,000", "said that was wrong": before a finite
            // verb, "that" is the reported clause's subject.
            if w.eq_ignore_ascii_case("that")
                && k == after
                && self.is_word(k + 1)
                && self.is_finite(k + 1)
                // "fearing that should the country ...", "said that had he known": an
                // inverted condition.
                && self.lower(k + 1) != "should"
                && !(matches!(&*self.lower(k + 1), "had" | "were")
                    && matches!(
                        &*self.lower(k + 2),
                        "he" | "she" | "it" | "they" | "we" | "i" | "you"
                    ))
            {
                start = k;
                has_clause = true;
                break;
            }
            if w.eq_ignore_ascii_case("that") || w == ":" {
                start = k + 1;
                has_clause = true;
                break;
            }
            if matches!(w, "." | ";") {
                break;
            }
            // Only an object may come between the cue and "that" ("told reporters
            // that"); a clause there is already what was said ("said witnesses saw a
            // gun and that ...").
            let lw = w.to_lowercase();
            let object = is_capitalised(w)
                || OBJECTS.contains(&&*lw)
                || matches!(
                    &*lw,
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | ","
                        | "in"
                        | "on"
                        | "at"
                        | "last"
                        | "this"
                        | "interview"
                        | "statement"
                        | "week"
                        | "month"
                        | "year"
                        | "also"
                        | "later"
                );
            if !(object || telling && self.is_word(k)) {
                break;
            }
        }
        if start == after && matches!(self.word(after), "," | ":") {
            start = after + 1;
            has_clause = self.is(after, ":") || self.is_mark(start);
            // "asked for a delay, warning that ...": a participle after the comma goes
            // on from the clause, and is a report of its own when it is a cue.
            if self.is(after, ",")
                && self.word(start).len() > 5
                && is_participle(self.text, self.tokens, start)
            {
                return None;
            }
        }
        if self.is_mark(start) {
            has_clause = true;
        }
        if orphan && !(has_clause && self.lower(start - 1) == "that") {
            return None;
        }
        if matches!(m.class, CueClass::Belief | CueClass::Clause) && !has_clause {
            // "found Trump would raise taxes", "shows Clinton ahead": a clause without
            // "that" opens with a name, a pronoun or a determiner.
            let w = self.word(start);
            let lw = w.to_lowercase();
            let opens_clause = is_capitalised(w)
                || matches!(
                    &*lw,
                    "he" | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "there"
                        | "the"
                        | "a"
                        | "an"
                        | "this"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                )
                || self
                    .tokens
                    .get(start)
                    .is_some_and(|t| t.kind() == TokenKind::Number)
                // "rejected claims that ...", "dismissed fears from some Tories that
                // ...": what is denied is a report, as after "the".
                || (DENYING.iter().any(|d| lower_cue.starts_with(d))
                    && REPORT_NOUNS.contains(&*lw));
            // "Clinton plans to call on young people": a person's intent, when it is not
            // itself part of something reported earlier in the sentence.
            let intent = lw == "to"
                && first
                && INTENT.contains(&&*lower_cue)
                && speaker
                    .as_ref()
                    .is_some_and(|s| s.kind == SpeakerKind::Person);
            // "expects them to become scarcer", "wants Congress to act": what someone
            // expects or wants of another, an object and its infinitive.
            let of_another = || {
                matches!(
                    &*lower_cue,
                    "expect" | "expects" | "expected" | "want" | "wants" | "wanted"
                ) && (start + 1..(start + 4).min(self.words_end(a, b))).any(|t| {
                    self.lower(t) == "to"
                        && self.is_word(t + 1)
                        && !is_capitalised(self.word(t + 1))
                        && (start..t).all(|k| {
                            self.is_word(k)
                                && self.quoted(k).is_none()
                                && !CLAUSE_WORDS.contains(&&*self.lower(k))
                        })
                        && (OBJECTS.contains(&&*lw)
                            || is_capitalised(w)
                            || DETERMINERS.contains(&&*lw))
                })
            };
            // "believe bigotry and xenophobia are acceptable": a verb of thinking before
            // a clause whose finite verb comes within a few words.
            // "added the quay would reopen": a verb of saying that also takes plain
            // objects needs the same.
            let finite_soon = !PREPOSITIONS.contains(&&*lw)
                && (start + 1..(start + 6).min(self.words_end(a, b))).any(|k| {
                    self.is_finite(k)
                        && (start..k).all(|t| self.is_word(t) && self.quoted(t).is_none())
                });
            // "reported profits rose", "added the team played well": a subject and a
            // verb in the past tense (or the present, "says") right after it.
            let past_soon = || {
                (start + 1..(start + 5).min(self.words_end(a, b))).any(|k| {
                    let w = self.lower(k);
                    let verb = past_verb(&w) || w == "says";
                    let before = self.lower(k - 1);
                    verb && !is_capitalised(self.word(k))
                        && (start..k).all(|t| self.is_word(t) && self.quoted(t).is_none())
                        // "a newly created role", "the increased cost": a participle
                        // describing a noun.
                        && !DETERMINERS.contains(&&*before)
                        && !matches!(&*before, "a" | "an")
                        && !before.ends_with("ly")
                        // "questions sent by the public": a participle before its agent.
                        && !(k + 1 < self.tokens.len() && self.lower(k + 1) == "by")
                })
            };
            // ... and the clause opens with its subject: a name, a pronoun, a determiner
            // or a plural noun ("profits rose"), not a preposition ("with any crime
            // related to").
            let subject_first =
                opens_clause || (lw.ends_with('s') && !PREPOSITIONS.contains(&&*lw));
            // "shows how the port lost money", "realised why it failed": a question word
            // before a clause of its own (not `how to`; `what` also opens an object,
            // `finding what we have in common`).
            let wh_clause = || {
                start == after
                    && matches!(&*lw, "how" | "why" | "whether")
                    && self.lower(start + 1) != "to"
                    && (finite_soon || past_soon())
            };
            if m.class == CueClass::Clause {
                if !(finite_soon || ((subject_first || wh_clause()) && past_soon())) {
                    return None;
                }
            } else {
                let thinking = finite_soon && THINKING.contains(&*lower_cue);
                // "I believed her.": `her` before no noun is the object, no clause.
                let object_her = lw == "her" && !self.is_word(start + 1);
                let opens_clause = opens_clause && !object_her;
                if !(opens_clause || intent || thinking || wh_clause() || of_another()) {
                    return None;
                }
            }
        }
        // "wrote that, nonetheless, ...": a sentence adverb set off by commas opens no
        // report.
        let start = self.past_sentence_adverbs(start, end);
        // What one cue reports stays within a bounded reach, so that a sentence of cues
        // costs no more than its length times that reach.
        let mut stop = end.min(start + MAX_CONTENT);
        // ", said to be worth £2m, in 2019": the aside ends at its comma.
        if reduced {
            if let Some(k) = (start..stop).find(|&k| self.is(k, ",")) {
                stop = k;
            }
        }
        if let Some((n, next_class)) = next_cue {
            // "... and added that", ", adding that": the next cue starts a report of its own.
            let participle = n > start
                && (self.is(n - 1, ",") || self.lower(n - 1) == "and")
                && is_participle(self.text, self.tokens, n);
            // "and added", "and has also called for": across an auxiliary or an adverb.
            // An auxiliary that what was said used already goes on with it (`said they
            // had seen the scripts and had agreed to appear`).
            let coordinated = |n: usize, class: CueClass| {
                let j = self.before_auxiliaries(start + 2, n, |at| {
                    (start..at).all(|t| self.lower(t) != self.lower(at))
                });
                (n < stop
                    && j > start + 1
                    && self.lower(j - 1) == "and"
                    && matches!(class, CueClass::Speech | CueClass::Clause))
                .then_some(j - 1)
            };
            // "says Machado promised to support her and said she would ...": past a cue
            // nested in what was said, the one after it; not after a comma, which the
            // nested cue's own report reaches (`agreed with his view, and said ...`).
            let later_coordinated = || {
                later_cue
                    .filter(|&(l, _)| l > n + 2)
                    // A finite verb: not `strengthen pensions and encourage savings`.
                    .filter(|&(l, _)| past_or_present(&self.lower(l)))
                    .and_then(|(l, class)| coordinated(l, class))
                    .filter(|&k| !self.is(k - 1, ","))
            };
            if n < stop && participle {
                stop = n - 1;
            } else if let Some(k) = coordinated(n, next_class) {
                stop = k;
            } else {
                // ", but he said ...": a clause of its own with its own speaker.
                let own = (n > start + 3 && n < stop)
                    .then(|| self.own_clause(start, n))
                    .flatten()
                    .or_else(|| {
                        // "said they're convinced X and Democrats accused ...": past a
                        // cue nested in what was said, the one after it may begin that
                        // clause.
                        later_cue
                            .map(|(l, _)| l)
                            .filter(|&l| l > start + 3 && l < stop)
                            .and_then(|l| self.own_clause(start, l))
                    });
                // The earlier of the two cuts.
                if let Some(k) = own.into_iter().chain(later_coordinated()).min() {
                    stop = k;
                }
            }
        }
        // "After aides insisted that X, he relaxed": in a clause that opens the sentence
        // with a subordinator, what was said ends where the main clause begins.
        let fronted = matches!(
            &*self.lower(a),
            "after"
                | "before"
                | "when"
                | "while"
                | "although"
                | "though"
                | "because"
                | "since"
                | "if"
                | "once"
                | "as"
                | "whereas"
                | "unless"
        ) && group_start < start;
        // "The mayor, who has called for a new quay, spoke": a relative clause set off by
        // commas ends at its closing comma.
        let aside = group_start > a
            && self.is(group_start - 1, ",")
            && matches!(strip_contraction(&self.lower(group_start)), "who" | "which");
        // Not a comma inside a list of names (`maintains the Jubilee, Northern and
        // Piccadilly lines`).
        let stop = if aside {
            (start..stop)
                .find(|&k| {
                    self.is(k, ",") && self.quoted(k).is_none() && !is_capitalised(self.word(k + 1))
                })
                .unwrap_or(stop)
        } else {
            stop
        };
        let stop = self.report_end(start, stop, fronted);
        // "what the senators said was ...", "which the chief executive called “crap”": the
        // relative pronoun stands for what was said and opens the content.
        let relative = (group_start > a
            && matches!(&*self.lower(group_start - 1), "what" | "which"))
        .then(|| self.tokens[group_start - 1].span().start);
        if m.class == CueClass::Naming {
            // "called it a “crazy system”": the content ends with the quoted name, or the
            // last of a list of them ("a “liar,” a “bully” and a “narcissist”").
            if let Some(q) = (start..(start + 8).min(stop)).find_map(|k| self.quoted(k)) {
                let mut close = self.quotations[q].outer;
                let mut last = q;
                while let Some(next) = self.quotations.get(last + 1) {
                    let close_end = token_range(self.tokens, close).1;
                    let (next_start, _) = token_range(self.tokens, next.outer);
                    if next_start < close_end || next_start >= stop || next_start > close_end + 4 {
                        break;
                    }
                    close = next.outer;
                    last += 1;
                }
                let first = self.tokens.get(start)?.span();
                let open = relative.unwrap_or(first.start);
                let content = Span::new(open.min(close.start), close.end);
                return Some(self.quote(content, Some(cue_span), speaker, m.class));
            }
            if self.lower(c).starts_with("call") {
                // "called the plan a giveaway": a name without marks is what was said;
                // "called the meeting", "called reporters to a briefing": nothing said.
                let named = !PREPOSITIONS.contains(&&*self.lower(start))
                    && !matches!(&*self.lower(start), "a" | "an" | "up" | "off" | "back")
                    && ((start + 1)..(start + 12).min(stop)).any(|k| {
                        matches!(&*self.lower(k), "a" | "an")
                            && !PREPOSITIONS.contains(&&*self.lower(k - 1))
                    });
                if !named {
                    return None;
                }
            }
        }
        if start >= stop {
            // "He said:" and the quotation follows in the next paragraph.
            if self.is(stop.saturating_sub(1), ":") || (start > 0 && self.is(start - 1, ":")) {
                let k = self
                    .quotations
                    .partition_point(|q| q.outer.start < cue_span.end);
                let q = self.quotations.get(k)?;
                return Some(self.quote(q.outer, Some(cue_span), speaker, m.class));
            }
            return None;
        }
        let mut content = self.extend(self.span_of(start, stop)?);
        if let Some(r) = relative {
            content.start = content.start.min(r);
        }
        Some(self.quote(content, Some(cue_span), speaker, m.class))
    }

    /// `according to X, ...` and `..., according to X.`
    fn according(&self, a: usize, b: usize, c: usize, m: CueMatch) -> Option<Quote> {
        let cue_span = self.span_of(c, c + m.len)?;
        let np_start = c + m.len;
        // "per year", "per student": a rate, not a source; "per the agency" or "per Reuters" is.
        if self.lower(c) == "per"
            && !(is_capitalised(self.word(np_start)) || self.lower(np_start) == "the")
        {
            return None;
        }
        let mut np_end = np_start;
        while np_end < b
            && !self.is_break(np_end)
            && !self.is_final(np_end)
            && np_end - np_start < 12
        {
            np_end += 1;
        }
        if np_end == np_start {
            return None;
        }
        // "According to the ministry the port will reopen", "According to Jupiter Research
        // 40% of homes ...": with no comma, the source ends where a clause opens.
        if np_end - np_start > 2 && !self.is(np_end, ",") {
            let words_end = self.words_end(a, b);
            // Not past a participle: "a poll posing the question the government will put"
            // goes on to its comma.
            let participle = |k: usize| {
                let w = self.word(k);
                !is_capitalised(w) && (w.ends_with("ing") || w.ends_with("ed"))
            };
            if let Some(k) = (np_start + 1..np_end.min(np_start + 5))
                .take_while(|&k| !participle(k))
                .find(|&k| {
                    // A share ("Jupiter Research 40% of homes"), not a numbered
                    // reference ("UN Resolution 242", "Figure 3").
                    (self.is_number(k)
                        && is_capitalised(self.word(k - 1))
                        && (self.word(k).ends_with('%')
                            || matches!(&*self.lower(k + 1), "%" | "percent" | "per")))
                        || self.clause_opens(k, words_end)
                })
            {
                np_end = k;
            }
        }
        // "listed according to whether ...", "according to plan": a measure, no source.
        if matches!(
            &*self.lower(np_start),
            "whether" | "how" | "what" | "which" | "where" | "when" | "plan" | "schedule"
        ) {
            return None;
        }
        let speaker = self.resolve(Np {
            start: np_start,
            end: np_end,
        });
        let end = self.words_end(a, b);
        // "According to X, ..." at the start of the sentence (after a conjunction or a
        // sentence adverb: "However, according to X, ...").
        let opening = (a..c).all(|k| {
            let w = self.lower(k);
            matches!(&*w, "and" | "but" | "so" | "yet" | ",")
                || SENTENCE_ADVERBS.contains(&&*w)
                || self.sentence_adverb(k)
        });
        // "... his defence and, according to reports, talks are under way": after a
        // conjunction, the phrase opens the clause that follows it.
        let after_conjunction = c >= a + 2
            && self.is(c - 1, ",")
            && matches!(&*self.lower(c - 2), "and" | "but" | "while" | "whereas");
        if opening || after_conjunction {
            let mut s = np_end;
            // Skip an apposition: "according to the president of France, Emmanuel Macron,".
            while s < end && self.is(s, ",") {
                s += 1;
                // "According to the mayor, Dan Fitch, the bridge ...": the name set off
                // after a role is no part of what was reported ("According to police,
                // Tom Hale, 40, was arrested" is).
                let role = np_end > np_start
                    && TITLES
                        .map
                        .contains_key(&*bare(self.word(np_end - 1)).to_lowercase());
                let at = if role {
                    self.tokens.get(s).map_or(usize::MAX, |t| t.span().start)
                } else {
                    usize::MAX
                };
                let k = self.person_mentions.partition_point(|&(m, _)| m.start < at);
                if let Some(&(m, _)) = self.person_mentions.get(k).filter(|(m, _)| m.start == at) {
                    let after = self.tokens.partition_point(|t| t.span().start < m.end);
                    if after < end && self.is(after, ",") {
                        s = after;
                    }
                }
            }
            let s = self.past_sentence_adverbs(s, end);
            // "According to MSNBC, basically.": an adverb alone says nothing.
            let w = self.lower(s);
            if s + 1 == end && (SENTENCE_ADVERBS.contains(&&*w) || w.ends_with("ly")) {
                return None;
            }
            let content = self.extend(self.span_of(s, end)?);
            return Some(self.quote(content, Some(cue_span), speaker, m.class));
        }
        // "Italy, according to the IMF, will grow by 1%": set off after the clause's
        // subject, the phrase reports the whole clause.
        // Not when only an apposition follows the source ("The deal is off, according to
        // Karen Holt, the company's lawyer.").
        // Past four words ("The big new monitoring data"), the lead must hold no verb
        // ("A blog is created every 5.8 seconds, according to ..." is a clause,
        // reported at its end).
        let interrupted = c > a + 1
            && c <= a + 8
            && self.is(c - 1, ",")
            && (a..c - 1).all(|k| {
                let w = self.lower(k);
                self.is_word(k)
                    && (c <= a + 5 || {
                        let verb = self.verb_form(k)
                            || matches!(&*w, "although" | "though" | "while" | "if" | "because");
                        !verb
                    })
            })
            && self.is(np_end, ",")
            && np_end + 1 < end
            && {
                // The words after the source's comma go on with the clause, unless they
                // are an apposition: a relative pronoun, or a determiner whose phrase no
                // verb follows ("the boss of the firm", "a retired judge", "who runs it";
                // not "the country's GDP rose", "95% of phones will", "to do for images").
                let f = self.past_sentence_adverbs(np_end + 1, end);
                let w = self.lower(f);
                let verb = |k: usize| {
                    let w = self.lower(k);
                    self.is_finite(k)
                        || IRREGULAR_PAST.contains(&&*w)
                        || (past_form(&w) && !determiner(&self.lower(k - 1)))
                };
                let apposition = matches!(&*w, "who" | "whose")
                    || (determiner(&w) && !(f + 1..(f + 7).min(end)).any(verb));
                !apposition
            };
        if interrupted {
            let content = self.extend(self.span_of(a, end)?);
            return Some(self.quote(content, Some(cue_span), speaker, m.class));
        }
        let mut e = c;
        while e > a && self.is_break(e - 1) && !self.is_mark(e - 1) {
            e -= 1;
        }
        if e > a && self.is_mark(e - 1) {
            // A quoted fragment just before: "was “brain dead”, according to X".
            if let Some(q) = self.quoted(e - 1) {
                let outer = self.quotations[q].outer;
                let quote = self.quote(outer, Some(cue_span), speaker, m.class);
                return Some(Quote {
                    segments: Vec::new(),
                    nested: Vec::new(),
                    kind: QuoteKind::Partial,
                    ..quote
                });
            }
        }
        let content = self.extend(self.span_of(self.back_from(a, e), e)?);
        Some(self.quote(content, Some(cue_span), speaker, m.class))
    }

    fn quote(
        &self,
        content: Span,
        cue: Option<Span>,
        speaker: Option<Speaker>,
        class: CueClass,
    ) -> Quote {
        let mut content = content.trim(self.text);
        // A reported clause starts with a word or a mark, not with the comma after "that".
        let piece = content.text(self.text);
        let lead = piece.len()
            - piece
                .trim_start_matches(|c: char| c == ',' || c == ';' || c == ':' || c.is_whitespace())
                .len();
        if lead < piece.len() {
            content.start += lead;
        }
        // "And Ed Vane would lose, he said": the writer's connective opening the
        // sentence is no part of what was said.
        let piece = content.text(self.text);
        for lead in ["And ", "But ", "So "] {
            if piece.starts_with(lead) && piece.len() > lead.len() + 1 && !self.marked(content) {
                content.start += lead.len();
                break;
            }
        }
        // "the plans - but Ruiz said": a dash before the next clause is no part of it.
        let piece = content.text(self.text);
        let bare = piece.trim_end_matches(['-', '–', '—']);
        if bare.len() < piece.len() && bare.ends_with(char::is_whitespace) {
            content.end -= piece.len() - bare.len();
            content = content.trim(self.text);
        }
        // "(they say the fees are high)": a closing parenthesis whose opening one lies
        // outside is no part of what was said.
        let piece = content.text(self.text);
        if piece.len() > 1 && piece.ends_with(')') && !piece.contains('(') {
            content.end -= 1;
            content = content.trim(self.text);
        }
        let (a, b) = token_range(self.tokens, content);
        let mut marks = false;
        let mut whole = false;
        // The first quotation inside the content: whether there is one, and whether it is
        // the whole content (only one can open it), each read once.
        let first = self
            .quotations
            .partition_point(|q| q.outer.start < content.start);
        if let Some(q) = self.quotations[first..]
            .iter()
            .take_while(|q| q.outer.start <= content.end)
            .find(|q| q.outer.end <= content.end)
        {
            marks = true;
            let rest_before = &self.text[content.start..q.outer.start];
            let rest_after = self.text.get(q.outer.end..content.end).unwrap_or("");
            whole =
                rest_before.trim().is_empty() && rest_after.chars().all(|c| !c.is_alphanumeric());
            // "“We will fight,” she said, “so the port stays open.”": quotations with
            // nothing between them but the tag (the cue and the speaker) are direct too.
            if !whole && rest_before.trim().is_empty() {
                let tag = |at: usize| {
                    cue.is_some_and(|c| c.start <= at && at < c.end)
                        || speaker
                            .as_ref()
                            .is_some_and(|s| s.span.start <= at && at < s.span.end)
                };
                let only_tag = |from: usize, to: usize| {
                    self.text.get(from..to).is_some_and(|gap| {
                        gap.char_indices()
                            .all(|(i, ch)| !ch.is_alphanumeric() || tag(from + i))
                    })
                };
                let mut pos = q.outer.end;
                let mut clean = true;
                for next in self.quotations[first + 1..]
                    .iter()
                    .take_while(|x| x.outer.start <= content.end)
                {
                    if next.outer.end > content.end || next.outer.start < pos {
                        continue;
                    }
                    if !only_tag(pos, next.outer.start) {
                        clean = false;
                        break;
                    }
                    pos = next.outer.end;
                }
                whole = clean && pos > q.outer.end && only_tag(pos, content.end);
            }
        }
        let _ = (a, b);
        let kind = match (class, marks, whole) {
            (CueClass::According, false, _) => QuoteKind::AccordingTo,
            (CueClass::According, true, true) => QuoteKind::Partial,
            (CueClass::According, true, false) => QuoteKind::AccordingTo,
            (CueClass::Naming, _, _) => QuoteKind::Partial,
            (_, true, true) => QuoteKind::Direct,
            (_, true, false) => QuoteKind::Mixed,
            (_, false, _) => QuoteKind::Indirect,
        };
        let speaker = speaker.filter(|s| !self.names_nobody(s));
        let confidence = match (&speaker, kind) {
            (None, _) => 0.4,
            // A role taken for the person named last: no better than an unnamed source.
            (Some(s), _) if s.guessed => 0.6,
            (Some(s), QuoteKind::Direct | QuoteKind::Mixed) if s.kind != SpeakerKind::Unnamed => {
                0.9
            }
            (Some(s), _) if s.kind != SpeakerKind::Unnamed => 0.8,
            _ => 0.6,
        };
        let mut quote = Quote {
            segments: Vec::new(),
            nested: Vec::new(),
            kind,
            span: content,
            content,
            cue,
            speaker,
            confidence,
        };
        quote.span = quote.cover_parts();
        quote
    }

    /// "The plan was first reported by the Gazette": in the passive, what was reported
    /// is the subject and the one reporting follows "by". `None` when the cue is not
    /// passive; `Some(None)` when it is but nothing can be said of it.
    /// Where the clause that holds token `k` starts: after the last full stop, comma,
    /// dash or quotation mark before it, within reach.
    fn clause_start(&self, k: usize) -> usize {
        // Never before the block: a headline has no full stop to end it.
        let block = self
            .tokens
            .get(k.saturating_sub(1))
            .and_then(|t| self.block_of(t.span().start))
            .map_or(0, |b| {
                let start = self.blocks[b].span().start;
                self.tokens.partition_point(|t| t.span().start < start)
            });
        let lo = k.saturating_sub(40).max(block);
        (lo..k)
            .rev()
            .find(|&t| self.ends_sentence(t) || self.is_break(t))
            .map_or(lo, |t| t + 1)
    }

    /// Where a verb at `n` begins with the auxiliary and the adverbs before it (`has
    /// vowed`, `also said`, `had then agreed`): at most two words, not before `lo`. An
    /// auxiliary counts only when `aux_ok` accepts its index.
    fn before_auxiliaries(&self, lo: usize, n: usize, aux_ok: impl Fn(usize) -> bool) -> usize {
        let mut j = n;
        let mut perfect = false;
        while j > lo
            && n - j < 2
            && match &*self.lower(j - 1) {
                "has" | "have" | "had" => {
                    perfect = true;
                    aux_ok(j - 1)
                }
                w => SECOND_VERB_ADVERBS.contains(&w),
            }
        {
            j -= 1;
        }
        // The verb must be finite: a participle after the auxiliary (`has said`, not
        // `have notes`), a past or a present after an adverb (`also said`, `also says`,
        // not the gerund in `and then attacking` nor `and later urge`).
        let w = self.lower(n);
        let finite = if perfect {
            past_verb(&w)
        } else {
            past_or_present(&w)
        };
        if finite { j } else { n }
    }

    /// Where a clause with its own speaker begins before the cue at `n`, when what was
    /// said from `start` runs into it: `, but he said`, `and Democrats accused`.
    fn own_clause(&self, start: usize, n: usize) -> Option<usize> {
        let (np, g) = self.subject_before(start, n)?;
        let mut k = g;
        while k > start
            && matches!(
                &*self.lower(k - 1),
                "," | "but" | "and" | ";" | "while" | "whereas"
            )
        {
            k -= 1;
        }
        // "that if the state held up the deal, Patriot could threaten": the comma closes
        // a subordinate clause that opens what was said, and the main clause after it is
        // still part of it.
        let closes_subordinate = matches!(
            &*self.lower(start),
            "if" | "when"
                | "unless"
                | "because"
                | "although"
                | "though"
                | "once"
                | "while"
                | "as"
                | "after"
                | "before"
                | "since"
        ) && (start..k).all(|t| !self.is(t, ","));
        // "that the Netherlands, Portugal and the Czech Republic ... have announced": a
        // list of subjects is no clause; what was said before the cut, when it holds a
        // comma, needs a verb.
        let list = (start..k).any(|t| self.is(t, ","));
        let has_verb = !list
            || (start..k).any(|t| {
                let w = self.lower(t);
                self.is_finite(t)
                    || (w.len() > 3 && w.ends_with("ed") && !is_capitalised(self.word(t)))
                    || (w == "to" && t + 1 < k && self.is_word(t + 1))
                    || cue_at(self.text, self.tokens, t, k, false).is_some()
            });
        // "said the United States and its allies will seek": `and` without a comma after
        // a short noun phrase joins two subjects of one clause. Not when the cue itself
        // is the second subject's verb (`confirmed the deal and rival firm Acme said`).
        let joint_subject = k + 1 == g
            && (np.end < n || self.lower(n).ends_with("ing"))
            && self.lower(k) == "and"
            && k - start <= 6
            && (start..k).all(|t| {
                let w = self.lower(t);
                let name = is_capitalised(self.word(t));
                self.is_word(t)
                    && !self.is_finite(t)
                    && (name || !(past_verb(&w) || w.ends_with('s')))
                    && w != "to"
                    && cue_at(self.text, self.tokens, t, k, false).is_none()
            });
        (k < g && k > start + 2 && !closes_subordinate && has_verb && !joint_subject).then_some(k)
    }

    /// Whether the word at `k` is a finite verb form (`is`, `would`, `didn’t`): a
    /// clause has begun.
    fn is_finite(&self, k: usize) -> bool {
        // "in May": the month, not the modal.
        self.word(k) != "May" && FINITE.contains(&self.lower(k).replace('’', "'").as_str())
    }

    /// Whether a form of "be" comes right before the cue at `c`, past adverbs
    /// (`was once asked`, `has been harshly criticized`): the cue is a passive.
    fn be_before(&self, a: usize, c: usize) -> bool {
        let mut k = c;
        while k > a && k + 3 > c {
            let w = self.lower(k - 1);
            if matches!(&*w, "is" | "are" | "was" | "were" | "been" | "being" | "be") {
                return true;
            }
            let adverb = self.is_word(k - 1)
                && (adverb_ly(&w)
                    || matches!(
                        &*w,
                        "not"
                            | "never"
                            | "also"
                            | "once"
                            | "first"
                            | "since"
                            | "already"
                            | "long"
                            | "still"
                            | "now"
                            | "again"
                    ));
            if !adverb {
                return false;
            }
            k -= 1;
        }
        false
    }

    fn passive(
        &self,
        a: usize,
        b: usize,
        c: usize,
        cue_end: usize,
        cue_span: Span,
        class: CueClass,
    ) -> Option<Option<Quote>> {
        if self.lower(cue_end) != "by" || c == a {
            return None;
        }
        let s = self.passive_group_start(a, c)?;
        // The subject right before the auxiliary: past a comma it may be an aside's.
        let Some((np, _)) = self.subject_before(a, s).filter(|(np, _)| np.end == s) else {
            return Some(None);
        };
        // "The owners, who have been accused by unions of ...": a relative pronoun's
        // antecedent is often a clause or a phrase the parse cannot bound; nothing is
        // reported.
        if np.end == np.start + 1 && matches!(&*self.lower(np.start), "who" | "which" | "that") {
            return Some(None);
        }
        // The agent, up to the end, a comma or (after a verb of telling) "that".
        let agent = self.subject_after(cue_end + 1, b).or_else(|| {
            let that = (cue_end + 2..(cue_end + 8).min(b)).find(|&t| self.lower(t) == "that")?;
            // Not a time ("told by Friday that"), and a clause after "that" ("warned by
            // Karl Weber that day" reports nothing).
            (TELLING.contains(&&*self.lower(c))
                && (cue_end + 1..that).all(|t| self.is_word(t) && !is_time_word(&self.lower(t)))
                && is_capitalised(self.word(cue_end + 1))
                && (that + 1..(that + 8).min(b)).any(|t| self.is_finite(t)))
            .then_some(Np {
                start: cue_end + 1,
                end: that,
            })
        });
        let speaker = agent.and_then(|np| self.resolve(np));
        // "Tom Ames was told by Karen Holt that the deal was off": what was said is the
        // clause after the agent, not the one told.
        if let Some(agent) = agent.filter(|g| self.lower(g.end) == "that" && g.end + 1 < b) {
            let end = self.words_end(a, b).min(agent.end + 1 + MAX_CONTENT);
            let stop = self.report_end(agent.end + 1, end, false);
            if stop > agent.end + 1 {
                let content = self.extend(self.span_of(agent.end + 1, stop)?);
                return Some(Some(self.quote(content, Some(cue_span), speaker, class)));
            }
        }
        let content = self.span_of(np.start, np.end)?;
        Some(Some(self.quote(content, Some(cue_span), speaker, class)))
    }

    /// Where a reported clause that starts at `start` ends, at the latest at `stop`: at
    /// a semicolon, a dash after a few words, `, but`, `, although`, `, according to`,
    /// an aside, `, and` before a new subject, or (`fronted`: the cue lies in a clause
    /// opening the sentence) the comma where the main clause begins.
    fn report_end(&self, start: usize, stop: usize, fronted: bool) -> usize {
        let participle_lead = self.after_participle(start);
        for k in start..stop {
            let w = self.word(k);
            if self.quoted(k).is_some() {
                continue;
            }
            let cut = w == ";"
                || (matches!(w, "—" | "―" | "--" | "–") && k >= start + 4)
                || (w == "," && self.lower(k + 1) == "but" && k >= start + 3)
                || (w == ","
                    && matches!(
                        &*self.lower(k + 1),
                        "although" | "though" | "whereas"
                    )
                    && k >= start + 3)
                || (w == "," && self.lower(k + 1) == "according" && self.lower(k + 2) == "to")
                // ", with finance minister Hans Eichel saying ...": someone else's report
                // in a phrase of its own.
                || (w == ","
                    && k >= start + 2
                    && self.lower(k + 1) == "with"
                    && (k + 3..(k + 10).min(stop)).any(|t| {
                        self.word(t).ends_with("ing")
                            && !is_capitalised(self.word(t))
                            && cue_at(self.text, self.tokens, t, stop, false).is_some()
                    }))
                || (fronted
                    && w == ","
                    && k >= start + 3
                    && (pronoun(&self.lower(k + 1)).is_some()
                        || DETERMINERS.contains(&&*self.lower(k + 1))
                        || is_capitalised(self.word(k + 1))))
                // Not a comma right after a conjunction, which opens an insertion
                // (`and, even more important, would not`).
                || (w == ","
                    && k >= start + 3
                    && self.opens_aside(k + 1)
                    && !matches!(&*self.lower(k - 1), "and" | "but" | "or"))
                // ", which he said were ...": a relative clause with a report of its own.
                || (w == ","
                    && k > start
                    && matches!(&*self.lower(k + 1), "which" | "who")
                    && self.relative_report(k + 1, stop))
                || (w == ","
                    && self.lower(k + 1) == "and"
                    && k >= start + 6
                    && self.subject_pronoun_within(k + 2, stop, 8))
                // "Ana Ruiz, speaking of the new ferry, said ...", "When speaking of
                // it, she said": a phrase with no verb of its own, then the sentence's
                // own verb after the comma that closes the aside.
                || (w == ","
                    && k > start
                    && participle_lead
                    && (self.is_finite_cue(k + 1)
                        || self.is_finite(k + 1)
                        || (matches!(&*self.lower(k + 1), "he" | "she" | "they" | "we" | "i")
                            && self.is_finite_cue(k + 2)))
                    && (start..k).all(|t| !self.is_finite(t) && !past_form(&self.lower(t))));
            if cut {
                return k;
            }
            // After a quotation that a report without a verb of its own holds, a phrase
            // of time, a weekday or a dash ends it: `called it a “crazy system” during a
            // campaign stop`, `“What curfew?” until ...`. Not a dash that closes an
            // aside opened before (`Veritas - Latin for "truth" - would ...`), nor
            // inside a clause (`had enjoyed a "golden period" during the decade`).
            let dash = |t: usize| matches!(self.word(t), "-" | "--" | "—" | "–");
            if k > start
                && self.is_mark(k - 1)
                && self.quoted(k - 1).is_some()
                && (matches!(&*self.lower(k), "during" | "until")
                    || WEEKDAYS.contains(&&*self.lower(k))
                    || (dash(k) && !(start..k).any(dash)))
                && (start..k).all(|t| {
                    let w = self.lower(t);
                    let clause = self.is_finite(t)
                        || matches!(
                            &*w,
                            "which" | "who" | "that" | "unless" | "if" | "because" | "when"
                        )
                        || past_form(&w);
                    !clause
                })
            {
                return k;
            }
            // A short plain object ends before a phrase of time (`attacked Machado since
            // the debate`, `praised their help during the storms`); an infinitive keeps
            // it (`promised to stay until May`).
            // Not when a verb follows the phrase: `a recovery during 2005 is on the way`,
            // `evidence obtained while they were in Cuba was inadmissible`.
            // Nor after a verb of its own: `said the suspect attacked him during the
            // night`, `say Ruiz promised to stay until May`.
            let plain_object = || {
                k - start <= 5
                    && !self.is(k - 1, ",")
                    && (start..k).all(|t| {
                        let w = self.lower(t);
                        // "any proposed takeover": a participle after a determiner
                        // describes a noun.
                        let before = if t > start {
                            self.lower(t - 1)
                        } else {
                            Cow::Borrowed("")
                        };
                        let adjective =
                            DETERMINERS.contains(&&*before) || QUANTIFIERS.contains(&&*before);
                        let verb = self.is_finite(t)
                            || matches!(&*w, "that" | "to")
                            || (past_form(&w) && !adjective)
                            || cue_at(self.text, self.tokens, t, k, false).is_some();
                        !verb
                    })
                    && !(k + 1..stop.min(k + 14)).any(|t| self.is_finite(t))
            };
            if k > start
                && matches!(&*self.lower(k), "during" | "since" | "until" | "while")
                && plain_object()
            {
                return k;
            }
            if k > start && self.occasion_at(start, k, stop) {
                return if self.word(k - 1) == "," && k - 1 > start {
                    k - 1
                } else {
                    k
                };
            }
        }
        stop
    }

    /// Whether what starts at `start` follows a participle cue set off by a comma or
    /// led by `when` or `while` (`, speaking of`, `when speaking about`).
    fn after_participle(&self, start: usize) -> bool {
        (start.saturating_sub(3).max(1)..start).any(|t| {
            let w = self.word(t);
            w.len() > 4
                && w.ends_with("ing")
                && (self.is(t - 1, ",") || matches!(&*self.lower(t - 1), "when" | "while"))
                && !is_capitalised(w)
                && cue_at(self.text, self.tokens, t, start, false).is_some()
        })
    }

    /// Whether the word at `k` is a verb of saying in the past or the present, not a
    /// participle or an infinitive (`said`, `told`, `warns`; not `said to cost`).
    fn is_finite_cue(&self, k: usize) -> bool {
        let w = self.lower(k);
        (w.ends_with("ed")
            || w.ends_with('s')
            || IRREGULAR_PAST.contains(&&*w)
            || matches!(&*w, "said" | "forecast"))
            && self.lower(k + 1) != "to"
            && cue_at(self.text, self.tokens, k, self.tokens.len(), false).is_some()
    }

    /// Whether an occasion phrase that ends the report opens at `k`: `in a statement on
    /// Thursday`, `in a televised address`. A clause after it (`in a letter, and the
    /// answers weren't ready`) keeps the phrase inside what was said.
    fn occasion_at(&self, start: usize, k: usize, stop: usize) -> bool {
        if self.lower(k) != "in" || !matches!(&*self.lower(k + 1), "a" | "an") {
            return false;
        }
        let Some(noun) = (k + 2..(k + 5).min(stop))
            .take_while(|&t| self.is_word(t))
            .find(|&t| OCCASIONS.contains(&&*self.lower(t)))
        else {
            return false;
        };
        // Only after a plain object ("promised as much", "more school investment"):
        // "said the minister had lied in a statement to parliament" keeps it.
        let object = (start..k).all(|t| !self.is_finite(t)) && k - start <= 5;
        let reach = stop.min(noun + 13);
        object && !(noun + 1..reach).any(|t| self.is_finite(t) || self.lower(t) == "that")
    }

    /// Whether the word after a comma opens an aside rather than going on with what was
    /// reported: a participle clause (`, adding`, `, citing`), a relative clause (`, which`,
    /// `, who`) or a circumstance (`, while`, `, especially`). Reports end there far more
    /// often than they run on.
    fn opens_aside(&self, i: usize) -> bool {
        let w = self.word(i);
        if w.is_empty() || w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let lw = w.to_lowercase();
        if ASIDE_OPENERS.contains(&&*lw) {
            return true;
        }
        // "..., saying ...", "..., adding ...": a participle; not a gerund that is the
        // subject of what follows ("..., file-sharing could grow"), nor `including`,
        // which goes on with what was said (`sold its assets, including the port`).
        lw.len() > 5
            && lw != "including"
            && lw.ends_with("ing")
            && !lw.contains('-')
            && !matches!(
                &*lw,
                "nothing" | "something" | "anything" | "everything" | "morning" | "evening"
            )
            && !self.is_finite(i + 1)
            && self.quoted(i).is_none()
    }

    /// Whether the full stop at `k` closes an abbreviated title or initial inside a name
    /// (`Mr. Pell`, `Jonas N. Pell`), not the sentence: a short capitalised word before it
    /// and a capitalised word right after it.
    fn abbreviation_dot(&self, k: usize) -> bool {
        k > 0
            && self.is(k, ".")
            && is_capitalised(self.word(k - 1))
            && self.word(k - 1).chars().count() <= 4
            && self.tokens[k - 1].span().end == self.tokens[k].span().start
            && is_capitalised(self.word(k + 1))
    }

    /// Whether the full stop at `k` closes the abbreviated suffix of a name (`Apple
    /// Inc.`, `Robert F. Kennedy Jr.`) inside the sentence: a lower-case word or a comma
    /// follows it.
    fn suffix_dot(&self, k: usize) -> bool {
        k > 0
            && self.is(k, ".")
            && is_name_suffix(self.word(k - 1))
            && self.tokens[k - 1].span().end == self.tokens[k].span().start
            && (self.is(k + 1, ",") || (self.is_word(k + 1) && !is_capitalised(self.word(k + 1))))
    }

    /// Whether a subject pronoun comes within `reach` tokens from `i` (a new clause).
    fn subject_pronoun_within(&self, i: usize, stop: usize, reach: usize) -> bool {
        (i..stop.min(i + reach))
            .any(|k| matches!(&*self.lower(k), "he" | "she" | "they" | "we" | "i"))
    }

    /// A paragraph or headline that opens with a speaker and a colon: a transcript's
    /// `PENCE: Well, ...` or a headline's `Pence: Flowers Won't Be at Debate`. In a
    /// `title`, one word that the gazetteer knows or that is a word for a source names
    /// the source too (`Reuters: ...`, `Poll: ...`), but not a topic (`Brexit: ...`) or
    /// a label (`Analysis: ...`).
    fn turn(&self, a: usize, block: Span, title: bool) -> Option<Quote> {
        let mut i = a;
        if self.is_mark(i) {
            i += 1;
        }
        let mut k = i;
        while k < i + 4 && self.is_word(k) && is_capitalised(self.word(k)) {
            k += 1;
        }
        if k == i || !self.is(k, ":") {
            return None;
        }
        let shouting = (i..k).all(|t| {
            self.word(t).chars().all(|c| !c.is_lowercase()) && self.word(t).chars().count() > 1
        });
        let person = (i..k).any(|t| self.person_at.contains_key(&self.tokens[t].span().start));
        // One word in a title: a known name, or a word for a source (`Poll:`), not a
        // topic (`Brexit: What happens next?`).
        let source = title
            && k == i + 1
            && (self.names_at(i) || HEADLINE_SOURCES.contains(&&*self.lower(i)));
        if !(shouting || person || source)
            || (i..k).any(|t| NOT_SPEAKERS.contains(&&*self.lower(t)))
        {
            return None;
        }
        let colon = self.tokens[k].span();
        let rest = Span::new(colon.end, block.end.max(colon.end));
        let content = rest.trim(self.text);
        if content.is_empty() {
            return None;
        }
        let speaker = self.resolve(Np { start: i, end: k });
        Some(self.quote(content, Some(colon), speaker, CueClass::Speech))
    }

    /// Widens a content span to the whole of any quotation it starts or ends inside.
    /// The first token of what a cue at `c` may report backwards in a sentence that
    /// starts at `a`: no further back than [`MAX_CONTENT`] tokens, so that a sentence of
    /// many cues costs no more than its length times that reach.
    fn back_from(&self, a: usize, c: usize) -> usize {
        a.max(c.saturating_sub(MAX_CONTENT)).min(c)
    }

    fn extend(&self, span: Span) -> Span {
        let mut out = span;
        let (a, b) = token_range(self.tokens, span);
        if let Some(q) = (a < b).then(|| self.quoted(a)).flatten() {
            out.start = out.start.min(self.quotations[q].outer.start);
        }
        if let Some(q) = (a < b).then(|| self.quoted(b - 1)).flatten() {
            out.end = out.end.max(self.quotations[q].outer.end);
        }
        out
    }

    /// The quotation that ends just before token `i` (across a sentence break):
    /// `“... .” \n She said.` → the quotation.
    fn quotation_before(&self, i: usize) -> Option<Span> {
        let at = self.tokens.get(i)?.span().start;
        let k = self.quotations.partition_point(|q| q.outer.end <= at);
        let q = self.quotations.get(k.checked_sub(1)?)?;
        let between = self.text.get(q.outer.end..at)?;
        // Not across a paragraph: `"...reviewing its options."⏎⏎Carol Bennett has not
        // commented.`
        let same_block = self.block_of(q.outer.start) == self.block_of(at);
        (same_block
            && between
                .chars()
                .all(|c| c.is_whitespace() || ",.!?—–-".contains(c)))
        .then_some(q.outer)
    }

    /// Adverbials after the cue (`in a statement`, `last Friday`, `on Monday`): the
    /// token after them when they end at a comma, `that`, a colon or the sentence end;
    /// else `i` itself.
    fn skip_adverbials(&self, i: usize, b: usize) -> usize {
        // "said sarcastically", "said flatly on Monday".
        let i = if self.lower(i).ends_with("ly")
            && self.is_word(i)
            && !is_capitalised(self.word(i))
            && (i + 1 >= b || !self.is_word(i + 1) || opens_adverbial(&self.lower(i + 1)))
        {
            i + 1
        } else {
            i
        };
        let end = self.words_end(0, b);
        if i >= end || !opens_adverbial(&self.lower(i)) {
            return i;
        }
        // "said while it was an agreement in principle, the groups would ...": a
        // subordinate clause with its own subject and verb opens what was said; "said
        // while visiting Kyiv that" is the cue's adverbial.
        if matches!(
            &*self.lower(i),
            "while" | "when" | "after" | "before" | "once"
        ) && i + 1 < end
            && self.clause_opens(i + 1, end)
        {
            return i;
        }
        // "said to reporters" is an adverbial; "urged North Korea to resume talks" is not.
        if self.lower(i) == "to" {
            let next = self.word(i + 1);
            let lower = next.to_lowercase();
            // In a headline in title case, "Vows to End ..." is an infinitive: a
            // capitalised word there names someone only when the text knows it does.
            let named = is_capitalised(next) && (!self.in_title(i) || self.names_at(i + 1));
            if !(named
                || OBJECTS.contains(&&*lower)
                || DETERMINERS.contains(&&*lower)
                || lower == "a"
                || lower == "an")
            {
                return i;
            }
        }
        let mut k = i;
        while k < end && k - i < 12 {
            // "on Fox News's “Fox and Friends.”": a quoted title is part of the adverbial.
            if let Some(q) = self.quoted(k).filter(|&q| self.is_title(q)) {
                k = token_range(self.tokens, self.quotations[q].outer).1;
                continue;
            }
            let w = self.lower(k);
            if w == "," || w == "that" || w == ":" || self.is_mark(k) || self.is_final(k) {
                break;
            }
            if cue_at(self.text, self.tokens, k, b, false).is_some() {
                return i;
            }
            // "said on Thursday there were no plans", "said last week the firm would",
            // "said Tuesday she would": a clause without "that" begins after the
            // adverbial, which may be one day word.
            let one_day = k == i + 1
                && (WEEKDAYS.contains(&&*self.lower(i))
                    || matches!(&*self.lower(i), "today" | "yesterday"));
            if (k > i + 1 || one_day) && self.clause_opens(k, end) {
                return k;
            }
            // "agreed on Tuesday to let ports share footage": an infinitive ends a phrase
            // of time ("said on Tuesday to reporters" goes on).
            if k > i + 1
                && k <= i + 3
                && {
                    // A weekday, a month or a day word just before: "on Tuesday".
                    let t = self.lower(k - 1);
                    WEEKDAYS.contains(&&*t)
                        || crate::lexicon::MONTHS.contains(&&*t)
                        || matches!(&*t, "today" | "yesterday" | "week" | "month" | "year")
                }
                && w == "to"
                && self.is_word(k + 1)
                && !is_capitalised(self.word(k + 1))
            {
                let next = self.lower(k + 1);
                if !(OBJECTS.contains(&&*next)
                    || DETERMINERS.contains(&&*next)
                    || matches!(&*next, "a" | "an"))
                {
                    return k;
                }
            }
            k += 1;
        }
        // "was accused of hiding the accounts.", "criticized them for closing the quay.":
        // what "of", "for" or "about" opens, to the end, is what the cue reports, except
        // after "said" ("said of the plan").
        let complement = k >= end
            && matches!(&*self.lower(i), "of" | "for" | "about")
            && i > 0
            && !matches!(&*self.lower(i - 1), "said" | "says" | "say" | "saying");
        if complement {
            return i;
        }
        // "criticized for policies that objectors see as abuses": after "of", "for",
        // "about" or "with", "that" opens a relative clause, not what was said.
        let relative =
            self.lower(k) == "that" && matches!(&*self.lower(i), "of" | "for" | "about" | "with");
        if relative {
            return i;
        }
        if k >= end
            || matches!(self.word(k), "," | ":")
            || self.lower(k) == "that"
            || self.is_final(k)
        {
            k
        } else {
            i
        }
    }

    /// Whether a clause opens at `k`, after a complete phrase: a pronoun, `there` or a
    /// determiner, not right after a preposition or a determiner, and a finite verb
    /// within a few plain words (`there were`, `the firm would`, `it was`).
    fn clause_opens(&self, k: usize, end: usize) -> bool {
        let w = self.lower(k);
        let before = self.lower(k - 1);
        let opener = matches!(
            &*w,
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "there"
                | "the"
                | "this"
                | "his"
                | "her"
                | "their"
                | "its"
        );
        // "said on Monday sales would rise", "told staff at the plant pay would be
        // frozen": a bare noun right before a finite verb.
        // Only after a phrase of time or of place (`on Monday`, `at the plant`), so not
        // inside a phrase of number or quantity (`said about 20 people have`) nor in a
        // subject (`suspected of links with terrorism can be`).
        let after_time = WEEKDAYS.contains(&&*before)
            || crate::lexicon::MONTHS.contains(&&*before)
            || matches!(
                &*before,
                "today"
                    | "yesterday"
                    | "tonight"
                    | "week"
                    | "month"
                    | "year"
                    | "night"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "ago"
                    | "earlier"
                    | "recently"
            );
        let after_place = k >= 3
            && self.is_word(k - 1)
            && !is_capitalised(self.word(k - 1))
            && matches!(&*self.lower(k - 2), "a" | "an" | "the")
            && matches!(&*self.lower(k - 3), "at" | "in" | "on" | "during");
        let bare_noun = (after_time || after_place)
            && self.is_word(k)
            && !is_capitalised(self.word(k))
            && !PREPOSITIONS.contains(&&*w)
            && !QUANTIFIERS.contains(&&*w)
            && !is_time_word(&w)
            && !matches!(
                &*w,
                "night" | "morning" | "afternoon" | "evening" | "ago" | "and"
            )
            && k + 1 < end
            && self.is_finite(k + 1);
        (opener
            && !PREPOSITIONS.contains(&&*before)
            && !DETERMINERS.contains(&&*before)
            && !matches!(&*before, "a" | "an" | "and" | "or")
            && (k + 1..(k + 5).min(end))
                .take_while(|&t| self.is_word(t) && self.quoted(t).is_none())
                .any(|t| self.is_finite(t)))
            || bare_noun
    }

    /// Where a time phrase that ends at `j`, between a subject and its verb, begins
    /// (`The Kremlin on Thursday said`, `Google today said`, `The firm last week said`);
    /// `j` when there is none, or nothing would be left of the subject.
    fn before_time_phrase(&self, a: usize, j: usize) -> usize {
        if j < a + 2 {
            return j;
        }
        let w = |k: usize| self.lower(k);
        let mut k = j;
        if matches!(self.word(k - 1), "today" | "yesterday" | "tonight") {
            k -= 1;
        } else {
            // "on Thursday night": the part of the day after its name.
            if matches!(&*w(k - 1), "morning" | "afternoon" | "evening" | "night")
                && k >= a + 3
                && WEEKDAYS.contains(&&*w(k - 2))
            {
                k -= 1;
            }
            if WEEKDAYS.contains(&&*w(k - 1)) && is_capitalised(self.word(k - 1)) {
                k -= 1;
                if k > a + 1 && w(k - 1) == "on" {
                    // "the Independent on Sunday", "the Mail on Sunday": a paper's name.
                    if w(k) == "sunday"
                        && k > a + 2
                        && matches!(
                            &*w(k - 2),
                            "mail"
                                | "independent"
                                | "scotland"
                                | "wales"
                                | "express"
                                | "mirror"
                                | "sun"
                                | "telegraph"
                                | "people"
                                | "star"
                        )
                    {
                        return j;
                    }
                    k -= 1;
                }
            } else if matches!(&*w(k - 1), "week" | "month" | "year")
                && k >= a + 3
                && matches!(&*w(k - 2), "last" | "this")
            {
                k -= 2;
                if k > a + 1 && w(k - 1) == "earlier" {
                    k -= 1;
                }
            } else {
                return j;
            }
        }
        // `Acme Corp. on Monday announced`: after a name's suffix too.
        if k > a && (self.is_word(k - 1) || self.suffix_dot(k - 1)) {
            k
        } else {
            j
        }
    }

    /// The subject before a cue at `c`: the phrase and where the attribution starts.
    fn subject_before(&self, a: usize, c: usize) -> Option<(Np, usize)> {
        let mut j = c;
        // "Investors seem concerned that": a verb of being before an adjective of
        // feeling.
        let feeling = FEELINGS.contains(&&*self.lower(c));
        while j > a && {
            let w = self.lower(j - 1);
            AUX.contains(&&*w)
                || (feeling
                    && matches!(
                        &*w,
                        "seem"
                            | "seems"
                            | "seemed"
                            | "appear"
                            | "appears"
                            | "appeared"
                            | "remain"
                            | "remains"
                            | "remained"
                            | "feel"
                            | "feels"
                            | "felt"
                            | "became"
                            | "become"
                            | "becomes"
                            | "grew"
                            | "stayed"
                    ))
                || (w.len() > 4
                    && adverb_ly(&w)
                    && self.is_word(j - 1)
                    && !is_capitalised(self.word(j - 1)))
                // "The minister, whose ..., also rejected": an adverb of the verb.
                || (matches!(&*w, "also" | "later" | "again" | "still")
                    && j - 1 > a
                    && self.is(j - 2, ","))
        } {
            j -= 1;
        }
        j = self.before_time_phrase(a, j);
        // "To varying degrees, all agreed": "all" and "both" stand alone as the subject
        // when no phrase comes before them.
        if j < c && matches!(&*self.lower(j), "all" | "both") && (j == a || self.is(j - 1, ",")) {
            return Some((
                Np {
                    start: j,
                    end: j + 1,
                },
                j,
            ));
        }
        if j == a {
            return None;
        }
        // "who in 2010 said": a short time or place phrase after the relative pronoun.
        if j > a + 2 {
            let lo = j.saturating_sub(5).max(a + 1);
            if let Some(w) = (lo..j).find(|&k| matches!(&*self.lower(k), "who" | "which")) {
                let phrase = w + 1 < j
                    && j - w <= 3
                    && opens_adverbial(&self.lower(w + 1))
                    && (w + 1..j).all(|k| self.is_word(k) && !AUX.contains(&&*self.lower(k)));
                if phrase {
                    j = w + 1;
                }
            }
        }
        // "an architect who said", "Democrats, who have argued": the relative pronoun
        // stands for the phrase before it.
        // "a letter from his doctor that says", "a study that found": "that" right after a
        // noun, before a verb of saying or showing, is a relative pronoun too.
        let relative_that = self.lower(j - 1) == "that"
            && j - 1 > a
            && j == c
            && matches!(
                &*self.lower(c),
                "says"
                    | "said"
                    | "shows"
                    | "showed"
                    | "claims"
                    | "claimed"
                    | "states"
                    | "stated"
                    | "finds"
                    | "found"
                    | "suggests"
                    | "suggested"
                    | "warns"
                    | "warned"
                    | "argues"
                    | "argued"
            )
            && self.is_word(j - 2)
            && !CLAUSE_WORDS.contains(&&*self.lower(j - 2))
            && !self.is_finite(j - 2)
            && cue_at(self.text, self.tokens, j - 2, j - 1, false).is_none()
            && !REPORT_NOUNS.contains(&*self.lower(j - 2));
        // "dock workers, many of whom say": a share of what the relative pronoun stands
        // for.
        if j >= a + 4 && self.share_of_relative(j - 3) {
            return Some((
                Np {
                    start: j - 3,
                    end: j,
                },
                j - 3,
            ));
        }
        // "who's called for": the pronoun with a contracted auxiliary.
        let relative = matches!(strip_contraction(&self.lower(j - 1)), "who" | "which");
        if (relative || relative_that) && j - 1 > a {
            return Some((
                Np {
                    start: j - 1,
                    end: j,
                },
                j - 1,
            ));
        }
        if matches!(self.word(j - 1), "--" | "—" | "–") {
            // "Kall -- co-editor of Debating The Donald -- said": the name before the
            // apposition set off by dashes.
            let lo = j.saturating_sub(40).max(a);
            let open = (lo..j - 1)
                .rev()
                .find(|&k| matches!(self.word(k), "--" | "—" | "–"))?;
            let np = self.np_ending_at(a, open)?;
            return self.names_someone(np).then_some((np, np.start));
        }
        if self.is(j - 1, ",") {
            // "Stoltenberg, who ..., points out", "Peters, for example, said", "X, 54, said".
            let lo = j.saturating_sub(40).max(a);
            let mut k = j - 1;
            let mut first_comma = None;
            // "Ann Lee, the minister of France, a member of the council, said": the
            // name before a chain of appositions speaks.
            let mut chain_person = None;
            while k > lo {
                k -= 1;
                // "McConnell, R-Ky., said": a full stop before a comma ends no sentence.
                // `Tom Burke, who called the ruling "a disgrace", said`: past a short
                // quoted fragment inside the aside.
                if self.is_mark(k) && k > lo {
                    let fragment = self.quoted(k - 1).map(|q| self.quotations[q].tokens);
                    if let Some((first, last)) = fragment {
                        if last == k && first > lo + 1 && last - first <= 8 {
                            k = first - 1;
                            continue;
                        }
                    }
                }
                if self.is_mark(k) || (self.ends_sentence(k) && !self.is(k + 1, ",")) {
                    break;
                }
                let w = self.lower(k);
                if matches!(&*w, "who" | "which" | "whose") && k > a && self.is(k - 1, ",") {
                    let mut np = self.np_ending_at(a, k - 1)?;
                    // "Diplomats in the region, who asked not to be named, said": the
                    // phrase the preposition hangs on, when it opens the clause.
                    if np.start > a + 1 && PREPOSITIONS.contains(&&*self.lower(np.start - 1)) {
                        if let Some(head) = self
                            .np_ending_at(a, np.start - 1)
                            .filter(|h| h.start == a && self.plausible_subject(*h))
                        {
                            np.start = head.start;
                        }
                    }
                    let np = self.before_appositions(a, np);
                    return Some((np, np.start));
                }
                if w == "," {
                    if first_comma.is_none() {
                        first_comma = Some(k);
                    } else if chain_person.is_none() {
                        chain_person = self.np_ending_at(a, k).filter(|&np| self.holds_person(np));
                    }
                }
            }
            // "Mr. Kamin, an associate professor at NYU, said": the name before the
            // apposition speaks.
            let before = first_comma.and_then(|k| self.np_ending_at(a, k));
            // Not "Kevin Hart's mother, Karen Hart, said": a person who only owns the
            // phrase leaves the name after it to speak.
            let owner_only = |np: Np| {
                (np.start..np.end).all(|t| {
                    let at = self.tokens[t].span().start;
                    self.person_mentions
                        .iter()
                        .skip(self.person_mentions.partition_point(|&(m, _)| m.start < at))
                        .take_while(|&&(m, _)| m.start == at)
                        .all(|&(m, _)| {
                            let after = self.text.get(m.end..).unwrap_or("");
                            after.starts_with("'s") || after.starts_with("’s")
                        })
                })
            };
            if let Some(np) = before
                .filter(|&np| self.holds_person(np) && !owner_only(np))
                .or(chain_person)
            {
                return Some((np, np.start));
            }
            // "Hollywood's honorary mayor, Johnny Grant, said": a name set off after a
            // role that opens the clause speaks.
            if let (Some(f), Some(role)) = (first_comma, before) {
                // At the sentence's start, not after the verb of a clause it is in ("he
                // told MPs the Lord Chancellor, Lord Falconer, was insisting").
                let fresh = a == 0 || !self.is_word(a - 1) || self.line_break_before(a);
                let role_opens = ((role.start == a && fresh)
                    || self.is(role.start - 1, ",")
                    || self.is_mark(role.start - 1))
                    && (role.start..role.end).any(|k| TITLES.map.contains_key(&*self.lower(k)));
                let name = self.np_ending_at(a, j - 1).filter(|np| {
                    np.start == f + 1
                        && is_capitalised(self.word(np.start))
                        && self.holds_person(*np)
                });
                if let Some(np) = name.filter(|_| role_opens) {
                    return Some((np, role.start));
                }
            }
            // "“...,” Flynn, a top Trump surrogate, said": a name that opens the clause
            // before the apposition, even one the article has not introduced.
            let opens_clause =
                |np: Np| np.start == a || self.is_mark(np.start - 1) || self.is(np.start - 1, ",");
            if let Some(np) = before.filter(|&np| {
                opens_clause(np) && (np.start..np.end).any(|k| self.could_name(k, false))
            }) {
                return Some((np, np.start));
            }
            // "The report, published on Monday, said": a participle opens the aside, and
            // the phrase before it speaks.
            let participle_aside = first_comma.is_some_and(|f| {
                let w = self.lower(f + 1);
                f + 1 < j - 1
                    && (w.len() > 4 && (w.ends_with("ed") || w.ends_with("en"))
                        || (w == "led" && self.lower(f + 2) == "by"))
                    && !is_capitalised(self.word(f + 1))
            });
            if let Some(np) = before
                .filter(|&np| participle_aside && opens_clause(np) && self.plausible_subject(np))
            {
                return Some((np, np.start));
            }
            if let Some(np) = self.np_ending_at(a, j - 1) {
                if self.names_someone(np) {
                    // "but his lawyer, Antony Townsden, told": the owned role before the
                    // name is part of the subject.
                    let start = before
                        .filter(|b| {
                            first_comma == Some(b.end)
                                && np.start == b.end + 1
                                && POSSESSIVES.contains(&&*self.lower(b.start))
                        })
                        .map_or(np.start, |b| b.start);
                    return Some((np, start));
                }
            }
            let np = before?;
            return self.names_someone(np).then_some((np, np.start));
        }
        // "The man who led the strike said": the phrase before a relative clause that
        // ends at the cue.
        if let Some(np) = self
            .before_relative_clause(a, j)
            .filter(|_| !self.word(c).ends_with("ing"))
        {
            return Some((np, np.start));
        }
        let mut np = self.after_opening_phrase(a, self.np_ending_at(a, j)?);
        np = self.before_list(a, np);
        // "The Scottish National Party and the Tories say": two sources joined by
        // `and`, the first opening the sentence.
        // Not roles of one person: "Labour MP and former minister Jack Cunningham".
        if np.start >= a + 2
            && self.lower(np.start - 1) == "and"
            && self.speaker_like(np)
            && !self.holds_person(np)
        {
            // "Sales fell and the company says": not a clause before `and`.
            let clause = |p: Np| {
                (p.start..p.end).any(|k| {
                    let w = self.lower(k);
                    self.is_finite(k) || past_verb(&w)
                })
            };
            if let Some(first) = self.np_ending_at(a, np.start - 1) {
                if first.start == a
                    && self.speaker_like(first)
                    && !clause(first)
                    && np.end - a <= MAX_NP + 4
                {
                    np.start = a;
                }
            }
        }
        // "In an interview with the board of the Post Trump said": the name that ends
        // the phrase speaks.
        // "After campaign aides insisted": "after" and "before" open a clause here.
        let after_preposition = np.start > a
            && PREPOSITIONS.contains(&&*self.lower(np.start - 1))
            && !matches!(&*self.lower(np.start - 1), "after" | "before");
        let k = self
            .person_mentions
            .partition_point(|&(sp, _)| sp.end < self.tokens[np.end - 1].span().end);
        if let Some(&(sp, _)) = self.person_mentions.get(k).filter(|_| after_preposition) {
            if sp.end == self.tokens[np.end - 1].span().end
                && sp.start > self.tokens[np.start].span().start
            {
                let start = self.tokens.partition_point(|t| t.span().start < sp.start);
                return Some((Np { start, end: np.end }, start));
            }
        }
        // "from his position cannot criticize": the object of a preposition is no subject.
        if self.plausible_subject(np) && !after_preposition {
            return Some((np, np.start));
        }
        // "87% of the adults quizzed by ICM said": the agent of a participle in the
        // subject is not its head; the phrase before the participle speaks.
        if after_preposition && self.lower(np.start - 1) == "by" && np.start >= a + 3 {
            let v = np.start - 2;
            let w = self.lower(v);
            let participle = !is_capitalised(self.word(v)) && (past_verb(&w));
            // Not a document ("Research conducted by the EOC", "figures collected by
            // the MDA"): its maker is its source.
            let document =
                |h: Np| DOCUMENT_NOUNS.contains(&&*bare(self.word(h.end - 1)).to_lowercase());
            if let Some(head) = self
                .np_ending_at(a, v)
                .filter(|&h| participle && self.plausible_subject(h) && !document(h))
            {
                return Some((head, head.start));
            }
        }
        // "a narrator in the Clinton ad asks": the phrase goes on across the preposition.
        if after_preposition {
            if let Some(head) = self.np_ending_at(a, np.start - 1) {
                let whole = Np {
                    start: head.start,
                    end: np.end,
                };
                let pronoun_head =
                    head.end == head.start + 1 && pronoun(&self.lower(head.start)).is_some();
                if !pronoun_head
                    && self.plausible_subject(head)
                    && np.end - head.start <= MAX_NP + 6
                {
                    return Some((whole, whole.start));
                }
            }
        }
        // "Experts on North Korea and nuclear nonproliferation said": a short sentence
        // opening that is all subject; after an opening phrase set off by a comma ("In
        // her favor, the experts I interviewed said"), a determined phrase after it.
        // Only the last 13 tokens can hold it (at most 12 words): looking further back
        // would make a long sentence of many cues quadratic.
        let lo = j.saturating_sub(13).max(a);
        let from = (lo..j)
            .rev()
            .find(|&t| self.is(t, ","))
            .map_or(a, |t| t + 1);
        let whole = Np {
            start: from,
            end: j,
        };
        let simple = from < j
            && j - from <= 12
            && (from == a || {
                let w = self.lower(from);
                DETERMINERS.contains(&&*w) || QUANTIFIERS.contains(&&*w)
            })
            && (from..j).all(|t| {
                let w = self.lower(t);
                self.is_word(t)
                    && (!CLAUSE_WORDS.contains(&&*w)
                        || matches!(
                            &*w,
                            "and" | "in" | "on" | "at" | "for" | "from" | "with" | "of"
                        ))
            });
        let whole = self.after_opening_phrase(a, whole);
        (simple && self.plausible_subject(whole)).then_some((whole, whole.start))
    }

    /// `np`, or when it holds the last items of a list set off by commas (`Officials
    /// from France, Spain and Italy`), the whole phrase the list belongs to: its items
    /// back to the first, and the head of a `from`, `of` or `in` before them.
    fn before_list(&self, a: usize, np: Np) -> Np {
        let joined = (np.start + 1..np.end).any(|k| matches!(&*self.lower(k), "and" | "or"));
        if !joined || np.start < a + 2 || !self.is(np.start - 1, ",") {
            return np;
        }
        // Back over earlier items, each a few capitalised words after a comma.
        let mut start = np.start;
        for _ in 0..8 {
            if start < a + 2 || !self.is(start - 1, ",") {
                break;
            }
            let comma = start - 1;
            let mut t = comma;
            while t > a && comma - t < 4 && is_capitalised(self.word(t - 1)) && self.is_word(t - 1)
            {
                t -= 1;
            }
            if t == comma {
                break;
            }
            start = t;
        }
        if start == np.start {
            return np;
        }
        // "Ministers from Estonia, ...": the head the list hangs on.
        if start > a + 1 && matches!(&*self.lower(start - 1), "from" | "of" | "in") {
            if let Some(head) = self.np_ending_at(a, start - 1) {
                return Np {
                    start: head.start,
                    end: np.end,
                };
            }
        }
        Np { start, end: np.end }
    }

    /// `np`, or when it is only an apposition set off by commas (`, 59,`, `, of
    /// Leeds,`, `, the Manchester MP,` after a name), the phrase before it: `Mark Hill,
    /// 59, of Leeds, who ...`.
    fn before_appositions(&self, a: usize, mut np: Np) -> Np {
        for _ in 0..3 {
            if np.start < a + 2 || !self.is(np.start - 1, ",") {
                break;
            }
            let Some(before) = self.np_ending_at(a, np.start - 1) else {
                break;
            };
            let first = self.lower(np.start);
            let apposition = PREPOSITIONS.contains(&&*first)
                || (np.end == np.start + 1 && self.is_number(np.start))
                || (determiner(&first) && self.holds_person(before) && !self.holds_person(np));
            if !apposition {
                break;
            }
            np = before;
        }
        np
    }

    /// `np` without an opening phrase of time or place that has no comma after it ("On
    /// Tuesday Trump", "At a press conference the mayor"): the subject follows it.
    fn after_opening_phrase(&self, a: usize, np: Np) -> Np {
        // The preposition may open the phrase or stand just before it (`At a briefing on
        // Monday Norvik announced`, `In a speech to the nation the president said`).
        // A lower-case preposition before it only when the sentence opens with one.
        let opened = PREPOSITIONS.contains(&&*self.lower(np.start))
            || (np.start > 0
                && PREPOSITIONS.contains(&&*self.lower(np.start - 1))
                && (is_capitalised(self.word(np.start - 1))
                    || (PREPOSITIONS.contains(&&*self.lower(a)) && is_capitalised(self.word(a)))));
        if np.end - np.start < 3 || !opened {
            return np;
        }
        // The last determiner that no preposition governs: `In recent years the leader
        // of the opposition`, `At the meeting a week ago the minister`.
        let det = (np.start + 2..np.end - 1).rev().find(|&k| {
            matches!(&*self.lower(k), "the" | "a" | "an")
                && !PREPOSITIONS.contains(&&*self.lower(k - 1))
        });
        let name = (np.start + 2..np.end).find(|&k| {
            is_time_word(&self.lower(k - 1)) && (k..np.end).all(|t| is_capitalised(self.word(t)))
        });
        // "In a statement Google said", "For its part OptInRealBig said": a name that
        // ends the phrase, after the lower-case words or the number that end the
        // opening phrase.
        let tail = || {
            let mut k = np.end;
            while k > np.start + 2
                && (is_capitalised(self.word(k - 1))
                    || (matches!(self.word(k - 1), "and" | "&" | "of")
                        && is_capitalised(self.word(k - 2))))
            {
                k -= 1;
            }
            let before = self.word(k - 1);
            (k < np.end
                && is_capitalised(self.word(k))
                && self.is_word(k - 1)
                && !is_capitalised(before))
            .then_some(k)
        };
        match det.or(name).or_else(tail) {
            Some(start) => Np { start, end: np.end },
            None => np,
        }
    }

    /// Whether a phrase names someone who can speak: a name, a pronoun, a role, a source
    /// or an organisation noun (`the minister`, `a spokesman for the firm`, `the ONS`).
    fn speaker_like(&self, np: Np) -> bool {
        (np.start..np.end).any(|k| {
            let w = bare(self.word(k)).to_lowercase();
            self.could_name(k, false)
                || TITLES.map.contains_key(w.as_str())
                || UNNAMED_SOURCES.contains(w.as_str())
                || ORG_NOUNS.contains(&w.as_str())
        }) || (np.end == np.start + 1 && pronoun(&self.lower(np.start)).is_some())
    }

    /// Whether `np` is one capitalised word that opens its sentence and that the text
    /// does not know as a person or an entity: `Unemployment, suggests ...` names nobody.
    fn unknown_opening_word(&self, np: Np) -> bool {
        let k = np.start;
        let at = self.tokens.get(k).map_or(0, |t| t.span().start);
        let m = self.mentions.partition_point(|m| m.span().end <= at);
        np.end == k + 1
            && (k == 0 || self.ends_sentence(k - 1) || self.is_break(k - 1))
            && !self.person_at.contains_key(&at)
            && self.mentions.get(m).is_none_or(|m| m.span().start > at)
    }

    /// Whether a phrase can be the one who speaks: a name, a pronoun, a determined or
    /// plural noun, a number, a role or a source ("post-traumatic stress" is not).
    fn plausible_subject(&self, np: Np) -> bool {
        let first = self.lower(np.start);
        let last = bare(self.word(np.end - 1)).to_lowercase();
        let single = np.end - np.start == 1;
        (np.start..np.end).any(|k| self.could_name(k, single))
            || pronoun(&first).is_some()
            || first == "you"
            || self
                .tokens
                .get(np.start)
                .is_some_and(|t| t.kind() == TokenKind::Number)
            || QUANTIFIERS.contains(&&*first)
            || DETERMINERS.contains(&&*first)
            || UNNAMED_SOURCES.contains(&*last)
            || TITLES.map.contains_key(&*last)
            || (last.ends_with('s') && !last.ends_with("ss") && last.len() > 3)
            || matches!(
                &*last,
                "everyone" | "everybody" | "nobody" | "someone" | "somebody" | "anyone"
            )
    }

    /// Whether the word at `k` can be part of a name: capitalised, not a known
    /// non-name, not a participle opening its sentence, and (alone) not a cue.
    fn could_name(&self, k: usize, alone: bool) -> bool {
        let w = self.word(k);
        let cue = alone && cue_at(self.text, self.tokens, k, k + 1, true).is_some();
        is_capitalised(w) && !NOT_NAMES.contains(&w) && !cue && !self.opening_participle(k)
    }

    /// Whether quotation `q` is a title (`“Fox and Friends”`, `“Face the Nation”`): at
    /// most six words, each capitalised but the small ones.
    fn is_title(&self, q: usize) -> bool {
        let inner = self.quotations[q].outer.text(self.text);
        let mut words = inner
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty());
        let small = |w: &str| {
            matches!(
                w,
                "and"
                    | "of"
                    | "the"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "from"
                    | "a"
                    | "an"
                    | "or"
                    | "to"
                    | "with"
            )
        };
        let Some(first) = words.next() else {
            return false;
        };
        let mut count = 1;
        is_capitalised(first)
            && words.all(|w| {
                count += 1;
                count <= 6 && (is_capitalised(w) || small(w))
            })
    }

    /// Whether the capitalised word at `k` is a participle that opens its sentence
    /// ("Following a late meeting, ...", "Having said that"), not a name. Not a place or
    /// a body the gazetteer knows, nor a word a finite verb or a cue in the past follows
    /// (`Beijing said`, `Boeing said`): no participle is the subject of one.
    fn opening_participle(&self, k: usize) -> bool {
        let w = self.word(k);
        let at = self.tokens[k].span().start;
        let m = self.mentions.partition_point(|m| m.span().end <= at);
        w.len() > 5
            && w.ends_with("ing")
            && (k == 0 || self.is_final(k - 1) || self.is_break(k - 1) || self.is(k - 1, "("))
            && !self.person_at.contains_key(&at)
            && self.mentions.get(m).is_none_or(|m| m.span().start != at)
            && !(k + 1 < self.tokens.len() && {
                // A verb in the past, or `says` (`Following claims that` is a noun).
                let next = self.lower(k + 1);
                self.is_finite(k + 1)
                    || ((next.ends_with("ed")
                        || IRREGULAR_PAST.contains(&&*next)
                        || next == "says")
                        && cue_at(self.text, self.tokens, k + 1, self.tokens.len(), false)
                            .is_some())
            })
    }

    /// Whether a person the article names is mentioned in the phrase.
    fn holds_person(&self, np: Np) -> bool {
        // A possessive pronoun before a noun ("His challenger") names its owner, not the
        // phrase.
        (np.start..np.end).any(|t| {
            self.person_at.contains_key(&self.tokens[t].span().start)
                && !(t + 1 < np.end && POSSESSIVES.contains(&&*self.lower(t)))
        })
    }

    /// Whether a phrase names a person, an organisation or stands for one.
    fn names_someone(&self, np: Np) -> bool {
        (np.start..np.end)
            .any(|k| is_capitalised(self.word(k)) || pronoun(&self.lower(k)).is_some())
    }

    /// The noun phrase that ends just before token `end`.
    fn np_ending_at(&self, a: usize, end: usize) -> Option<Np> {
        if end <= a || !(self.is_word(end - 1) || self.is(end - 1, ")") || self.suffix_dot(end - 1))
        {
            return None;
        }
        let last = self.lower(end - 1);
        if matches!(&*last, "he" | "she" | "they" | "it" | "we" | "i" | "you") {
            return Some(Np {
                start: end - 1,
                end,
            });
        }
        let mut k = end;
        while k > a && end - k < MAX_NP {
            let t = &self.tokens[k - 1];
            let w = t.text(self.text);
            match t.kind() {
                TokenKind::Word | TokenKind::Number => {
                    let lw = w.to_lowercase();
                    // "Ann Lee and Tom Reyes", "music and marketing manager Simon George":
                    // "and" between names, or inside a role before a name.
                    // "the work and pensions minister": a role with no name, after one
                    // word and a determiner.
                    // Not `the team and the manager`: no determiner after `and`.
                    let bare_role = TITLES.map.contains_key(&*self.lower(end - 1))
                        && k >= a + 3
                        && DETERMINERS.contains(&&*self.lower(k - 3))
                        && !DETERMINERS.contains(&&*self.lower(k))
                        && !matches!(&*self.lower(k), "a" | "an");
                    let role_and = k < end
                        && (k..end).any(|t| TITLES.map.contains_key(&*self.lower(t)))
                        && (is_capitalised(self.word(end - 1)) || bare_role)
                        && !is_capitalised(self.word(k))
                        && k >= a + 2
                        && self.is_word(k - 2)
                        && !is_capitalised(self.word(k - 2));
                    if lw == "and"
                        && k >= a + 2
                        && k < end
                        && ((is_capitalised(self.word(k)) && is_capitalised(self.word(k - 2)))
                            || role_and)
                    {
                        k -= 1;
                        continue;
                    }
                    // "attorneys for the family", "director of the institute": a preposition
                    // after a role or a plural noun stays inside the phrase.
                    if matches!(&*lw, "of" | "for" | "at" | "with" | "to") && k >= a + 2 && k < end
                    {
                        // "a source close to", "people familiar with": past the adjective.
                        let h = if k >= a + 3
                            && matches!(&*self.lower(k - 2), "close" | "familiar" | "loyal")
                        {
                            k - 3
                        } else {
                            k - 2
                        };
                        let head = bare(self.word(h)).to_lowercase();
                        // After "to", only a role or a source ("an aide to", "sources
                        // close to"): "efforts to stop" is an infinitive.
                        if TITLES.map.contains_key(&*head)
                            || UNNAMED_SOURCES.contains(&*head)
                            || (head.ends_with('s')
                                && !head.ends_with("ss")
                                && head.len() > 3
                                && !is_capitalised(self.word(h))
                                && (lw != "to" || h < k - 2))
                        {
                            k -= 1;
                            continue;
                        }
                    }
                    if CLAUSE_WORDS.contains(&&*lw)
                        || pronoun(&lw).is_some_and(|_| {
                            matches!(&*lw, "he" | "she" | "they" | "it" | "we" | "i")
                        })
                    {
                        break;
                    }
                    if k < end && cue_at(self.text, self.tokens, k - 1, end, false).is_some() {
                        break;
                    }
                    k -= 1;
                }
                _ if matches!(w, "." | "&" | "-")
                    && k > a + 1
                    && self.is_word(k - 2)
                    && (k < end || self.suffix_dot(k - 1)) =>
                {
                    k -= 1
                }
                // "The Baltic Shippers' Association", "the players’ union": a plural
                // possessive inside a name, before a capitalised word, or a body's noun
                // after a plain plural. Not before a person: "Mr Reyes' lawyer" is the
                // lawyer.
                _ if matches!(w, "'" | "’")
                    && k > a + 1
                    && k < end
                    && self.tokens[k - 2].span().end == t.span().start
                    && t.span().end < self.tokens[k].span().start
                    && self.word(k - 2).ends_with('s')
                    // "Mr Reyes' Labour colleague": a person's possessive ends the phrase.
                    && !self.person_at.contains_key(&self.tokens[k - 2].span().start)
                    && !(k >= 3 && self.person_at.contains_key(&self.tokens[k - 3].span().start))
                    && if is_capitalised(self.word(k - 2)) {
                        is_capitalised(self.word(k))
                    } else {
                        let head = self.lower(k);
                        ORG_NOUNS.contains(&&*head) || BODY_NOUNS.contains(&&*head)
                    } =>
                {
                    k -= 1
                }
                _ if w == ")" => {
                    // "Sen. David Perdue (R-Ga.)": a parenthesis inside the phrase.
                    let lo = k.saturating_sub(10).max(a);
                    match (lo..k - 1).rev().find(|&o| self.is(o, "(")) {
                        Some(o) if o > a => k = o,
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        // Leading conjunctions and adverbs are not part of it, nor a participle that
        // governs it ("including ones", "paying an architect").
        while k + 1 < end && {
            let w = self.lower(k);
            LEADING_ADVERBS.contains(&&*w)
                || (w.len() > 4 && w.ends_with("ing") && !is_capitalised(self.word(k)) && {
                    // ... before its object: a name or a determined phrase, not a plain noun
                    // it describes ("restructuring experts").
                    let next = self.lower(k + 1);
                    is_capitalised(self.word(k + 1))
                        || DETERMINERS.contains(&&*next)
                        || QUANTIFIERS.contains(&&*next)
                        || next == "ones"
                })
        } {
            k += 1;
        }
        let k = self.past_lead(k, end);
        (k < end).then_some(Np { start: k, end })
    }

    /// Past the words that open a clause before its subject, from `k`, never beyond
    /// `last`: conjunctions and adverbs (`And`, `Recently`) and a phrase of time (`this
    /// month`, `last week`).
    fn past_lead(&self, mut k: usize, last: usize) -> usize {
        while k < last {
            let w = self.lower(k);
            if LEADING_ADVERBS.contains(&&*w) {
                k += 1;
            } else if self.is_clock_time(k) && k + 1 < last && self.is_word(k + 1) {
                // "10:10 Network Rail says": a live blog's time stamp.
                k += 1;
            } else if matches!(&*w, "this" | "last" | "next")
                && k + 1 < last
                && matches!(
                    &*self.lower(k + 1),
                    "week" | "month" | "year" | "weekend" | "morning" | "afternoon" | "evening"
                )
            {
                k += 2;
            } else {
                break;
            }
        }
        k
    }

    /// Past a time stamp that opens a sentence before `c` (`9:32 a.m.:`, `10:10 -`): the
    /// token after its colon or dash, else `a`.
    fn past_time_stamp(&self, a: usize, c: usize) -> usize {
        if !self.is_clock_time(a) {
            return a;
        }
        let mut k = a + 1;
        while k < c
            && k < a + 4
            && matches!(
                &*self.lower(k),
                "a.m" | "a.m." | "p.m" | "p.m." | "am" | "pm" | "."
            )
        {
            k += 1;
        }
        if k < c && matches!(self.word(k), ":" | "-" | "–" | "—") {
            k + 1
        } else {
            a
        }
    }

    /// Whether the token at `k` is a time of day (`10:10`, `10.10am`, `9pm`).
    fn is_clock_time(&self, k: usize) -> bool {
        let w = self.lower(k);
        let digits = w
            .strip_suffix("am")
            .or_else(|| w.strip_suffix("pm"))
            .map_or((&*w, false), |d| (d, true));
        let (d, meridiem) = digits;
        // "0.27" is a number: a full stop parts a time only before am or pm.
        if d.contains('.') && !meridiem {
            return false;
        }
        let mut parts = d.split([':', '.']);
        let hours = parts.next().unwrap_or("");
        let minutes = parts.next();
        let ok = |p: &str, n: usize| {
            !p.is_empty() && p.len() <= n && p.bytes().all(|b| b.is_ascii_digit())
        };
        parts.next().is_none()
            && ok(hours, 2)
            && match minutes {
                Some(m) => m.len() == 2 && ok(m, 2),
                None => meridiem,
            }
    }

    /// The subject after a cue (`said White House spokeswoman Adrienne Watson.`).
    fn subject_after(&self, i: usize, b: usize) -> Option<Np> {
        let end = self.words_end(i, b);
        if i >= end {
            return None;
        }
        let first = self.word(i);
        let lf = first.to_lowercase();
        // "said Tuesday", "said this week": a time, not a speaker.
        if is_time_word(&lf) {
            return None;
        }
        // "said one Democratic source", "said two people familiar with the talks".
        let opens = is_capitalised(first)
            || DETERMINERS.contains(&&*lf)
            || QUANTIFIERS.contains(&&*lf)
            || matches!(&*lf, "he" | "she" | "they" | "we")
            || TITLES.map.contains_key(&*lf);
        // "said of the plan", "said in a statement": a preposition opens no speaker.
        if lf == "that" || PREPOSITIONS.contains(&&*lf) {
            return None;
        }
        let mut k = i;
        let mut tail = false;
        while k < end && k - i < 12 {
            // "said Rep. Ann Lee (D-Ore.), ...": a party and state in parentheses.
            if k > i && self.is(k, "(") {
                if let Some(close) = (k + 1..(k + 8).min(end)).find(|&t| self.is(t, ")")) {
                    if close + 1 >= end || self.is(close + 1, ",") || self.is_final(close + 1) {
                        k = close + 1;
                        break;
                    }
                }
                // "said Mr. Burman (a view echoed by everyone)": a longer aside in
                // brackets ends the name.
                break;
            }
            if self.is_break(k) || self.ends_sentence(k) || self.lower(k) == "that" {
                break;
            }
            if !self.is_word(k) && !matches!(self.word(k), "." | "&" | "-") {
                return None;
            }
            // A verb or a clause word means what follows is what was said, not who.
            let w = self.lower(k);
            // "said a senior official who spoke on condition of anonymity": a relative
            // clause about the speaker ends the name.
            if k > i && matches!(&*w, "who" | "whose") {
                tail = true;
                break;
            }
            if k > i && self.is_finite(k) {
                return None;
            }
            // "said the club needs a new owner", "said the bid undervalued the firm":
            // after a lower-case start, a verb past the first noun, before an object,
            // makes the words a clause.
            if k >= i + 2 && !is_capitalised(first) && self.verb_before_object(k) {
                return None;
            }
            // "said Nadal afterwards.", "said Ms Lee yesterday.": a word of time ends the
            // name.
            if k > i
                && !is_capitalised(self.word(k))
                && (is_time_word(&w) || matches!(&*w, "afterwards" | "afterward"))
                && self.adverbial_tail(i, k, end)
            {
                tail = true;
                break;
            }
            if k > i
                && CLAUSE_WORDS.contains(&&*w)
                && !matches!(&*w, "of" | "for" | "at" | "with" | "from" | "and")
                // "said one source in the room": a source's place, not a time ("said
                // the officials on Monday").
                && !(matches!(&*w, "in" | "on")
                    && UNNAMED_SOURCES.contains(&*self.lower(k - 1))
                    && !is_time_word(&self.lower(k + 1)))
            {
                // "said Smith on Friday.", "said Ms Lee in a statement.": a phrase of
                // time, place or occasion that ends the sentence without a clause of
                // its own ends the name.
                if self.adverbial_tail(i, k, end) {
                    tail = true;
                    break;
                }
                return None;
            }
            k += 1;
        }
        if k == i || (!tail && k < end && !self.is(k, ",") && !self.is(k, "(")) {
            return None;
        }
        // "said harbour master Tomas Rieger": a lower-case start needs a name or a role.
        let named = (i..k).any(|t| {
            self.person_at.contains_key(&self.tokens[t].span().start)
                || TITLES.map.contains_key(&*self.lower(t))
        });
        if !opens && !named {
            return None;
        }
        // "said its chief executive, Sir Howard Newby.": a role, then the name of who
        // bears it set off by a comma, at the end of the sentence.
        if k < end
            && self.is(k, ",")
            && (i..k)
                .any(|t| !is_capitalised(self.word(t)) || TITLES.map.contains_key(&*self.lower(t)))
        {
            let mut e = k + 1;
            while e < end && e - k <= 5 && (is_capitalised(self.word(e)) || self.is(e, ".")) {
                e += 1;
            }
            let name = Np {
                start: k + 1,
                end: e,
            };
            if e > k + 1 && e >= end && self.holds_person(name) {
                return Some(name);
            }
        }
        Some(Np { start: i, end: k })
    }

    /// Whether the words from `k` to the end of the sentence are an adverbial after a
    /// name (`on Friday.`, `in a statement issued in Kyiv.`): the name from `i` is a
    /// run of capitalised words, and the phrase opens with a preposition and holds no
    /// clause of its own.
    fn adverbial_tail(&self, i: usize, k: usize, end: usize) -> bool {
        let w = self.lower(k);
        if !(PREPOSITIONS.contains(&&*w)
            || is_time_word(&w)
            || matches!(&*w, "following" | "ahead" | "afterwards" | "afterward"))
        {
            return false;
        }
        // A run of capitalised words, or a determined source or role ("the health
        // officials on Monday").
        let last = self.lower(k - 1);
        let proper = (i..k).all(|t| {
            is_capitalised(self.word(t)) || matches!(self.word(t), "of" | "&" | "." | "-")
        }) || (DETERMINERS.contains(&&*self.lower(i))
            && k - i <= 4
            && (UNNAMED_SOURCES.contains(&*last) || TITLES.map.contains_key(&*last))
            // Words of a noun phrase only: not "his organisation contacted police".
            && (i + 1..k).all(|t| {
                let w = self.lower(t);
                self.is_word(t)
                    && !self.is_finite(t)
                    && !past_form(&w)
                    && !w.ends_with("ing")
                    && !IRREGULAR_PAST.contains(&&*w)
                    && !CLAUSE_WORDS.contains(&&*w)
            }));
        let reach = end.min(k + 13);
        let stop = (k..reach)
            .find(|&t| self.is(t, ",") || self.is(t, ";") || self.is_break(t) || self.is_final(t))
            .unwrap_or(reach);
        proper
            && stop == end
            && stop - k <= 12
            && !(k + 1..stop).any(|t| {
                let w = self.lower(t);
                self.is_finite(t)
                    || self.quoted(t).is_some()
                    || (CLAUSE_WORDS.contains(&&*w) && !PREPOSITIONS.contains(&&*w))
            })
    }

    /// The subject that opens the sentence, for a later verb of the same subject: a
    /// pronoun or a name right at its start.
    fn sentence_subject(&self, a: usize, c: usize) -> Option<Speaker> {
        let mut i = a;
        // "“...,” Blige sings to Clinton before asking her": after an opening
        // quotation, the subject follows it.
        if let Some(q) = self.quoted(i) {
            let (_, z) = token_range(self.tokens, self.quotations[q].outer);
            i = z;
            if i < c && self.is(i, ",") {
                i += 1;
            }
        }
        while i < c && matches!(&*self.lower(i), "and" | "but" | "so" | "also" | "then") {
            i += 1;
        }
        // "On September 27 they published ...", "In a statement, the board ...": an
        // opening phrase of time or place before the subject.
        if i < c && PREPOSITIONS.contains(&&*self.lower(i)) {
            let mut k = i + 1;
            while k < c && k < i + 8 && self.is_word(k) && pronoun(&self.lower(k)).is_none() {
                k += 1;
            }
            if k < c && self.is(k, ",") {
                k += 1;
            }
            if k < c && (k > i + 1) && (self.is(k - 1, ",") || pronoun(&self.lower(k)).is_some()) {
                i = k;
            }
        }
        if i >= c {
            return None;
        }
        // "It was Mr Milburn who took centre stage, speaking of ...": in a cleft, the
        // phrase before `who` is the subject.
        if self.lower(i) == "it" && matches!(&*self.lower(i + 1), "was" | "is") {
            if let Some(w) = (i + 3..c.min(i + 10)).find(|&k| self.lower(k) == "who") {
                if let Some(np) = self.np_ending_at(i + 2, w).filter(|np| np.start == i + 2) {
                    return self.resolve(np);
                }
            }
        }
        // "Their leader Tomas Kerr made a plea": a possessive opens a phrase.
        let possessive = POSSESSIVES.contains(&&*self.lower(i)) && i + 1 < c && self.is_word(i + 1);
        if pronoun(&self.lower(i)).is_some() && !possessive {
            return self.resolve(Np {
                start: i,
                end: i + 1,
            });
        }
        // "The Republican National Committee is filing ..., claiming": a determiner and
        // the capitalised name it opens.
        // "Having said that, ...", "Chastened by the reviews, Trump ...": a participle
        // opening the sentence is no name; the subject comes after its phrase.
        let w = self.word(i);
        if w.len() > 5
            && (w.ends_with("ing") || w.ends_with("ed"))
            && !self.person_at.contains_key(&self.tokens[i].span().start)
        {
            let comma = (i + 1..c.min(i + 16)).find(|&k| self.is(k, ","))?;
            i = comma + 1;
            let w = self.word(i);
            if i >= c || w.ends_with("ing") || w.ends_with("ed") {
                return None;
            }
        }
        let lead = matches!(&*self.lower(i), "the" | "a" | "an") as usize;
        if lead == 0 && (NOT_NAMES.contains(&self.word(i)) || is_time_word(&self.lower(i))) {
            return None;
        }
        let mut e = i + lead;
        // "A reporter for USA Today", "the spokeswoman of the board": a role or a source
        // noun after the determiner, and the name of where it serves.
        if lead == 1 || DETERMINERS.contains(&&*self.lower(i)) {
            let lead = lead.max(1);
            let mut k = i + lead;
            while k < c && k < i + lead + 3 && self.is_word(k) && !is_capitalised(self.word(k)) {
                k += 1;
            }
            let noun = self.lower(k.saturating_sub(1));
            if k > i + lead && (TITLES.map.contains_key(&*noun) || UNNAMED_SOURCES.contains(&*noun))
            {
                e = k;
                // "Their leader Tomas Kerr": the name after the role.
                while e < c && e - k < 4 && is_capitalised(self.word(e)) && self.is_word(e) {
                    e += 1;
                }
                if e + 1 < c
                    && matches!(&*self.lower(e), "for" | "of" | "at" | "from")
                    && is_capitalised(self.word(e + 1))
                {
                    e += 1;
                    while e < c && e - i < 10 && (is_capitalised(self.word(e)) || self.is(e, ".")) {
                        e += 1;
                    }
                }
                return self.resolve(Np { start: i, end: e });
            }
        }
        while e < c && e - i < 6 && (is_capitalised(self.word(e)) || self.is(e, ".")) {
            e += 1;
        }
        // "Portsmouth chairman Milan Mandaric", "White House press secretary Ann Lee":
        // a role between the name of where it serves and the name of who bears it.
        if e > i + lead {
            let mut k = e;
            while k < c && k < e + 2 && self.is_word(k) && !is_capitalised(self.word(k)) {
                k += 1;
            }
            let noun = self.lower(k.saturating_sub(1));
            // "A Labour party spokesman played down ...": the role alone, too.
            if k > e
                && k < c
                && (TITLES.map.contains_key(&*noun) || UNNAMED_SOURCES.contains(&*noun))
            {
                e = k;
                while e < c && e - k < 4 && is_capitalised(self.word(e)) && self.is_word(e) {
                    e += 1;
                }
            }
            return self.resolve(Np { start: i, end: e });
        }
        // "A 2014 study that appeared in ...": a short determined phrase up to the word
        // that opens its clause.
        if lead == 1 {
            let mut k = i + 1;
            // "A fan jumped on stage": a verb ends the phrase too.
            let verb = |k: usize| {
                let w = self.lower(k);
                self.is_finite(k) || past_verb(&w)
            };
            while k < c
                && k < i + 5
                && (self.is_word(k) || self.is_number(k))
                && !CLAUSE_WORDS.contains(&&*self.lower(k))
                && !verb(k)
                && cue_at(self.text, self.tokens, k, c, false).is_none()
            {
                k += 1;
            }
            let closes = k < c
                && (CLAUSE_WORDS.contains(&&*self.lower(k))
                    || self.is(k, ",")
                    || (verb(k) && cue_at(self.text, self.tokens, k, c, false).is_none()));
            if k > i + 1 && closes {
                return self.resolve(Np { start: i, end: k });
            }
        }
        None
    }

    /// Whether the lower-case word at `k` reads as a verb with its object: a past
    /// form, a verb of saying, or a third-person form after a lower-case noun, before
    /// a determiner, a possessive, a number or a particle (`needs a`, `undervalued
    /// the`, `brought back`, `opens up`).
    fn verb_before_object(&self, k: usize) -> bool {
        let w = self.word(k);
        if is_capitalised(w) || !self.is_word(k) {
            return false;
        }
        let lw = w.to_lowercase();
        let before = self.lower(k - 1);
        let third_person = lw.len() > 3
            && lw.ends_with('s')
            && !lw.ends_with("ss")
            && !before.ends_with('s')
            && !is_capitalised(self.word(k - 1))
            && !DETERMINERS.contains(&&*before)
            && !PREPOSITIONS.contains(&&*before);
        // "said the health officials this week": a source noun, then a time phrase.
        let third_person = third_person
            && !UNNAMED_SOURCES.contains(lw.as_str())
            && !TITLES.map.contains_key(lw.as_str());
        let verb =
            past_form(&lw) || is_cue_word(&lw) || IRREGULAR_PAST.contains(&&*lw) || third_person;
        let next = self.lower(k + 1);
        if is_time_word(&next) || is_time_word(&self.lower(k + 2)) {
            return false;
        }
        verb && (DETERMINERS.contains(&&*next)
            || POSSESSIVES.contains(&&*next)
            || QUANTIFIERS.contains(&&*next)
            || self.is_number(k + 1)
            || matches!(&*next, "up" | "down" | "out" | "back" | "off"))
    }

    fn is_number(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind() == TokenKind::Number)
    }

    /// The subject of the clause that holds a second verb of one subject ("..., I
    /// laughed and said"): a pronoun or a named person right after the last comma before
    /// `c`, if there is one.
    fn clause_subject(&self, a: usize, c: usize) -> Option<Speaker> {
        // Within 40 tokens: a long sentence of many cues must not look back to its start
        // from each.
        let comma = (c.saturating_sub(40).max(a)..c)
            .rev()
            .find(|&k| matches!(self.word(k), "," | "(" | ";" | "--" | "—"))?;
        let k = comma + 1;
        if k >= c {
            return None;
        }
        // ", his family said": a possessive opens the phrase, which speaks as a whole.
        if POSSESSIVES.contains(&&*self.lower(k)) && k + 1 < c && self.is_word(k + 1) {
            return self.np_ending_at(k, c).and_then(|np| self.resolve(np));
        }
        if pronoun(&self.lower(k)).is_some() || matches!(&*self.lower(k), "who" | "which") {
            return self.resolve(Np {
                start: k,
                end: k + 1,
            });
        }
        let &p = self.person_at.get(&self.tokens[k].span().start)?;
        let i = self
            .person_mentions
            .partition_point(|&(s, _)| s.start < self.tokens[k].span().start);
        let &(span, _) = self.person_mentions.get(i)?;
        Some(self.person_speaker(p, span))
    }

    /// Where the object starts when the word at `k` is a participle with its object
    /// after it, past a particle (`cutting off a reporter`, `greeting the crowd`), and
    /// no adjective (`the ruling party`).
    fn participle_object(&self, k: usize) -> Option<usize> {
        let w = self.word(k);
        let mut o = k + 1;
        if matches!(
            &*self.lower(o),
            "off" | "up" | "out" | "down" | "on" | "in" | "with" | "at"
        ) {
            o += 1;
        }
        (w.len() > 4 && w.ends_with("ing") && !is_capitalised(w) && o < self.tokens.len() && {
            let lo = self.lower(o);
            DETERMINERS.contains(&&*lo) || QUANTIFIERS.contains(&&*lo)
        })
        .then_some(o)
    }

    /// Whether a person's mention ends just before token `k`, in the place of a
    /// subject: opening the sentence or after `but`, `and` or a comma (not `used the ad
    /// against Clinton, accusing`).
    fn subject_person_before(&self, a: usize, k: usize) -> bool {
        let Some(t) = k.checked_sub(1).and_then(|t| self.tokens.get(t)) else {
            return false;
        };
        let end = t.span().end;
        let i = self.person_mentions.partition_point(|&(s, _)| s.end < end);
        let Some(&(span, _)) = self.person_mentions.get(i).filter(|(s, _)| s.end == end) else {
            return false;
        };
        let first = self.tokens.partition_point(|t| t.span().start < span.start);
        // A title before the name belongs to it (`Mayor Ann Lee`).
        let mut before = first;
        while before > a && is_capitalised(self.word(before - 1)) && self.is_word(before - 1) {
            before -= 1;
        }
        before == a || matches!(&*self.lower(before - 1), "but" | "and" | "," | "while")
    }

    /// The person mentioned nearest before `c` in the sentence.
    fn nearest_person(&self, a: usize, c: usize) -> Option<Speaker> {
        let lo = self.tokens.get(a)?.span().start;
        let hi = self.tokens.get(c)?.span().start;
        let k = self.person_mentions.partition_point(|&(s, _)| s.start < hi);
        let &(span, p) = self.person_mentions.get(k.checked_sub(1)?)?;
        (span.start >= lo).then(|| self.person_speaker(p, span))
    }

    fn person_speaker(&self, p: usize, span: Span) -> Speaker {
        // "Whitcombe said" when the article names Rosa and Daniel Whitcombe: the
        // surname alone could be either, so the person is a guess.
        // A gendered title before it (`Mr Whitcombe`) counts only those it fits.
        let written = span.text(self.text);
        let k = self.tokens.partition_point(|t| t.span().start < span.start);
        let title = k
            .checked_sub(1)
            .and_then(|t| TITLES.map.get(&*bare(self.word(t)).to_lowercase()).copied())
            .flatten();
        let shared = !written.contains(char::is_whitespace)
            && self.surnames.get(written).is_some_and(|n| {
                let fit = match title {
                    Some(g) => n[gender_slot(Some(g))] + n[2],
                    None => n.iter().sum(),
                };
                fit > 1
            });
        Speaker {
            name: self.people[p].name().to_string(),
            span,
            kind: SpeakerKind::Person,
            guessed: shared,
        }
    }

    /// Who a subject phrase stands for.
    fn resolve(&self, np: Np) -> Option<Speaker> {
        let span = self.span_of(np.start, np.end)?;
        // "There is growing evidence that": an expletive speaks for nobody.
        if np.end == np.start + 1 && self.lower(np.start) == "there" {
            return None;
        }
        // "Judge Karl Wendle, QC told": letters after a name belong to it.
        if np.end == np.start + 1
            && np.start >= 2
            && matches!(
                self.word(np.start),
                "QC" | "KC" | "MP" | "MEP" | "MSP" | "AM" | "OBE" | "MBE" | "CBE" | "JP"
            )
            && self.is(np.start - 1, ",")
        {
            let end = self.tokens[np.start - 2].span().end;
            let i = self.person_mentions.partition_point(|&(m, _)| m.end < end);
            if let Some(&(m, p)) = self.person_mentions.get(i).filter(|(m, _)| m.end == end) {
                return Some(self.person_speaker(p, m));
            }
        }
        // A name in apposition after it: "the president of France, Emmanuel Macron,".
        if self.is(np.end, ",") {
            if let Some(at) = self.tokens.get(np.end + 1) {
                if let Some(&p) = self.person_at.get(&at.span().start) {
                    if self.lower(np.start) == "the" || self.lower(np.start) == "its" {
                        return Some(self.person_speaker(p, at.span()));
                    }
                }
            }
        }
        // A relative pronoun: what it stands for, reported at the pronoun.
        if (np.end == np.start + 1
            && matches!(
                strip_contraction(&self.lower(np.start)),
                "who" | "which" | "that"
            ))
            || (np.end == np.start + 3 && self.share_of_relative(np.start))
        {
            let mut e = np.start;
            if e > 0 && matches!(self.word(e - 1), "," | "--" | "—" | "–") {
                e -= 1;
            }
            let lo = e.saturating_sub(MAX_NP + 2).max(self.clause_start(e));
            // Unresolved, the relative pronoun stands as it is, as a pronoun does.
            let unresolved = || Speaker {
                name: span.text(self.text).to_string(),
                span,
                kind: SpeakerKind::Unnamed,
                guessed: false,
            };
            // "It is unclear who said", "The question is who said": a question's `who`
            // stands for nobody.
            if e == np.start
                && e > 0
                && matches!(
                    &*self.lower(e - 1),
                    "unclear"
                        | "clear"
                        | "known"
                        | "unknown"
                        | "sure"
                        | "certain"
                        | "asked"
                        | "ask"
                        | "asks"
                        | "wonder"
                        | "wondered"
                        | "know"
                        | "knows"
                        | "knew"
                        | "explain"
                        | "tell"
                        | "idea"
                        | "question"
                        | "is"
                        | "was"
                )
            {
                return None;
            }
            let Some(mut antecedent) = self.np_ending_at(lo, e) else {
                return Some(unresolved());
            };
            // "a letter from his doctor Friday afternoon that says": a time phrase after
            // the antecedent is no part of it.
            while antecedent.end > antecedent.start + 1 && {
                let w = self.lower(antecedent.end - 1);
                is_time_word(&w) || matches!(&*w, "afternoon" | "morning" | "evening" | "night")
            } {
                antecedent.end -= 1;
            }
            // "The board published a study of the pier that says": the phrase starts after
            // the verb before it.
            if let Some(v) = (antecedent.start..antecedent.end.saturating_sub(1))
                .rev()
                .find(|&k| {
                    let w = self.word(k);
                    let lw = self.lower(k);
                    ((w.len() > 3 && w.ends_with("ed")
                        || IRREGULAR_PAST.contains(&&*lw)
                        || matches!(&*lw, "met" | "led" | "hit" | "heard" | "sought" | "chose"))
                        && !is_capitalised(w))
                        || self.is_finite(k)
                        || self.participle_object(k).is_some()
                })
            {
                antecedent.start = self.participle_object(v).unwrap_or(v + 1);
            }
            // "tax returns from 1995 that showed": the noun before the year's preposition.
            if antecedent.end == antecedent.start + 1
                && self.is_number(antecedent.start)
                && antecedent.start > lo + 1
                && PREPOSITIONS.contains(&&*self.lower(antecedent.start - 1))
            {
                if let Some(head) = self.np_ending_at(lo, antecedent.start - 1) {
                    antecedent = head;
                }
            }
            let found = self.resolve(antecedent).unwrap_or_else(unresolved);
            return Some(Speaker { span, ..found });
        }
        // A pronoun: the person it was resolved to.
        if np.end == np.start + 1 {
            let w = self.lower(np.start);
            if let Some(r) = pronoun(&w) {
                if let Some(&p) = self.person_at.get(&span.start) {
                    return Some(self.person_speaker(p, span));
                }
                if r == Referent::Group {
                    // "Xi Jinping and Vladimir Putin They called": the names just before.
                    let k = self
                        .person_mentions
                        .partition_point(|&(s, _)| s.start < span.start);
                    if let Some(&(s, p)) =
                        k.checked_sub(1).and_then(|k| self.person_mentions.get(k))
                    {
                        let gap = self.text.get(s.end..span.start).unwrap_or("x");
                        if gap.split_whitespace().take(2).count() <= 1 {
                            return Some(self.person_speaker(p, s));
                        }
                    }
                }
                return Some(Speaker {
                    name: strip_contraction(self.word(np.start)).to_string(),
                    span,
                    kind: SpeakerKind::Unnamed,
                    guessed: false,
                });
            }
        }
        // The head of "the boss of NATO", "the foreign minister of the government X".
        let determined = DETERMINERS.contains(&&*self.lower(np.start));
        let head_end = if determined {
            (np.start..np.end)
                .find(|&k| self.lower(k) == "of")
                .unwrap_or(np.end)
        } else {
            np.end
        };
        // "A spokesman for Gov. Andrew Hale", "an aide to Hale", "two people familiar
        // with his plans": a person right after a preposition is its object; the head
        // ends before it.
        let object = self.person_object(np);
        let head_end = object.map_or(head_end, |k| k.min(head_end));
        let head = Span::new(
            span.start,
            self.tokens[head_end.max(np.start + 1) - 1].span().end,
        );
        // A person named in the head.
        let k = self
            .person_mentions
            .partition_point(|&(s, _)| s.start < head.start);
        // "His agent said", "her aides said": the owner named by a possessive pronoun is
        // not the speaker when what is owned is a person ("his tweets" still speak for
        // him).
        let owned_person = || {
            let last = bare(self.word(head_end.max(np.start + 1) - 1)).to_lowercase();
            UNNAMED_SOURCES.contains(&*last) || self.role_in(np.start, head_end).is_some()
        };
        let owner = |s: Span| {
            if s.end >= head.end {
                return false;
            }
            // "His lawyers", "Her neighbour Alan Ross", "His club": a possessive pronoun
            // before a person, a name or a body is their owner, not the speaker; before
            // the owner's own words ("his statement said", "her tweets") or anything
            // else, it still speaks for the owner.
            if POSSESSIVES.contains(&s.text(self.text).to_lowercase().as_str()) {
                // Anywhere in the head ("a statement on her website said"), unless a body
                // or a person the pronoun owns comes first ("His party's statement").
                let own_words = {
                    let after = self.text.get(s.end..head.end).unwrap_or("");
                    let mut own = false;
                    for w in after.split_whitespace() {
                        let w = bare(w).to_lowercase();
                        let w = w
                            .strip_suffix("'s")
                            .or_else(|| w.strip_suffix("’s"))
                            .unwrap_or(&w);
                        if OWN_WORDS.contains(&w) {
                            own = true;
                            break;
                        }
                        if ORG_NOUNS.contains(&w)
                            || BODY_NOUNS.contains(&w)
                            || KIN.contains(&w)
                            || UNNAMED_SOURCES.contains(w)
                        {
                            break;
                        }
                    }
                    own || head
                        .text(self.text)
                        .get(..s.start.saturating_sub(head.start))
                        .is_some_and(|before| {
                            before
                                .split_whitespace()
                                .any(|w| OWN_WORDS.contains(&bare(w).to_lowercase().as_str()))
                        })
                };
                let last = bare(self.word(head_end.max(np.start + 1) - 1)).to_lowercase();
                let name_follows = self
                    .person_mentions
                    .iter()
                    .skip(k)
                    .take(3)
                    .any(|&(m, _)| m.start >= s.end && m.end <= head.end);
                let body_or_kin = ORG_NOUNS.contains(&&*last)
                    || BODY_NOUNS.contains(&&*last)
                    || KIN.contains(&&*last);
                return !own_words && (owned_person() || name_follows || body_or_kin);
            }
            // "Lord Woolf's Sentencing Council", "Mr Brown's spokesman": a name that owns
            // a body or a person is not the one who speaks ("Trump's tweets" still is).
            let rest = self.text.get(s.end..head.end).unwrap_or("");
            let Some(owned) = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")) else {
                return false;
            };
            let last = owned
                .split_whitespace()
                .last()
                .map_or(String::new(), |w| bare(w).to_lowercase());
            let words: Vec<String> = owned
                .split_whitespace()
                .map(|w| bare(w).to_lowercase())
                .collect();
            // A role, in the plural too ("Mr Ebber's lawyers").
            let role = words.iter().any(|w| {
                TITLES.map.contains_key(w.as_str())
                    || w.strip_suffix('s')
                        .is_some_and(|w| TITLES.map.contains_key(w))
            });
            // "Mr Tanzi's statement", "Lord Butler's report": the owner's own words.
            let own_words = words.iter().any(|w| OWN_WORDS.contains(&w.as_str()));
            role || !own_words
                && (UNNAMED_SOURCES.contains(last.as_str())
                    || ORG_NOUNS.contains(&last.as_str())
                    || KIN.contains(&last.as_str())
                    || owned.split_whitespace().any(is_capitalised))
        };
        // "His lawyer Louise Christian said": past the owner, the name in the head.
        let named: Vec<(Span, usize)> = self.person_mentions[k.min(self.person_mentions.len())..]
            .iter()
            .take(2)
            .take_while(|(s, _)| s.end <= head.end)
            .copied()
            .collect();
        // "William Hill spokesman Rupert Adams": a firm that bears a person's name, then
        // a role, then the one who holds it.
        let role_between = named.len() == 2 && {
            let gap = self
                .text
                .get(named[0].0.end..named[1].0.start)
                .unwrap_or("");
            gap.split_whitespace().next().is_some()
                && gap
                    .split_whitespace()
                    .all(|w| TITLES.map.contains_key(bare(w).to_lowercase().as_str()))
        };
        for (i, &(s, p)) in named.iter().enumerate() {
            if !(owner(s) || (i == 0 && role_between)) {
                return Some(self.person_speaker(p, s));
            }
        }
        // "the 20-year-old", "the 40-year-old comedian": the person the article gave
        // that age; with no role besides, nobody else.
        if determined {
            // With a role besides (`the 60-year-old actor`), the role's own resolution
            // below does better than the last subject named.
            let no_role = self.role_in(np.start, head_end).is_none();
            match self.person_of_age(np, span, no_role) {
                Some(Ok(s)) => return Some(s),
                Some(Err(())) if no_role => {
                    return Some(Speaker {
                        name: span.text(self.text).to_string(),
                        span,
                        kind: SpeakerKind::Unnamed,
                        guessed: false,
                    });
                }
                _ => {}
            }
        }
        // A role: the person who bears it, or the one the text is about.
        if determined {
            if let Some((role, gender)) = self.role_in(np.start, head_end) {
                // "the prime minister's spokesman", "his agent": someone's aide is nobody
                // the text has named, unless the article gave the person that role.
                let possessed = (np.start..head_end).any(|k| {
                    let w = self.word(k);
                    w.ends_with("'s") || w.ends_with("’s") || POSSESSIVES.contains(&&*self.lower(k))
                });
                // "the Spaniard": only the person the article called so; the last person
                // named is as often someone else.
                // "the judge", "the lawyer": a role held for others is as seldom that
                // person.
                let described = TITLES.nations.contains(&role) || TITLES.services.contains(&role);
                if let Some(s) = self.person_with_role(
                    span,
                    &role,
                    gender,
                    !possessed && !described && object.is_none(),
                ) {
                    return Some(s);
                }
                if described {
                    return Some(Speaker {
                        name: span.text(self.text).to_string(),
                        span,
                        kind: SpeakerKind::Unnamed,
                        guessed: false,
                    });
                }
            }
        }
        // "the Massachusetts Democrat", "the veteran Republican": a party's member, the
        // person named last (of a fitting gender), as a role with no bearer is.
        let member = bare(self.word(np.end - 1)).to_lowercase();
        if self.lower(np.start) == "the"
            && np.end == head_end
            && PARTY_MEMBERS.contains(&member.as_str())
            && {
                // Not when another party's member was met: "Republican Tom Hale ... the
                // Texas Democrat" is someone else.
                let end = np.start;
                (end.saturating_sub(ROLE_REACH)..end).all(|k| {
                    let w = self.lower(k);
                    let party = |w: &str| {
                        if w == "tory" {
                            "conservative".to_string()
                        } else {
                            w.to_string()
                        }
                    };
                    !PARTY_MEMBERS.contains(&&*w) || party(&w) == party(&member)
                })
            }
        {
            if let Some(s) = self.person_with_role(span, &member, None, true) {
                return Some(s);
            }
        }
        // An organisation or a medium from the gazetteer, when it is the head ("the White
        // House", "the Bloomberg agency"), not a modifier ("Norwegian officials").
        let k = self
            .mentions
            .partition_point(|m| m.span().end <= head.start);
        if let Some(m) = self.mentions.get(k) {
            let rest = self.text.get(m.span().end..head.end).unwrap_or("x");
            let nouns = || {
                rest.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty() && *w != "s")
                    .map(str::to_lowercase)
            };
            let is_head = nouns().all(|w| ORG_NOUNS.contains(&&*w));
            // "The Australian firm said": a demonym before a noun of anything but the
            // state names a company or a team of that country, not the country.
            let not_the_state = m.kind() == MentionKind::Demonym
                && is_state(m.entity().kind())
                && nouns().any(|w| !STATE_NOUNS.contains(&&*w));
            // "The Electoral Commission": a capitalised word before the mention in the
            // phrase makes another name ("Commission" alone is the European one).
            let longer_name = {
                let t = self
                    .tokens
                    .partition_point(|t| t.span().start < m.span().start);
                let w = self.word(t.saturating_sub(1));
                t > np.start + 1
                    && t <= head_end
                    && is_capitalised(w)
                    && self.is_word(t - 1)
                    // Not a possessive or a modifier: "New York's Metropolitan Police",
                    // "Brussels-based Commission".
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !w.contains('-')
                    && self
                        .mentions
                        .binary_search_by(|x| x.span().end.cmp(&self.tokens[t - 1].span().end))
                        .is_err()
            };
            // "Diplomats in France", "observers in the UK": a place after a preposition
            // says where the speakers are.
            let placed = {
                let t = self
                    .tokens
                    .partition_point(|t| t.span().start < m.span().start);
                let mut p = t.saturating_sub(1);
                if self.lower(p) == "the" {
                    p = p.saturating_sub(1);
                }
                is_state(m.entity().kind())
                    && p > np.start
                    && matches!(
                        &*self.lower(p),
                        "in" | "at" | "from" | "across" | "around" | "throughout" | "inside"
                    )
                    && self.is_word(p - 1)
                    && (p - 1 == np.start || !is_capitalised(self.word(p - 1)))
            };
            if m.span().start < head.end && is_head && !not_the_state && !longer_name && !placed {
                let kind = match m.entity().kind() {
                    EntityKind::Media => SpeakerKind::Media,
                    _ => SpeakerKind::Organisation,
                };
                return Some(Speaker {
                    name: m.entity().name().to_string(),
                    span,
                    kind,
                    guessed: false,
                });
            }
        }
        // "The alliance says", "the ministry said": the body named before whose name
        // ends in that noun ("the Countryside Alliance", "Finance and Economy Ministry").
        if let Some(name) = self.named_body(np) {
            return Some(Speaker {
                name,
                span,
                kind: SpeakerKind::Organisation,
                guessed: false,
            });
        }
        let text = span.text(self.text).to_string();
        // "Apple Inc.": the name's suffix, not its full stop.
        let mut last_at = head_end.max(np.start + 1) - 1;
        if last_at > np.start && self.suffix_dot(last_at) {
            last_at -= 1;
        }
        let last = bare(self.word(last_at));
        // "Mayor announces housing plan": in a headline, a role alone names nobody (in the
        // text, "King said" is as often a surname).
        let headline_role = np.end == np.start + 1
            && self.in_title(np.start)
            && TITLES.map.contains_key(last.to_lowercase().as_str());
        // "one Tory MP", "a senior Conservative": a phrase that a quantifier opens before
        // a noun for a person is somebody unnamed, not a body.
        let first = self.lower(np.start);
        let person_noun = {
            let l = last.to_lowercase();
            TITLES.map.contains_key(l.as_str())
                || PARTY_MEMBERS.contains(&l.as_str())
                || matches!(l.as_str(), "mp" | "mep" | "msp")
        };
        let quantified = QUANTIFIERS.contains(&&*first) && np.end > np.start + 1 && person_noun;
        let kind = if UNNAMED_SOURCES.contains(last.to_lowercase().as_str())
            || !is_capitalised(last)
            || headline_role
            || quantified
        {
            SpeakerKind::Unnamed
        } else {
            SpeakerKind::Organisation
        };
        Some(Speaker {
            name: text,
            span,
            kind,
            guessed: false,
        })
    }

    /// In a phrase that opens with lower-case words, a preposition whose object is a
    /// person named, past a title, or a possessive pronoun: `A spokesman for Gov. Andrew
    /// Hale`, `Lawyers for Hale`, `a source close to Ms Lee`, `people familiar with his
    /// plans`. Not `Chairman of the Fed Alan Greenspan`, whose name is no object.
    fn person_object(&self, np: Np) -> Option<usize> {
        (np.start + 1..np.end.saturating_sub(1)).find(|&k| {
            if !PERSON_OBJECT_PREPOSITIONS.contains(&&*self.lower(k)) {
                return false;
            }
            // The words before it are the head: lower case but the first.
            if (np.start + 1..k).any(|t| is_capitalised(self.word(t)) || !self.is_word(t)) {
                return false;
            }
            let mut t = k + 1;
            // Past titles, abbreviated or not (`Gov.`, `Ms`).
            loop {
                let w = self.lower(t);
                if t + 2 < np.end
                    && self.is(t + 1, ".")
                    && TITLES.map.contains_key(&*format!("{w}."))
                {
                    t += 2;
                } else if t + 1 < np.end && TITLES.map.contains_key(&*w) {
                    t += 1;
                } else {
                    break;
                }
            }
            t < np.end
                && (self.person_at.contains_key(&self.tokens[t].span().start)
                    || (POSSESSIVES.contains(&&*self.lower(t)) && t + 1 < np.end))
        })
    }

    /// For `the alliance` (the phrase `np`, `the` and one lower-case noun of a body),
    /// the name that ends in that noun, capitalised, within the last few hundred words:
    /// `the Countryside Alliance`, `Deutsche Bank`. Not the noun alone after `the`, nor a
    /// run that opens a sentence with it (`The Bank said`).
    fn named_body(&self, np: Np) -> Option<String> {
        if np.end != np.start + 2 || self.lower(np.start) != "the" {
            return None;
        }
        let head = self.word(np.start + 1);
        let lhead = head.to_lowercase();
        if is_capitalised(head) || !NAMED_BODIES.contains(&&*lhead) {
            return None;
        }
        let lo = np.start.saturating_sub(400);
        let k = (lo..np.start)
            .rev()
            .find(|&k| is_capitalised(self.word(k)) && self.lower(k) == lhead)?;
        // Back over the capitalised words before it, and "of", "for", "and" between
        // them.
        let mut s = k;
        while s > lo {
            let w = self.word(s - 1);
            // Not past the paragraph's start, nor past an article.
            if self.line_break_before(s) || matches!(&*self.lower(s), "the" | "a" | "an") {
                break;
            }
            // Not a time ("Yesterday"), nor a word of the not-names list that opens the
            // sentence ("When Deutsche Bank ..."; inside a name, "European Central Bank",
            // such a word stays).
            let opens_sentence =
                s - 1 == 0 || self.is_final(s - 2) || self.line_break_before(s - 1);
            let name_word = is_capitalised(w)
                && self.is_word(s - 1)
                && !(opens_sentence && NOT_NAMES.contains(&w))
                && !is_time_word(&self.lower(s - 1));
            let inner = matches!(w, "of" | "for" | "and" | "&")
                && s >= lo + 2
                && is_capitalised(self.word(s - 2));
            if !(name_word || inner) {
                break;
            }
            s -= 1;
        }
        if matches!(&*self.lower(s), "the" | "a" | "an") {
            s += 1;
        }
        // ... and on over "of" and the capitalised words after it ("Ministry of Oil",
        // "Court of Appeals").
        let mut e = k + 1;
        if e + 1 < np.start && self.word(e) == "of" && is_capitalised(self.word(e + 1)) {
            e += 1;
            // Not on into a title or a person: "Bank of England Governor Mervyn King".
            while e < np.start
                && e < k + 8
                && is_capitalised(self.word(e))
                && self.is_word(e)
                && !TITLES.map.contains_key(&*self.lower(e))
                && !self.person_at.contains_key(&self.tokens[e].span().start)
            {
                e += 1;
            }
        }
        // A name of more than the noun, that no sentence opens with the noun alone.
        if s >= k && e == k + 1 {
            return None;
        }
        let name = self.span_of(s, e)?.text(self.text);
        // "the Bank of Mexico's governor": not the possessive.
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name);
        Some(name.to_string())
    }

    /// The role a determined phrase names (`the Secretary General` -> `secretary general`).
    fn role_in(&self, start: usize, end: usize) -> Option<(String, Option<Gender>)> {
        let mut best: Option<(String, Option<Gender>)> = None;
        for s in start..end {
            let mut key = String::new();
            for k in s..end.min(s + TITLES.longest) {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(&bare(self.word(k)).to_lowercase());
                if let Some(&g) = TITLES.map.get(&key) {
                    if best.as_ref().is_none_or(|(b, _)| key.len() > b.len()) {
                        best = Some((key.clone(), g));
                    }
                }
            }
        }
        best
    }

    /// The last person before `at` who bears `role`; failing that (and when `fallback`),
    /// the last person met (of a fitting gender), whom a bare role most likely describes.
    /// For `the N-year-old` in `np`, the person the article gave that age: a mention
    /// followed by `, N` (`Jan Novak, 20,`) or after `N-year-old`, among the persons
    /// named before, the latest first. `None` when `np` gives no age, `Some(Err(()))`
    /// when nobody named has it.
    fn person_of_age(&self, np: Np, span: Span, subject: bool) -> Option<Result<Speaker, ()>> {
        // Right after the determiner: not `the parents of 14-year-old Ali`.
        if np.end < np.start + 2 {
            return None;
        }
        let w = self.word(np.start + 1);
        let age = w.split('-').next()?;
        if !(w.to_lowercase().ends_with("-year-old") && age.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let k = self
            .person_mentions
            .partition_point(|&(s, _)| s.start < span.start);
        let window = &self.person_mentions[k.saturating_sub(ROLE_REACH)..k];
        let aged_before = format!("{age}-year-old");
        let aged = |m: Span| {
            let after = self.text.get(m.end..).unwrap_or("");
            let after = after.strip_prefix(", ").unwrap_or("");
            // A few bytes before the mention, not the whole text before it.
            let mut lo = m.start.saturating_sub(aged_before.len() + 8);
            while !self.text.is_char_boundary(lo) {
                lo += 1;
            }
            let before = self.text.get(lo..m.start).unwrap_or("").trim_end();
            let n = aged_before.len();
            let tail = before.len().checked_sub(n).and_then(|at| before.get(at..));
            (after.starts_with(age)
                && !after[age.len()..].starts_with(|c: char| c.is_ascii_digit()))
                || (tail.is_some_and(|t| t.eq_ignore_ascii_case(&aged_before))
                    // "15-year-old" is no "5-year-old".
                    && !before
                        .len()
                        .checked_sub(n + 1)
                        .is_some_and(|d| before.as_bytes()[d].is_ascii_digit()))
        };
        // Else the person last named as the subject that opens a sentence, within a
        // few sentences: `Minar, ranked 158th, ... "...," said the 20-year-old` (the
        // last person named is as often the one beaten, or told).
        let opens_sentence = |m: Span| {
            let t = self.tokens.partition_point(|t| t.span().start < m.start);
            let mut k = t;
            // Past a title the mention leaves out (`Mr Spector`, `Dr. Lee`).
            while k > 0
                && t - k < 3
                && (TITLES.map.contains_key(&*self.lower(k - 1))
                    || (self.is(k - 1, ".")
                        && k > 1
                        && TITLES.map.contains_key(&*self.lower(k - 2))))
            {
                k -= 1;
            }
            if k > 0 && matches!(&*self.lower(k - 1), "but" | "and" | "however" | "yet") {
                k -= 1;
            }
            k == 0 || self.ends_sentence(k - 1) || self.is_break(k - 1) || self.is_mark(k - 1)
        };
        if let Some(&(_, p)) = window.iter().rev().find(|&&(m, _)| aged(m)) {
            return Some(Ok(self.person_speaker(p, span)));
        }
        if !subject {
            return Some(Err(()));
        }
        // A guess (`Kofi Mensah was happy. Steve Lang was angry.` says no one's age).
        let Some(&(_, p)) = window
            .iter()
            .rev()
            .take_while(|&&(m, _)| span.start - m.start <= 600)
            .find(|&&(m, _)| opens_sentence(m))
        else {
            return Some(Err(()));
        };
        Some(Ok(Speaker {
            guessed: true,
            ..self.person_speaker(p, span)
        }))
    }

    /// Whether `role` was met before `np` after `a`/`an` (`A UKIP spokesman said ...`,
    /// `a Downing Street spokeswoman`), with at most three words between.
    fn indefinite_role_before(&self, np: Span, role: &str) -> bool {
        let end = self.tokens.partition_point(|t| t.span().start < np.start);
        let lo = end.saturating_sub(ROLE_REACH);
        let words: Vec<&str> = role.split(' ').collect();
        let n = words.len();
        (lo..end.saturating_sub(n)).rev().any(|k| {
            (0..n).all(|i| self.lower(k + i) == words[i])
                && (k.saturating_sub(4).max(lo)..k)
                    .rev()
                    .take_while(|&j| self.is_word(j))
                    .any(|j| {
                        matches!(&*self.lower(j), "a" | "an")
                            // "Anna Lee became a senator": the role of someone named.
                            && !(j > 0
                                && matches!(
                                    &*self.lower(j - 1),
                                    "is" | "was" | "became" | "as" | "named" | "appointed"
                                ))
                    })
        })
    }

    fn person_with_role(
        &self,
        np: Span,
        role: &str,
        gender: Option<Gender>,
        fallback: bool,
    ) -> Option<Speaker> {
        let k = self
            .person_mentions
            .partition_point(|&(s, _)| s.start < np.start);
        let window = &self.person_mentions[k.saturating_sub(ROLE_REACH)..k];
        let fits = |p: usize| {
            gender.is_none()
                || self.people[p].gender().is_none()
                || self.people[p].gender() == gender
        };
        if let Some(&(_, p)) = window.iter().rev().find(|&&(_, p)| {
            self.people[p]
                .roles()
                .iter()
                .any(|r| r == role || r.ends_with(&format!(" {role}")))
        }) {
            return Some(self.person_speaker(p, np));
        }
        // "A UKIP spokesman said ... the spokesman added": that unnamed person.
        if !fallback || self.indefinite_role_before(np, role) {
            return None;
        }
        let &(_, p) = window.iter().rev().find(|&&(_, p)| fits(p))?;
        Some(Speaker {
            guessed: true,
            ..self.person_speaker(p, np)
        })
    }

    /// Quotations that no cue reported: a paragraph that goes on quoting the last speaker,
    /// or a fragment quoted in the reporter's sentence.
    fn leftover_quotations(&self, quotes: &mut Vec<Quote>) {
        let mut extra = Vec::new();
        let coverage = Coverage::of(quotes);
        for (qi, q) in self.quotations.iter().enumerate() {
            if coverage.covers(q.outer) {
                continue;
            }
            let inner = self.text.get(q.outer.start..q.outer.end).unwrap_or("");
            let words = inner
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count();
            // A quoted title ("“Fox and Friends”") quotes no one.
            if words == 0 || (!q.opens_block && self.is_title(qi)) {
                continue;
            }
            // "admires Putin as a “strong leader”": a verb, its object and the quoted
            // name it is given.
            if let Some(quote) = self.named_as(q) {
                extra.push(quote);
                continue;
            }
            // "Sanders made the following comment: “...”": a sentence that ends with a
            // colon before the quotation introduces it, and its subject speaks.
            if let Some((speaker, cue)) = self.colon_speaker(q) {
                let start = cue.map_or(speaker.span.start, |c| c.start);
                extra.push(Quote {
                    segments: Vec::new(),
                    nested: Vec::new(),
                    kind: QuoteKind::Direct,
                    span: Span::new(start.min(q.outer.start), q.outer.end),
                    content: q.outer,
                    cue,
                    speaker: Some(speaker),
                    confidence: 0.5,
                });
                continue;
            }
            // "“...” ― Name": a signature after a dash.
            if let Some((cue, np)) = self.signature_after(q) {
                let speaker = self.resolve(np);
                let quote = self.quote(q.outer, Some(cue), speaker, CueClass::Speech);
                extra.push(quote);
                continue;
            }
            // The quote before it, when in the same paragraph or the one just before.
            let k = quotes.partition_point(|x| x.content.start < q.outer.start);
            let prev = k.checked_sub(1).and_then(|k| quotes.get(k));
            let speaker = prev.and_then(|p| {
                let here = self.block_of(q.outer.start)?;
                let there = self.block_of(p.content.start)?;
                let near = (there..here).skip(1).all(|i| {
                    !matches!(
                        self.blocks[i].kind(),
                        BlockKind::Heading | BlockKind::Paragraph | BlockKind::Title
                    )
                });
                if !(near && there <= here) {
                    return None;
                }
                // "“A,” said Nadal. US coach Patrick McEnroe wants him in the team. “B.”":
                // a person named at the start of the sentence just before speaks.
                self.narrator(p.span.end, q.outer.start)
                    .map(|(s, person)| self.person_speaker(person, s))
                    .or_else(|| p.speaker.clone())
            });
            let closes_sentence = inner
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !".!?".contains(c))
                .ends_with(['.', '!', '?']);
            if !q.opens_block {
                // A short fragment is most often a term held at a distance ("so-called"),
                // unless it closes its sentence as a quotation does.
                if words < 3 || (words < 6 && !closes_sentence) {
                    continue;
                }
            }
            // "... he said. “It was a disaster.”": a quotation that is a whole sentence
            // of its own is quoted directly, wherever its paragraph began.
            let opens_sentence = self
                .text
                .get(..q.outer.start)
                .unwrap_or("")
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', ':']);
            let kind = if q.opens_block || (opens_sentence && closes_sentence) {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let confidence = if speaker.is_some() { 0.5 } else { 0.3 };
            extra.push(Quote {
                segments: Vec::new(),
                nested: Vec::new(),
                kind,
                span: q.outer,
                content: q.outer,
                cue: None,
                speaker,
                confidence,
            });
        }
        quotes.extend(extra);
    }

    /// Whether the word at `k` is a sentence adverb (`however`, `basically`, `frankly`)
    /// set off by the comma after it.
    fn sentence_adverb(&self, k: usize) -> bool {
        let w = self.lower(k);
        (SENTENCE_ADVERBS.contains(&&*w)
            || (w.len() > 4 && w.ends_with("ly") && !is_capitalised(self.word(k))))
            && self.is(k + 1, ",")
    }

    /// Past the sentence adverbs, each with its comma, from `k` (`Basically, ...`).
    fn past_sentence_adverbs(&self, mut k: usize, end: usize) -> usize {
        loop {
            // "that, nonetheless, the plan ...": the comma before it too.
            let comma = usize::from(self.is(k, ","));
            if k + comma + 2 < end && self.sentence_adverb(k + comma) {
                k += comma + 2;
            } else {
                return k;
            }
        }
    }

    /// Whether the token at `t` ends a sentence: a final mark that is no abbreviation's.
    fn ends_sentence(&self, t: usize) -> bool {
        self.is_final(t) && !self.abbreviation_dot(t) && !self.suffix_dot(t)
    }

    /// The subject named (not by a pronoun) of the last whole sentence between bytes
    /// `from` and `at`, where only punctuation follows it: `US coach Patrick McEnroe
    /// wants ...`. The name opens the sentence, after at most a few capitalised words or
    /// roles (`She beat Roger Federer`, `Last year Roger Federer won` name no subject).
    /// Looks back a bounded number of tokens.
    fn narrator(&self, from: usize, at: usize) -> Option<(Span, usize)> {
        if from > at {
            return None;
        }
        let (lo, hi) = token_range(self.tokens, Span::new(from, at));
        let lo = lo.max(hi.saturating_sub(60));
        let mut last_final = hi;
        while last_final > lo && !self.is_word(last_final - 1) {
            last_final -= 1;
            if self.ends_sentence(last_final) {
                break;
            }
        }
        if last_final == hi || !self.ends_sentence(last_final) {
            return None;
        }
        let start = (lo..last_final)
            .rev()
            .find(|&t| self.ends_sentence(t))
            .map(|t| t + 1)?;
        let first = self
            .person_mentions
            .partition_point(|&(s, _)| s.start < self.tokens[start].span().start);
        let &(s, p) = self.person_mentions.get(first)?;
        let (m, _) = token_range(self.tokens, s);
        let lead_ok = m < last_final
            && m <= start + 3
            && (start..m).all(|t| {
                self.is_word(t)
                    && (is_capitalised(self.word(t)) || TITLES.map.contains_key(&*self.lower(t)))
                    && pronoun(&self.lower(t)).is_none()
            });
        let named = s.text(self.text).starts_with(char::is_uppercase)
            && pronoun(&s.text(self.text).to_lowercase()).is_none();
        (lead_ok && named).then_some((s, p))
    }

    /// `Trump openly admires Putin as a “strong leader”`, `pounding Trump as a “con
    /// artist”`: a quotation after `as` (`as a`, `as an`) that names the object of a verb
    /// whose subject is found is what that subject called it; the content runs from the
    /// object to the end of the quotation.
    fn named_as(&self, q: &Quotation) -> Option<Quote> {
        let (qa, _) = token_range(self.tokens, q.outer);
        let mut k = qa.checked_sub(1)?;
        if matches!(&*self.lower(k), "a" | "an") {
            k = k.checked_sub(1)?;
        }
        if self.lower(k) != "as" {
            return None;
        }
        let a = self.clause_start(k);
        // The verb; the object has at least one word.
        let (v, np) =
            self.first_verb_subject(a, k.saturating_sub(10).max(a + 1), k.saturating_sub(1))?;
        let speaker = self.resolve(np)?;
        if speaker.kind == SpeakerKind::Unnamed && np.end > np.start + 1 {
            return None;
        }
        let cue = self.span_of(v, v + 1)?;
        let start = self.tokens.get(v + 1)?.span().start;
        let end = q.outer.end;
        let content = Span::new(start, end);
        Some(Quote {
            segments: Vec::new(),
            nested: Vec::new(),
            kind: QuoteKind::Mixed,
            span: Span::new(speaker.span.start.min(cue.start), end),
            content,
            cue: Some(cue),
            speaker: Some(speaker),
            confidence: 0.5,
        })
    }

    /// The first verb in `lo..hi` of the clause that starts at `a`, and its subject: the
    /// first lower-case word with a subject before it that names someone.
    fn first_verb_subject(&self, a: usize, lo: usize, hi: usize) -> Option<(usize, Np)> {
        (lo.max(a + 1)..hi).find_map(|v| {
            let w = self.word(v);
            let verb = self.is_word(v)
                && !is_capitalised(w)
                && !w.ends_with("ly")
                && !CLAUSE_WORDS.contains(&&*self.lower(v))
                && !DETERMINERS.contains(&&*self.lower(v))
                && self.quoted(v).is_none()
                // "The choice": a word after a determiner is a noun.
                && !(DETERMINERS.contains(&&*self.lower(v - 1))
                    || matches!(&*self.lower(v - 1), "a" | "an"));
            if !verb {
                return None;
            }
            let (np, _) = self.subject_before(a, v)?;
            self.names_someone(np).then_some((v, np))
        })
    }

    /// The subject of the sentence that ends with a colon just before a quotation
    /// (`Sanders made the following comment: “...”`, `Said Ellis: “...”`), when it names
    /// a person, an organisation or a medium, and the cue that opens it, if one does.
    fn colon_speaker(&self, q: &Quotation) -> Option<(Speaker, Option<Span>)> {
        let (qa, _) = token_range(self.tokens, q.outer);
        let colon = qa.checked_sub(1)?;
        if !self.is(colon, ":") {
            return None;
        }
        let a = self.clause_start(colon);
        // "He added, on BBC Radio 4's Today programme: “...”": a phrase of place or
        // means after the cue and its comma; the cue's subject speaks.
        if a >= 2 && self.is(a - 1, ",") && PREPOSITIONS.contains(&&*self.lower(a)) {
            let cue = (a.saturating_sub(4)..a - 1).find_map(|c| {
                cue_at(self.text, self.tokens, c, a - 1, false)
                    .filter(|m| c + m.len == a - 1 && m.class != CueClass::According)
                    .map(|_| c)
            });
            if let Some(c) = cue {
                let start = self.clause_start(c);
                let speaker = self
                    .subject_before(start, c)
                    .and_then(|(np, _)| self.resolve(np));
                if let Some(speaker) = speaker {
                    return Some((speaker, self.span_of(c, a - 1)));
                }
            }
        }
        // "Said Ellis: “...”": a capitalised cue opens the sentence and the speaker
        // follows it.
        let opening_cue = (a + 1 < colon
            && cue_at(self.text, self.tokens, a, a + 1, true).is_some()
            && is_capitalised(self.word(a + 1)))
        .then(|| self.tokens[a].span());
        let from = a + usize::from(opening_cue.is_some());
        let named = |s: &Speaker| s.kind != SpeakerKind::Unnamed;
        // "Their leader Tomas Kerr made a plea to the board:": the subject of its verb.
        let speaker = self
            .sentence_subject(from, colon)
            .filter(named)
            .or_else(|| {
                let (_, np) = self.first_verb_subject(from, from + 1, colon.min(from + 12))?;
                self.resolve(np).filter(named)
            })?;
        Some((speaker, opening_cue))
    }

    /// A dash and a name right after a quotation: `“...” ― Sonya Herridge`.
    fn signature_after(&self, q: &Quotation) -> Option<(Span, Np)> {
        let (_, z) = token_range(self.tokens, q.outer);
        let dash = z;
        if !matches!(self.word(dash), "―" | "—" | "–" | "--" | "-") {
            return None;
        }
        let start = dash + 1;
        if !is_capitalised(self.word(start)) {
            return None;
        }
        let block_end = self
            .block_of(self.tokens.get(dash)?.span().start)
            .map(|b| self.blocks[b].span().end)?;
        let mut k = start;
        while k < self.tokens.len() && k - start < 7 && self.tokens[k].span().start < block_end {
            if !(self.is_word(k)
                || (self.is(k, ".") && k > start && self.word(k - 1).chars().count() == 1))
            {
                break;
            }
            k += 1;
        }
        // A dash opening the next line ("- The match will be shown on BBC One") or a
        // clause after it is no signature.
        let same_block =
            self.block_of(q.outer.start) == self.block_of(self.tokens.get(dash)?.span().start);
        if !same_block || (start..k).any(|t| self.is_finite(t)) {
            return None;
        }
        let np = Np { start, end: k };
        Some((self.tokens.get(dash)?.span(), np))
    }

    /// `“A,” said X, a professor. “B.”`: the quotation that goes on right after the
    /// attribution belongs to the same quote.
    fn merge_continuations(&self, quotes: &mut [Quote]) {
        // What each quote says, as it stood before any merge: a quotation another quote
        // already reports ("“B,” added Mr. Kerr") is no continuation. (A quote's own
        // content ends before its cue, so it never overlaps its continuations.)
        let coverage = Coverage::of(quotes);
        // Each report of a named person, its cue and speaker, in the order of the cues:
        // not one nested in what another reports, nor a participle (`said Greg Abbott,
        // Texas attorney general, announcing`), which belongs to an attribution. A
        // group, a body or a role in between (`Police said the case was closed.`) is
        // background, and the quotation after it goes on with the first.
        let mut reports: Vec<(usize, Option<String>)> = quotes
            .iter()
            .filter(|q| q.speaker.as_ref().is_some_and(|s| self.someone_named(s)))
            .filter_map(|q| {
                let c = q.cue?;
                let participle = self
                    .text
                    .get(c.start..c.end)
                    .is_some_and(|w| w.ends_with("ing"));
                (!participle && !coverage.covers(c))
                    .then(|| (c.start, q.speaker.as_ref().map(|s| s.name.clone())))
            })
            .collect();
        reports.sort_unstable();
        for q in quotes.iter_mut() {
            let Some(cue) = q.cue else { continue };
            if cue.start < q.content.end || !matches!(q.kind, QuoteKind::Direct | QuoteKind::Mixed)
            {
                continue;
            }
            let Some(block) = self.block_of(q.content.start) else {
                continue;
            };
            let block_end = self.blocks[block].span().end;
            let mut end = q.span.end;
            let mut k = self.quotations.partition_point(|x| x.outer.start < end);
            let first = k;
            let mut merged = false;
            while let Some(next) = self.quotations.get(k).filter(|_| k < first + 20) {
                // In the same paragraph; a quotation that opens there may run on over the
                // next ones (`“A,” she said. “B.¶“C.”`).
                if next.outer.start >= block_end {
                    break;
                }
                // "... said on Harbour Radio’s “Morning at the Port.” “I mean, ...”": a
                // quoted title in the attribution is passed over, not merged.
                if !merged && next.outer.start < end + 120 && self.is_title(k) {
                    end = next.outer.end;
                    k += 1;
                    continue;
                }
                let between = self.text.get(end..next.outer.start).unwrap_or("x");
                let words = between.split_whitespace().take(31).count();
                let closes = between.trim_end().ends_with(['.', ',', ':', '!', '?'])
                    || between.trim().is_empty();
                if words > 30 || !closes || (merged && !between.trim().is_empty()) {
                    break;
                }
                let reported = coverage.covers(next.outer);
                // "“A,” she said. Then Lee told reporters: “B.”": a new sentence that
                // introduces the quotation with a colon.
                let introduced = between.trim_end().ends_with(':')
                    && between.trim_start().contains(['.', '!', '?']);
                if reported || introduced {
                    break;
                }
                // "“...,” Ms. Lee said, adding later, “...”": a second cue starts a report of
                // its own.
                let (ba, bz) = token_range(self.tokens, Span::new(end, next.outer.start));
                // "“A,” said Nadal. US coach Patrick McEnroe wants him in the team. “B.”":
                // a sentence of the reporter's own after the attribution, whose subject is
                // someone else named, ends the quote ("He didn't suggest retaliation."
                // does not).
                let speaker = q.speaker.as_ref().map(|s| s.name.as_str());
                let someone_else = self
                    .narrator(end, next.outer.start)
                    .is_some_and(|(_, p)| Some(self.people[p].name()) != speaker);
                // "“A,” said Jane Hale. Tom Kerr said the targets would be missed. “B.”":
                // someone else's report between the quotations.
                let from = reports.partition_point(|r| r.0 < end);
                let reported_by_other = reports[from..]
                    .iter()
                    .take_while(|r| r.0 < next.outer.start)
                    .any(|r| r.1.is_some() && r.1.as_deref() != speaker);
                if someone_else || reported_by_other {
                    break;
                }
                // One in the attribution's sentence whose own object comes first ("said
                // Ms. Lee, speaking of the budget. “...”") leaves the quotation to the
                // quote.
                if (ba.max(1)..bz).any(|t| {
                    let w = self.lower(t - 1);
                    (w == "," || w == "and" || PARTICIPLE_LEADS.contains(&&*w))
                        && is_participle(self.text, self.tokens, t)
                        && cue_at(self.text, self.tokens, t, bz, false).is_some_and(|m| {
                            (t + m.len..bz).filter(|&k| self.is_word(k)).count() <= 2
                                || (ba..t).any(|k| self.is_final(k))
                        })
                }) {
                    break;
                }
                q.content.end = next.outer.end;
                q.span.end = q.span.end.max(next.outer.end);
                end = next.outer.end;
                merged = true;
                k += 1;
            }
        }
    }

    /// The verb of quoting before `as` and the cue at `c`: `quoted one trader as saying`,
    /// `was quoted as telling`, `cited Ana Ruiz as saying`.
    fn quoted_as(&self, c: usize) -> Option<usize> {
        if c < 2 || self.lower(c - 1) != "as" || !matches!(&*self.lower(c), "saying" | "telling") {
            return None;
        }
        (c.saturating_sub(10)..c - 1).rev().find(|&k| {
            matches!(
                &*self.lower(k),
                "quoted" | "quotes" | "quoting" | "quote" | "cited" | "cites" | "citing" | "cite"
            )
        })
    }

    /// "Reuters quoted one trader as saying ...", "The Gazette cited Ana Ruiz as saying
    /// ...", "with Mr Dixon quoted as saying": the one quoted speaks, not the medium, and
    /// the medium's own "cited" reports nothing more.
    fn quoted_as_saying(&self, quotes: &mut Vec<Quote>) {
        let mut redundant = Vec::new();
        for q in quotes.iter_mut() {
            let Some(cue) = q.cue else { continue };
            let (c, _) = token_range(self.tokens, cue);
            let Some(v) = self.quoted_as(c) else { continue };
            let np = if v + 2 < c {
                // The object of the verb of quoting, when it names someone ("quoted
                // in a newspaper as saying" names where).
                let plain = (v + 1..c - 1).all(|k| self.is_word(k) || self.is(k, "."))
                    && !PREPOSITIONS.contains(&&*self.lower(v + 1));
                plain.then_some(Np {
                    start: v + 1,
                    end: c - 1,
                })
            } else {
                // "with Mr Dixon quoted as saying": the phrase just before a participle.
                let lo = self.clause_start(v);
                // ("He was quoted as saying": the sentence's subject already speaks.)
                (v > lo && !AUX.contains(&&*self.lower(v - 1)))
                    .then(|| self.np_ending_at(lo, v))
                    .flatten()
                    .filter(|&np| self.names_someone(np))
            };
            if let Some(speaker) = np.and_then(|np| self.resolve(np)) {
                q.speaker = Some(speaker);
                if v + 2 < c {
                    redundant.extend(self.span_of(v, v + 1));
                }
            }
        }
        quotes.retain(|q| q.cue.is_none_or(|c| !redundant.contains(&c)));
    }

    /// "He was criticised for his “sleaze” by television campaigners": a passive report
    /// with no speaker whose content ends in a `by` phrase names its speaker there, and
    /// what was said ends before it.
    fn agent_after(&self, quotes: &mut [Quote]) {
        for q in quotes.iter_mut() {
            let Some(cue) = q.cue else { continue };
            if q.speaker.is_some() || q.content.start < cue.end {
                continue;
            }
            let (c, _) = token_range(self.tokens, cue);
            let (s, e) = token_range(self.tokens, q.content);
            if c == 0 || !self.be_before(c.saturating_sub(4), c) || e < s + 4 {
                continue;
            }
            let e = self.words_end(s, e);
            let Some(by) = (e.saturating_sub(7).max(s + 2)..e.saturating_sub(1))
                .find(|&k| self.lower(k) == "by")
            else {
                continue;
            };
            // What was said is a complement ("for his sleaze", "as the album of the
            // year", "inadequate"), not a clause ("predicted that there will be ... by
            // 2005").
            let complement = self.lower(s) != "to"
                && (s..by).all(|k| {
                    let w = self.lower(k);
                    !self.is_finite(k) && w != "that" && !past_form(&w)
                });
            // The agent: a determined, quantified or named phrase, not a time ("by the
            // end of 2005", "by 2010") or an amount; it ends at a preposition ("by
            // campaigners in the US").
            let first = self.lower(by + 1);
            let end = (by + 2..e)
                .find(|&k| PREPOSITIONS.contains(&&*self.lower(k)))
                .unwrap_or(e);
            let np = Np { start: by + 1, end };
            let head = self.lower(end - 1);
            let people = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
            let agent = (DETERMINERS.contains(&&*first)
                || QUANTIFIERS.contains(&&*first)
                || matches!(&*first, "a" | "an")
                || is_capitalised(self.word(by + 1))
                || people)
                && !is_time_word(&self.lower(by + 2))
                && !matches!(&*self.lower(by + 2), "end" | "time" | "start" | "middle")
                && !self.is_number(by + 1);
            let plain = (by + 1..end).all(|k| {
                self.is_word(k) && !self.is_finite(k) && !CLAUSE_WORDS.contains(&&*self.lower(k))
            });
            if !(complement && agent && plain && self.plausible_subject(np)) {
                continue;
            }
            if let (Some(speaker), Some(content)) = (self.resolve(np), self.span_of(s, by)) {
                q.speaker = Some(speaker);
                q.content = self.extend(content);
            }
        }
    }

    /// Whether byte `at` comes after byte `end` within a few hundred bytes and at most
    /// `sentences` sentence ends: a pronoun there may still refer back to `end`.
    fn near_after(&self, end: usize, at: usize, sentences: usize) -> bool {
        at >= end && at - end <= NEAR_REACH && {
            let a = self.tokens.partition_point(|t| t.span().start < end);
            let b = self.tokens.partition_point(|t| t.span().start < at);
            (a..b).filter(|&k| self.ends_sentence(k)).count() <= sentences
        }
    }

    /// `It said`, `it added`: the organisation, medium or body that spoke last, within a
    /// few sentences and with no person speaking in between (`The Home Office said ...
    /// It said it would look at ...`). The span stays the pronoun's.
    fn resolve_it(&self, quotes: &mut [Quote]) {
        // The last body that spoke: its name, its kind, where it ends and whether it is
        // a named organisation.
        let mut last: Option<(String, SpeakerKind, usize, bool)> = None;
        // The last group that spoke (`Analysts said ... They added`): its name, its kind
        // and where it ends.
        let mut group: Option<(String, SpeakerKind, usize)> = None;
        for i in speakers_in_order(quotes) {
            // "It also said", "It added": the speaker goes on, a few sentences on too.
            let goes_on = quotes[i].cue.is_some_and(|c| {
                let cue = c.text(self.text).to_lowercase();
                cue.starts_with("add")
                    || self
                        .text
                        .get(quotes[i].speaker.as_ref().map_or(c.start, |s| s.span.end)..c.start)
                        .is_some_and(|gap| gap.trim().eq_ignore_ascii_case("also"))
            });
            let Some(s) = quotes[i].speaker.as_mut() else {
                continue;
            };
            let text = s.span.text(self.text);
            if s.kind == SpeakerKind::Unnamed && text.eq_ignore_ascii_case("they") {
                if let Some((name, kind, end)) = &group {
                    if self.near_after(*end, s.span.start, 1) {
                        s.name.clone_from(name);
                        s.kind = *kind;
                    }
                }
                continue;
            }
            let last_word = text.rsplit(' ').next().unwrap_or("");
            let plural = plural_noun(last_word);
            let body = text.split_once(' ').is_some_and(|(det, noun)| {
                det.eq_ignore_ascii_case("the")
                    && matches!(
                        &*noun.to_lowercase(),
                        "committee" | "council" | "board" | "panel"
                    )
            });
            group = (matches!(s.kind, SpeakerKind::Unnamed | SpeakerKind::Organisation)
                && (plural || body))
                .then(|| (s.name.clone(), s.kind, s.span.end))
                .or(group.take().filter(|_| s.kind != SpeakerKind::Person));
            // "Grenfield Motors said ... The company said": a body's common noun goes on
            // with the organisation that spoke last, as `it` does.
            let body_noun = text.split_once(' ').is_some_and(|(det, noun)| {
                det.eq_ignore_ascii_case("the")
                    && matches!(&*noun.to_lowercase(), "company" | "firm" | "group")
            });
            let is_it = text.eq_ignore_ascii_case("it");
            if s.kind == SpeakerKind::Unnamed && (is_it || body_noun) {
                let mut resolved = false;
                if let Some((name, kind, end, company)) = &last {
                    // In the same sentence or the next: two sentences on, "it" is as
                    // often something else the text spoke of, unless the speaker goes
                    // on in the same paragraph. "The company" goes on only with a named
                    // organisation that is no state.
                    // Not past another sentence about `it` ("A report was published.
                    // It found cracks. It also said").
                    let other_it = || {
                        let a = self.tokens.partition_point(|t| t.span().start < *end);
                        let b = self
                            .tokens
                            .partition_point(|t| t.span().start < s.span.start);
                        (a..b).any(|k| k > 0 && self.word(k) == "It" && self.ends_sentence(k - 1))
                    };
                    // Both scans run only within the reach of `near_after`, so that
                    // each speaker costs a bounded amount of work.
                    let close = s.span.start >= *end && s.span.start - *end <= NEAR_REACH;
                    let reach = if goes_on
                        && close
                        && self.block_of(*end) == self.block_of(s.span.start)
                        && !other_it()
                    {
                        5
                    } else {
                        1
                    };
                    // "Ofcom said it was looking into Vexa Telecom. The company said":
                    // another name in between may be the company.
                    if (is_it || *company)
                        && self.near_after(*end, s.span.start, reach)
                        && (is_it || !self.capitalised_name_between(*end, s.span.start))
                    {
                        s.name.clone_from(name);
                        s.kind = *kind;
                        resolved = true;
                    }
                }
                if resolved && !is_it {
                    if let Some(l) = last.as_mut() {
                        l.2 = s.span.end;
                    }
                }
                // "A report was published. It found cracks.": an `it` that stands for
                // something else ends the chain.
                if is_it && !resolved {
                    last = None;
                }
                if is_it || resolved {
                    continue;
                }
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            // "The company", "the report": a determined phrase of a few words.
            let body = s.kind == SpeakerKind::Unnamed
                && (2..=4).contains(&words.len())
                && matches!(words[0].to_lowercase().as_str(), "the" | "a" | "an" | "its")
                // A short form in brackets may close it: `The Harbor Trust (HT)`.
                && words.iter().enumerate().all(|(n, w)| {
                    w.chars().all(|c| c.is_alphabetic() || c == '-')
                        || (n + 1 == words.len()
                            && n > 1
                            && w.starts_with('(')
                            && w.ends_with(')')
                            && w[1..w.len() - 1].chars().all(|c| c.is_ascii_uppercase()))
                })
                && !words[words.len() - 1].ends_with('s');
            // A named organisation: capitalised words, and no state (`United Kingdom`).
            let company = s.kind == SpeakerKind::Organisation
                && s.name
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "&"))
                && !self.state_at(s.span);
            last = match s.kind {
                SpeakerKind::Organisation | SpeakerKind::Media => {
                    Some((s.name.clone(), s.kind, s.span.end, company))
                }
                SpeakerKind::Unnamed if body => Some((s.name.clone(), s.kind, s.span.end, false)),
                _ => None,
            };
        }
    }

    /// Whether a demonym starts at token `k` (`Asian states`).
    fn demonym_at(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            self.mentions_from(t.span().start, t.span().end)
                .first()
                .is_some_and(|m| {
                    m.span().start == t.span().start && m.kind() == MentionKind::Demonym
                })
        })
    }

    /// The mentions that start at a byte offset in `[start, end)`.
    fn mentions_from(&self, start: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.span().start < start);
        let b = self.mentions.partition_point(|m| m.span().start < end);
        &self.mentions[a..b.max(a)]
    }

    /// Whether a medium the gazetteer knows is named in tokens `[a, b)` (`the BBC`).
    fn medium_in(&self, a: usize, b: usize) -> bool {
        let (Some(first), Some(last)) = (
            self.tokens.get(a),
            b.checked_sub(1).and_then(|t| self.tokens.get(t)),
        ) else {
            return false;
        };
        self.mentions_from(first.span().start, last.span().end)
            .iter()
            .any(|m| m.entity().kind() == EntityKind::Media)
    }

    /// `Dan Otley attacked the mayor, Ken Hale. Mr Hale has failed, he claimed.`: a
    /// pronoun the people layer gave to someone what was said names is someone else,
    /// the person of that gender named last before it. A speaker seldom names
    /// themselves; the span stays the pronoun's.
    fn pronoun_not_in_content(&self, quotes: &mut [Quote]) {
        for q in quotes.iter_mut() {
            let Some(s) = q.speaker.as_mut() else {
                continue;
            };
            // Reported speech only: a direct quote's content holds its attributions.
            if s.kind != SpeakerKind::Person
                || !matches!(q.kind, QuoteKind::Indirect)
                || !matches!(&*s.span.text(self.text).to_lowercase(), "he" | "she")
                || (q.content.start <= s.span.start && s.span.end <= q.content.end)
            {
                continue;
            }
            let Some(&p) = self.person_at.get(&s.span.start) else {
                continue;
            };
            let content = q.content;
            // Named, not a pronoun (`He said he would resign`, `his firm` name nobody).
            let named = |m: Span| {
                let w = m.text(self.text);
                let lw = w.to_lowercase();
                w.starts_with(char::is_uppercase)
                    && pronoun(&lw).is_none()
                    && !POSSESSIVES.contains(&lw.as_str())
                    && !matches!(lw.as_str(), "him" | "her" | "hers" | "himself" | "herself")
            };
            let first = self
                .person_mentions
                .partition_point(|&(m, _)| m.start < content.start);
            let named_inside = self.person_mentions[first..]
                .iter()
                .take_while(|&&(m, _)| m.end <= content.end)
                .any(|&(m, x)| x == p && named(m));
            if !named_inside {
                continue;
            }
            let gender = self.people[p].gender();
            let other = self.person_mentions[..first]
                .iter()
                .rev()
                .take(20)
                .find(|&&(m, x)| {
                    x != p
                        && m.end <= content.start
                        && named(m)
                        && (gender.is_none()
                            || self.people[x].gender().is_none_or(|g| Some(g) == gender))
                });
            if let Some(&(_, x)) = other {
                s.name = self.people[x].name().to_string();
                s.guessed = false;
            }
        }
    }

    /// Where the verb group of a passive participle at `c` starts: the verb of being,
    /// over at most two adverbs ("was first", "is not thought", "are widely expected"),
    /// and the auxiliaries before it ("has also been", "could be expected").
    fn passive_group_start(&self, a: usize, c: usize) -> Option<usize> {
        let aux = (c.saturating_sub(3).max(a)..c).rev().find(|&k| {
            matches!(
                &*self.lower(k),
                "was" | "were" | "is" | "are" | "been" | "be" | "being"
            )
        })?;
        if (aux + 1..c).any(|k| {
            let w = self.lower(k);
            !self.is_word(k)
                || !(adverb_ly(&w)
                    || matches!(
                        &*w,
                        "first"
                            | "also"
                            | "not"
                            | "never"
                            | "later"
                            | "since"
                            | "already"
                            | "still"
                            | "now"
                    ))
        }) {
            return None;
        }
        let mut s = aux;
        while s > a
            && matches!(
                &*self.lower(s - 1),
                "has" | "have" | "had" | "will" | "would" | "could" | "may" | "might"
            )
        {
            s -= 1;
        }
        Some(s)
    }

    /// "Fake drugs are estimated to make up 10% of pills", "North Korea is not thought
    /// to be capable of ...": a passive of saying or believing before an infinitive
    /// reports its whole clause, the subject too, and names no one.
    fn raised_passive(&self, (a, b): (usize, usize), c: usize, m: CueMatch) -> Option<Quote> {
        let cue_end = c + m.len;
        if self.lower(cue_end) != "to" || !RAISING.contains(&&*self.lower(c)) {
            return None;
        }
        let cue_span = self.span_of(c, cue_end)?;
        let s = self.passive_group_start(a, c)?;
        let (np, start) = self.subject_before(a, s).filter(|(np, _)| np.end == s)?;
        // Not a relative pronoun's clause ("which is expected to"): its antecedent may
        // lie anywhere.
        if np.end == np.start + 1 && matches!(&*self.lower(np.start), "which" | "who" | "that") {
            return None;
        }
        let end = self.words_end(a, b).min(cue_end + 1 + MAX_CONTENT);
        // "Sales are expected to fall, Fiat said": an attribution after a comma reports
        // the clause, with its speaker.
        let attributed = (cue_end + 1..end)
            .any(|k| self.is(k, ",") && (k + 1..(k + 6).min(end)).any(|t| self.is_finite_cue(t)));
        if attributed {
            return None;
        }
        let stop = self.report_end(cue_end + 1, end, false);
        if stop <= cue_end + 1 {
            return None;
        }
        // The whole subject, from where its clause starts when no verb of its own comes
        // between (`A guitar owned by singer Bo Lake is expected to ...`).
        let mut first = start.min(np.start);
        let mut clause = self.clause_start(np.start).max(a);
        // Not the conjunction that joins the clause (`, but the LSE is expected`).
        while clause < first
            && matches!(
                &*self.lower(clause),
                "and" | "but" | "yet" | "or" | "so" | "while" | "whereas" | "as" | "where"
            )
        {
            clause += 1;
        }
        // Only words of a noun phrase between: no verb, pronoun or opening phrase (`When
        // it goes on sale the adapter`, `In his book Mr Brown`, `including Kate Winslet`).
        let plain = (clause..first).all(|k| {
            let w = self.lower(k);
            (self.is_word(k) || self.is_number(k))
                && !self.is_finite(k)
                && pronoun(&w).is_none()
                && !w.ends_with("ing")
                && !IRREGULAR_PAST.contains(&&*w)
                && !self.is_finite_cue(k)
                && !matches!(
                    &*w,
                    "that" | "who" | "which" | "when" | "if" | "because" | "although" | "though"
                )
        }) && !PREPOSITIONS.contains(&&*self.lower(clause))
            && !opens_adverbial(&self.lower(clause));
        if clause < first && plain {
            first = clause;
        }
        let content = self.span_of(first, stop)?;
        Some(self.quote(content, Some(cue_span), None, m.class))
    }

    /// Whether a quote is a passive of saying or believing that reports its own clause
    /// and names no one (see [`Doc::raised_passive`]).
    fn raised(&self, q: &Quote) -> bool {
        q.speaker.is_none()
            && q.cue.is_some_and(|c| {
                c.start > q.content.start
                    && RAISING.contains(&c.text(self.text).to_lowercase().as_str())
            })
    }

    /// Whether a capitalised name of two words or more, not opening a sentence, lies
    /// between the byte offsets `from` and `to` (`Vexa Telecom`).
    fn capitalised_name_between(&self, from: usize, to: usize) -> bool {
        let a = self.tokens.partition_point(|t| t.span().start < from);
        let b = self.tokens.partition_point(|t| t.span().start < to);
        (a + 1..b).any(|k| {
            k + 1 < b
                && is_capitalised(self.word(k))
                && is_capitalised(self.word(k + 1))
                && self.is_word(k)
                && self.is_word(k + 1)
                && !self.ends_sentence(k - 1)
        })
    }

    /// Whether a speaker is one person the text names or singles out: a name (`Tom
    /// Kerr`), or one holder of a role (`One leading Karachi broker`, `A Labour party
    /// spokesman`, `the spokeswoman`), not a pronoun, a group (`Police`, `Some panel
    /// members`) or a body.
    fn someone_named(&self, s: &Speaker) -> bool {
        let written = s.span.text(self.text);
        if pronoun(&written.to_lowercase()).is_some() {
            return false;
        }
        match s.kind {
            SpeakerKind::Person => written.starts_with(char::is_uppercase),
            SpeakerKind::Unnamed => {
                let words: Vec<String> = written
                    .split_whitespace()
                    .map(|w| bare(w).to_lowercase())
                    .collect();
                let first = words.first().map_or("", String::as_str);
                let last = words.last().map_or("", String::as_str);
                let singular = !last.ends_with('s') && last.chars().all(char::is_alphabetic);
                singular
                    && (matches!(first, "a" | "an" | "one")
                        || (first == "the"
                            && (TITLES.map.contains_key(last) || UNNAMED_SOURCES.contains(last))))
            }
            _ => false,
        }
    }

    /// Whether a quotation mark opens `span` (what was said word for word).
    fn marked(&self, span: Span) -> bool {
        let k = self
            .quotations
            .partition_point(|q| q.outer.start < span.start);
        self.quotations
            .get(k)
            .is_some_and(|q| q.outer.start == span.start)
    }

    /// Whether a mention of a country or a territory starts `span`.
    fn state_at(&self, span: Span) -> bool {
        self.mentions_from(span.start, span.end)
            .first()
            .is_some_and(|m| is_state(m.entity().kind()))
    }

    /// `he said`, `she said` right after an unnamed person spoke, with nobody named in
    /// between, is that person: `Kevin Hart was jailed. The postman said he now had
    /// nightmares. "I cannot sleep," he said.` The people layer gives the pronoun to the
    /// last person named; the speaker before it was the postman. The span stays the
    /// pronoun's.
    fn pronoun_after_unnamed(&self, quotes: &mut [Quote]) {
        // The speaker before: an unnamed person's name, where it ends, and the gender
        // its noun tells.
        let mut prev: Option<(String, usize, Option<Gender>)> = None;
        // What that speaker said: its own words may use the pronoun already.
        let mut prev_content: Option<Span> = None;
        for i in speakers_in_order(quotes) {
            let content = quotes[i].content;
            let Some(s) = quotes[i].speaker.as_mut() else {
                continue;
            };
            let text = s.span.text(self.text).to_lowercase();
            let gender = match text.as_str() {
                "he" => Some(Gender::Male),
                "she" => Some(Gender::Female),
                _ => None,
            };
            if let (Some(g), Some((name, end, noun_gender))) = (gender, &prev) {
                let named_between = || {
                    let k = self
                        .person_mentions
                        .partition_point(|&(m, _)| m.start < *end);
                    self.person_mentions[k..]
                        .iter()
                        .take_while(|&&(m, _)| m.start < s.span.start)
                        .any(|&(m, _)| pronoun(&m.text(self.text).to_lowercase()).is_none())
                };
                // A chain, not a guess: the noun tells the pronoun's gender, or the
                // unnamed speaker's own report used the pronoun (`The postman said he now
                // had nightmares`); "The judge said the attack was brutal. Outside court
                // he said" is the defendant.
                // Or its quotation opens the very next sentence (`"...," said a club
                // official. "Then he will meet ...," he added`).
                let next_quotation = content.start > *end && {
                    let gap = self.text.get(*end..content.start).unwrap_or("x");
                    let tail = gap.rsplit(['.', '!', '?', '\n']).next().unwrap_or(gap);
                    gap.len() < 200
                        && tail
                            .trim_matches(|c: char| {
                                c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'')
                            })
                            .is_empty()
                        && self.text[content.start..].starts_with(['"', '“', '\''])
                };
                let chained = *noun_gender == Some(g)
                    || next_quotation
                    || prev_content.is_some_and(|c: Span| {
                        c.text(self.text)
                            .split(|ch: char| !ch.is_alphabetic())
                            .any(|w| w.eq_ignore_ascii_case(&text))
                    });
                if s.kind == SpeakerKind::Person
                    && noun_gender.is_none_or(|n| n == g)
                    && chained
                    && self.near_after(*end, s.span.start, 2)
                    && !named_between()
                {
                    s.name.clone_from(name);
                    s.kind = SpeakerKind::Unnamed;
                    continue;
                }
            }
            prev = None;
            if s.kind == SpeakerKind::Unnamed {
                let words: Vec<&str> = text.split_whitespace().collect();
                let head = words.last().copied().unwrap_or("");
                // "The postman", "a neighbour", "the judge": one person, unnamed.
                let person = (2..=4).contains(&words.len())
                    && matches!(words[0], "the" | "a" | "an")
                    && (PERSON_NOUNS.contains(&head)
                        || KIN.contains(&head)
                        || (TITLES.map.contains_key(head) && !head.ends_with('s')));
                let plural = matches!(head, "family" | "children")
                    || (KIN.contains(&head) && head.ends_with('s'));
                if person && !plural {
                    let noun_gender = match head {
                        "man" | "boy" | "postman" => Some(Gender::Male),
                        "woman" | "girl" | "postwoman" => Some(Gender::Female),
                        _ => TITLES.map.get(head).copied().flatten(),
                    };
                    prev = Some((s.name.clone(), s.span.end, noun_gender));
                    prev_content = Some(content);
                }
            }
        }
    }

    /// The pieces of what was said when the attribution interrupts the content: the
    /// quotations of a direct quote that runs over its tag (`“A,” she said. “B.”`), or
    /// the words on either side of a cue set off inside a reported clause (`The port,
    /// Ruiz said, will reopen`).
    fn split_segments(&self, q: &mut Quote) {
        q.segments.clear();
        let k = self
            .quotations
            .partition_point(|x| x.outer.start < q.content.start);
        // A direct quote, or one that opens and closes with a quotation around its tag
        // (`“A,” the director, Ana Ruiz, told reporters. “B.”`).
        let quoted_ends = self
            .quotations
            .get(k)
            .is_some_and(|x| x.outer.start == q.content.start)
            && self
                .quotations
                .iter()
                .skip(k)
                .take_while(|x| x.outer.start < q.content.end)
                .any(|x| x.outer.end == q.content.end);
        if q.kind == QuoteKind::Direct || quoted_ends {
            // Quotations inside a quotation (`“... ‘madness’ ...”`) are part of it.
            let mut inside: Vec<Span> = Vec::new();
            for x in self.quotations[k..]
                .iter()
                .take_while(|x| x.outer.start < q.content.end)
            {
                let nested = inside.last().is_some_and(|l| l.contains(x.outer));
                if q.content.contains(x.outer) && !nested {
                    inside.push(x.outer);
                }
            }
            if inside.len() > 1 {
                q.segments = inside;
            }
            return;
        }
        let Some(cue) = q.cue else { return };
        if cue.start <= q.content.start || cue.end >= q.content.end {
            return;
        }
        let mut tag = cue;
        if let Some(s) = &q.speaker {
            if q.content.contains(s.span) {
                tag = tag.cover(s.span);
            }
        }
        let separator =
            |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '—' | '–');
        let left = self.text.get(q.content.start..tag.start).unwrap_or("");
        let right = self.text.get(tag.end..q.content.end).unwrap_or("");
        // Only an attribution set off on both sides: `which the paper said could ...`
        // and `what Mr Gates called an “ecosystem”` are one piece.
        let set_off = |piece: &str, at_end: bool| {
            let piece = piece.trim();
            let c = if at_end {
                piece.chars().next_back()
            } else {
                piece.chars().next()
            };
            matches!(c, Some(',' | '-' | '—' | '–' | '”' | '"' | '’' | '\''))
        };
        if !(set_off(left, true) && set_off(right, false)) {
            return;
        }
        let left = Span::new(
            q.content.start,
            q.content.start + left.trim_end_matches(separator).len(),
        );
        let right_trimmed = right.trim_start_matches(|c: char| separator(c) || c == '.');
        let right = Span::new(q.content.end - right_trimmed.len(), q.content.end);
        if left.start < left.end && right.start < right.end {
            q.segments = vec![left, right];
        }
    }

    /// Paragraphs that are one quotation each, right after a quote that ends its own
    /// paragraph, go on quoting the same voice: one speaker quoted over several
    /// paragraphs is one quote.
    fn merge_paragraphs(&self, quotes: &mut [Quote]) {
        let coverage = Coverage::of(quotes);
        let covered = |q: &Quotation| coverage.covers(q.outer);
        // The quotation that fills block `b` on its own, if any.
        let lone = |b: usize| -> Option<&Quotation> {
            let block = self.blocks.get(b)?;
            if block.kind() != BlockKind::Paragraph {
                return None;
            }
            let k = self
                .quotations
                .partition_point(|x| x.outer.start < block.span().start);
            let q = self.quotations.get(k)?;
            let fills = q.outer.start == block.span().start && q.outer.end + 1 >= block.span().end;
            (fills && !covered(q)).then_some(q)
        };
        for q in quotes.iter_mut() {
            if !matches!(q.kind, QuoteKind::Direct | QuoteKind::Mixed) || q.speaker.is_none() {
                continue;
            }
            // After: the next paragraphs go on quoting.
            let Some(last) = self.block_of(q.span.end.saturating_sub(1)) else {
                continue;
            };
            let tail = self
                .text
                .get(q.span.end..self.blocks[last].span().end)
                .unwrap_or("x");
            if tail.split_whitespace().take(7).count() > 6 {
                continue;
            }
            let mut b = last;
            while b + 1 < self.blocks.len() && b - last < 3 {
                let Some(next) = lone(b + 1) else { break };
                q.content.end = next.outer.end;
                q.span.end = q.span.end.max(next.outer.end);
                b += 1;
            }
        }
    }

    /// Whether a line break lies between token `k - 1` and token `k`.
    fn line_break_before(&self, k: usize) -> bool {
        k > 0
            && k < self.tokens.len()
            && self.text[self.tokens[k - 1].span().end..self.tokens[k].span().start].contains('\n')
    }

    /// Whether the token `i` lies in the article's title.
    fn in_title(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .and_then(|t| self.block_of(t.span().start))
            .is_some_and(|b| self.blocks[b].kind() == BlockKind::Title)
    }

    /// Whether a person or a gazetteer entry is mentioned at token `i`.
    fn names_at(&self, i: usize) -> bool {
        let Some(at) = self.tokens.get(i).map(|t| t.span().start) else {
            return false;
        };
        let k = self.mentions.partition_point(|m| m.span().end <= at);
        self.person_at.contains_key(&at)
            || self.mentions.get(k).is_some_and(|m| m.span().start <= at)
    }

    fn block_of(&self, offset: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span().end <= offset);
        (i < self.blocks.len()).then_some(i)
    }
}
