//! Cuts body sentences into claim units: the reported content of a quote or of an
//! `according to`, non-restrictive relative clauses (`, who will leave office,`), and
//! coordinated clauses; and finds who each unit is attributed to.

use crate::Span;
use crate::quotes::{Quote, QuoteKind, SpeakerKind};

/// A stretch of a sentence that makes one claim, with its attribution.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    pub span: Span,
    pub source: Option<Attribution>,
    /// The circumstances an attributed claim was made in (`In an interview on the
    /// 75th anniversary, ...`), when the sentence gives them before the speaker.
    pub frame: Option<Span>,
}

/// Who a unit is attributed to, and how.
#[derive(Clone, Debug)]
pub(crate) struct Attribution {
    pub name: String,
    pub kind: SpeakerKind,
    pub span: Option<Span>,
    pub cue: Option<Span>,
    pub quote: Option<QuoteKind>,
}

/// A unit shorter than this many words is folded into its neighbour: a claim needs a
/// subject and a predicate, and pieces such as `Stoltenberg,` are neither.
const MIN_WORDS: usize = 4;

pub(crate) fn word_count(text: &str, span: Span) -> usize {
    let s = span.text(text);
    if s.is_ascii() {
        // The common case, byte by byte: a word starts at an alphanumeric byte that
        // follows none.
        let mut inside = false;
        let mut count = 0;
        for b in s.bytes() {
            let alnum = b.is_ascii_alphanumeric();
            count += usize::from(alnum && !inside);
            inside = alnum;
        }
        return count;
    }
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// Whether the sentence asks rather than asserts.
pub(crate) fn is_question(text: &str, span: Span) -> bool {
    let s = span.text(text).trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    });
    s.ends_with('?')
}

/// The claim units of `sentence`. `quotes` are the article's quotes in text order.
pub(crate) fn units(text: &str, sentence: Span, quotes: &Quotes<'_>) -> Vec<Unit> {
    let mut out = Vec::new();
    // Stretches of the sentence taken by attributions (content, cue and speaker), which
    // the reporter's own clauses must not reuse.
    let mut taken: Vec<Span> = Vec::new();
    // Quoted labels (`“brain dead”`): too short to be a claim, they attribute the clause
    // that holds them.
    let mut labels: Vec<(Span, Attribution)> = Vec::new();
    // Speakers and cues, with the unit they attribute.
    let mut markers: Vec<(Span, usize)> = Vec::new();
    // A quoted fragment nobody is named for stays part of the reporter's sentence.
    for q in overlapping(quotes, sentence) {
        let Some(speaker) = q.speaker() else {
            continue;
        };
        let content = clip(q.content(), sentence).trim(text);
        if content.is_empty() {
            continue;
        }
        let source = Attribution {
            name: speaker.name().to_string(),
            kind: speaker.kind(),
            span: Some(speaker.span()),
            cue: q.cue(),
            quote: Some(q.kind()),
        };
        let Some(content) = strip_that(text, content) else {
            continue;
        };
        if word_count(text, content) < MIN_WORDS - 1 {
            labels.push((content, source));
            continue;
        }
        // Content, cue and speaker are the attribution's; what lies between them (`, who
        // will leave office,`) is still the reporter's.
        taken.push(content);
        taken.extend(q.cue().map(|c| clip(c, sentence)));
        taken.extend(q.speaker().map(|s| clip(s.span(), sentence)));
        if is_question(text, content) {
            continue;
        }
        markers.extend(q.cue().map(|c| (clip(c, sentence), out.len())));
        markers.push((clip(speaker.span(), sentence), out.len()));
        markers.push((content, out.len()));
        out.push(Unit {
            span: content,
            source: Some(source),
            frame: None,
        });
    }
    // `according to`, `it was learned that`, `X said that`, where the quotes layer has
    // not already attributed that stretch.
    if let Some((unit, consumed)) = fallback_attribution(text, sentence) {
        let clash = taken
            .iter()
            .any(|t| t.overlaps(consumed) || t.overlaps(unit.span));
        if !clash {
            taken.push(consumed);
            taken.extend(unit.source.as_ref().and_then(|s| s.span));
            taken.push(unit.span);
            markers.push((consumed, out.len()));
            markers.extend(
                unit.source
                    .as_ref()
                    .and_then(|s| s.span)
                    .map(|sp| (sp, out.len())),
            );
            out.push(unit);
        }
    }
    taken.sort_by_key(|s| s.start);
    // The reporter's own stretches: what the attributions leave of the sentence.
    let mut at = sentence.start;
    let mut free = Vec::new();
    for t in &taken {
        if t.start > at {
            free.push(Span::new(at, t.start));
        }
        at = at.max(t.end);
    }
    if at < sentence.end {
        free.push(Span::new(at, sentence.end));
    }
    // Sorted twice, so that each stretch finds the marker after it and the one before
    // it by binary search.
    let mut by_start = markers.clone();
    by_start.sort_by_key(|(m, _)| m.start);
    let mut by_end = markers;
    by_end.sort_by_key(|(m, _)| m.end);
    for piece in free {
        let piece = piece.trim(text);
        // An adverbial right before a speaker or a cue (`In an interview with the BBC,
        // ...`) sets the scene of the attribution: it is not a claim of its own.
        let scene = {
            let t = trim_edges(text, piece).text(text);
            SCENE
                .iter()
                .any(|r| t.get(..r.len()).is_some_and(|h| h.eq_ignore_ascii_case(r)))
                && clauses(text, piece).len() == 1
        };
        let next = by_start.get(by_start.partition_point(|(m, _)| m.start < piece.end));
        // So does a short one right after the quote or its cue (`..., she said on Monday
        // in Oslo`); a longer stretch there tells more and is a claim of its own.
        let before = by_end
            .partition_point(|(m, _)| m.end <= piece.start)
            .checked_sub(1)
            .and_then(|i| by_end.get(i));
        let previous = before.filter(|_| word_count(text, piece) <= 8);
        let touching = |a: usize, b: usize| {
            Span::new(a, b)
                .text(text)
                .chars()
                .all(|c| !c.is_alphanumeric())
        };
        let frame_of = match (next, previous) {
            (Some(&(m, unit)), _) if scene && touching(piece.end, m.start) => Some(unit),
            (_, Some(&(m, unit))) if scene && touching(m.end, piece.start) => Some(unit),
            _ => None,
        };
        if let Some(unit) = frame_of {
            if let Some(u) = out.get_mut(unit) {
                u.frame = Some(u.frame.map_or(piece, |f| f.cover(piece)));
            }
            continue;
        }
        // A predicate right after an attribution (`the alliance that was “brain dead”,
        // according to X, now has 32 members`) continues the clause the attributed
        // stretch began: its claim starts where that stretch starts.
        let continued = before
            .filter(|(m, _)| touching(m.end, piece.start) && continues_clause(text, piece))
            .and_then(|&(_, unit)| out.get(unit).map(|u| u.span.start));
        for (i, clause) in clauses(text, piece).into_iter().enumerate() {
            let mut clause = trim_edges(text, clause);
            let mut merged = false;
            if let Some(start) = continued.filter(|&s| i == 0 && s < clause.start) {
                if word_count(text, clause) >= MIN_WORDS {
                    clause = Span::new(start, clause.end);
                    merged = true;
                }
            }
            // Leftovers of an attribution (`Peters said in a statement.`) are not claims
            // of their own unless they say more.
            let min = if taken.is_empty() { MIN_WORDS } else { 7 };
            if word_count(text, clause) >= min {
                // A merged clause holds the attribution; it is the reporter's own.
                let source = labels
                    .iter()
                    .find(|(l, _)| clause.contains(*l) && !merged)
                    .map(|(_, a)| a.clone());
                out.push(Unit {
                    span: clause,
                    source,
                    frame: None,
                });
            }
        }
    }
    // `it was learned that NATO knows that ...`: the unnamed channel reports what a named
    // actor holds, and the actor is the source.
    for unit in &mut out {
        let unnamed = unit
            .source
            .as_ref()
            .is_some_and(|s| s.kind == SpeakerKind::Unnamed);
        if let Some((name_span, name, content)) = unnamed.then(|| knower(text, unit.span)).flatten()
        {
            if let Some(source) = unit.source.as_mut() {
                source.name = name;
                source.span = Some(name_span);
            }
            unit.span = content;
        }
    }
    // Text order; of two claims that start together, the shorter (nested) one first.
    out.sort_by_key(|u| (u.span.start, u.span.end));
    out
}

/// `NAME knows that CONTENT` inside `span`: the name and the content.
fn knower(text: &str, span: Span) -> Option<(Span, String, Span)> {
    let lower = span.text(text).to_ascii_lowercase();
    for verb in [
        " knows that ",
        " believes that ",
        " is aware that ",
        " understands that ",
    ] {
        let Some(i) = lower.find(verb) else {
            continue;
        };
        let before = Span::new(span.start, span.start + i);
        let (name_span, name) = capitalised_run(text, before)?;
        let content = trim_edges(text, Span::new(span.start + i + verb.len(), span.end));
        return (word_count(text, content) >= MIN_WORDS).then_some((name_span, name, content));
    }
    None
}

/// Words that start a clause or a phrase of its own rather than continue a predicate.
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "while",
    "although",
    "as",
    "if",
    "when",
    "because",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "in",
    "on",
    "at",
    "with",
    "for",
    "to",
    "from",
    "by",
    "during",
    "after",
    "before",
    "of",
    "than",
    "since",
    "until",
    "said",
    "says",
    "added",
    "according",
];

/// Whether `piece` begins with a lower-case word that continues a predicate (`now has`,
/// `rose`) rather than a subject, a conjunction or a preposition.
fn continues_clause(text: &str, piece: Span) -> bool {
    let s = trim_edges(text, piece).text(text);
    let first: String = s.chars().take_while(|c| c.is_alphanumeric()).collect();
    first.chars().next().is_some_and(char::is_lowercase) && !STARTERS.contains(&first.as_str())
}

/// How scene-setting adverbials start.
const SCENE: &[&str] = &[
    "in ",
    "during ",
    "at ",
    "on ",
    "speaking ",
    "after ",
    "before ",
    "addressing ",
    "asked ",
    "following ",
    "writing ",
    "ahead of ",
];

fn clip(span: Span, to: Span) -> Span {
    let start = span.start.clamp(to.start, to.end);
    let end = span.end.clamp(start, to.end);
    Span::new(start, end)
}

/// The quotes whose span or content overlaps `sentence`. Quotes are in text order, so
/// the search starts near the sentence and stops past it.
/// The article's quotes in order of their content, each with the furthest end that it
/// or a quote before it reaches: the quotes that overlap a sentence are found by binary
/// search, however long the quotes before it run (over paragraphs, or holding nested
/// reports).
pub(crate) struct Quotes<'q> {
    list: &'q [Quote],
    reach: Vec<usize>,
}

impl<'q> Quotes<'q> {
    pub(crate) fn new(list: &'q [Quote]) -> Self {
        let mut far = 0;
        let reach = list
            .iter()
            .map(|q| {
                far = far.max(q.span().cover(q.content()).end);
                far
            })
            .collect();
        Quotes { list, reach }
    }
}

fn overlapping<'q>(quotes: &'q Quotes<'_>, sentence: Span) -> impl Iterator<Item = &'q Quote> {
    let from = quotes.reach.partition_point(|&r| r <= sentence.start);
    quotes.list[from..]
        .iter()
        .take_while(move |q| q.span().start.min(q.content().start) < sentence.end)
        .filter(move |q| {
            q.span().cover(q.content()).overlaps(sentence) && q.content().overlaps(sentence)
        })
}

/// Leaves out a leading `that` (`said that ...`) and surrounding punctuation.
fn strip_that(text: &str, span: Span) -> Option<Span> {
    let span = trim_edges(text, span);
    let s = span.text(text);
    let span = match s.get(..5) {
        Some(head) if head.eq_ignore_ascii_case("that ") => {
            trim_edges(text, Span::new(span.start + 5, span.end))
        }
        _ => span,
    };
    (!span.is_empty()).then_some(span)
}

/// Trims white space, commas, leading conjunctions and a closing full stop, so that a
/// unit starts at its first word.
fn trim_edges(text: &str, span: Span) -> Span {
    let mut span = span.trim(text);
    loop {
        let s = span.text(text);
        let lead = s.len()
            - s.trim_start_matches([',', ';', ':', ' ', '—', '–', '-', '('])
                .len();
        let mut start = span.start + lead;
        let rest = Span::new(start, span.end).text(text);
        for conj in ["and ", "but ", "while ", "although ", "whereas ", "yet "] {
            if rest.len() > conj.len()
                && rest
                    .get(..conj.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(conj))
            {
                start += conj.len();
                break;
            }
        }
        let next = Span::new(start, span.end).trim(text);
        if next == span {
            break;
        }
        span = next;
    }
    // The end: punctuation, and a conjunction left dangling where the next clause was
    // cut away (`... of £59m, and` before `it expects ...`).
    let mut s = span.text(text);
    loop {
        let t = s.trim_end_matches([',', ';', ':', ' ', '.', '—', '–']);
        let last = t.rsplit(' ').next().unwrap_or("");
        let dangling = t.len() > last.len()
            && ["and", "but", "or", "although", "whereas"]
                .iter()
                .any(|c| last.eq_ignore_ascii_case(c));
        if dangling {
            s = &t[..t.len() - last.len()];
        } else {
            s = t;
            break;
        }
    }
    Span::new(span.start, span.start + s.len())
}

/// Where clauses may be cut: non-restrictive relative clauses, then coordinated
/// clauses after a comma or a semicolon, then `and` before a new subject. One automaton
/// pass over the bytes of the stretch finds them all.
const RELATIVE_MARKERS: &[&str] = &[", who ", ", which ", ", whom ", ", whose "];
const COORDINATION_MARKERS: &[&str] = &[
    "; ",
    ", and ",
    ", but ",
    ", while ",
    ", although ",
    ", whereas ",
];
/// Subordinators of time that join a second statement to the first (`..., just as it
/// turns 75`): each opens a claim of its own.
const TIME_MARKERS: &[&str] = &[
    " just as ",
    " even as ",
    " at a time when ",
    " at a moment when ",
];
const AND_MARKERS: &[&str] = &[
    " and it ",
    " and he ",
    " and she ",
    " and they ",
    " and we ",
    " and the ",
];

/// Whether `pat` occurs in `b` at `i`, ASCII case aside.
fn at_ci(b: &[u8], i: usize, pat: &str) -> bool {
    b.get(i..i + pat.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(pat.as_bytes()))
}

/// The byte offset of the first `, ` at or after `from` in `s`.
fn comma_space(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    (from..bytes.len().saturating_sub(1)).find(|&i| bytes[i] == b',' && bytes[i + 1] == b' ')
}

/// Splits a stretch of the reporter's text at non-restrictive relative clauses and at
/// coordinated clauses; pieces too short to be a claim stay with their neighbour.
fn clauses(text: &str, span: Span) -> Vec<Span> {
    let s = span.text(text);
    let mut cuts: Vec<usize> = Vec::new();
    let b = s.as_bytes();
    // Where the last counted occurrence of each `and` marker ended: an occurrence that
    // overlaps it (` and it and it `) is not counted again.
    let mut and_end = [0usize; AND_MARKERS.len()];
    // One pass over the bytes: every marker starts with a comma, a semicolon or a
    // space, and is checked only there.
    for i in 0..b.len() {
        match b[i] {
            b',' => {
                if RELATIVE_MARKERS.iter().any(|m| at_ci(b, i, m)) {
                    // `, who ... ,` and `, which ... ,`: the relative clause is a claim
                    // of its own.
                    let start = i + 2;
                    cuts.push(start);
                    // The clause ends at the next comma, unless a short item follows
                    // it: then the comma is inside a list (`which includes tools,
                    // optics and engines`) and the clause runs to the end.
                    if let Some(j) = comma_space(s, start) {
                        let after = j + 2;
                        let next = s[after..].find([',', ';']).map_or(s.len(), |k| after + k);
                        if word_count(text, Span::new(span.start + after, span.start + next)) > 3 {
                            cuts.push(j + 1);
                        }
                    }
                }
                if COORDINATION_MARKERS.iter().any(|m| at_ci(b, i, m)) {
                    cuts.push(i + 1);
                }
            }
            b';' if at_ci(b, i, "; ") => cuts.push(i + 1),
            b' ' if TIME_MARKERS.iter().any(|m| at_ci(b, i, m)) => cuts.push(i + 1),
            b' ' if at_ci(b, i, " and ") => {
                for (k, marker) in AND_MARKERS.iter().enumerate() {
                    if i < and_end[k] || !at_ci(b, i, marker) {
                        continue;
                    }
                    let end = i + marker.len();
                    and_end[k] = end;
                    // `and the` starts a clause only before a name (`and the European
                    // Union has`).
                    let named = s[end..].starts_with(char::is_uppercase);
                    if *marker != " and the " || named {
                        cuts.push(i);
                    }
                }
            }
            _ => {}
        }
    }
    if cuts.is_empty() {
        // The whole stretch is one piece.
        return if s.is_empty() { Vec::new() } else { vec![span] };
    }
    // No cut inside quotation marks: a quoted passage is one statement.
    let quoted = quoted_ranges(s);
    cuts.sort_unstable();
    cuts.dedup();
    let mut q = quoted.iter().peekable();
    cuts.retain(|&c| {
        while q.next_if(|&&(_, b)| b <= c).is_some() {}
        !q.peek().is_some_and(|&&(a, b)| a < c && c < b)
    });
    let mut pieces: Vec<Span> = Vec::new();
    let mut at = 0;
    for cut in cuts.into_iter().chain([s.len()]) {
        if cut <= at || !s.is_char_boundary(cut) {
            continue;
        }
        let piece = Span::new(span.start + at, span.start + cut);
        match pieces.last_mut() {
            Some(last) if word_count(text, *last) < MIN_WORDS => *last = last.cover(piece),
            _ => pieces.push(piece),
        }
        at = cut;
    }
    // A short tail joins the piece before it.
    if pieces.len() > 1 && word_count(text, pieces[pieces.len() - 1]) < MIN_WORDS {
        let tail = pieces.pop().unwrap_or_default();
        if let Some(last) = pieces.last_mut() {
            *last = last.cover(tail);
        }
    }
    pieces
}

/// Byte ranges of `s` between curly opening and closing double quotation marks.
fn quoted_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in s.char_indices() {
        match c {
            '“' | '«' | '„' => open = Some(i),
            '”' | '»' => {
                if let Some(o) = open.take() {
                    out.push((o, i));
                }
            }
            _ => {}
        }
    }
    out
}

/// Reporting verbs for the fallback attribution `NAME said that ...`, used only where the
/// quotes layer found nothing in the sentence.
const SAID: &[&str] = &[
    "said",
    "says",
    "claimed",
    "claims",
    "warned",
    "warns",
    "stressed",
    "insisted",
    "argued",
    "added",
    "noted",
    "announced",
    "assured",
    "stated",
    "told",
    "reported",
    "reports",
    "believes",
    "estimated",
    "estimates",
    "acknowledged",
    "admitted",
    "confirmed",
    "denied",
    "explained",
    "pointed out",
    "points out",
];

/// How an unnamed source is introduced (`it was learned`, `sources said`).
const UNNAMED_LEADS: &[&str] = &[
    "it was ",
    "it is ",
    "it has been ",
    "sources said",
    "sources say",
];

/// How many attribution patterns there are: `according to `, the unnamed leads, and
/// ` VERB that ` for each reporting verb.
const ATTRIBUTION_PATTERNS: usize = 1 + UNNAMED_LEADS.len() + SAID.len();

/// Where each attribution pattern first occurs in `s` (ASCII case aside), in the
/// order [`ATTRIBUTION_PATTERNS`] gives, or `None` when none does. One pass over the
/// bytes: the fixed patterns are checked where their first letter stands, the
/// reporting verbs where ` that ` does.
fn attribution_cues(s: &str) -> Option<[Option<usize>; ATTRIBUTION_PATTERNS]> {
    let mut first = [None; ATTRIBUTION_PATTERNS];
    let mut any = false;
    let b = s.as_bytes();
    let fixed = ["according to "]
        .into_iter()
        .chain(UNNAMED_LEADS.iter().copied());
    for i in 0..b.len() {
        // Most positions fail on their first letter, and the rest on the second.
        if !matches!(b[i], b' ' | b'a' | b'A' | b'i' | b'I' | b's' | b'S') {
            continue;
        }
        let c = b[i].to_ascii_lowercase();
        let next = b.get(i + 1).map_or(0, u8::to_ascii_lowercase);
        if !matches!(
            (c, next),
            (b' ', b't') | (b'a', b'c') | (b'i', b't') | (b's', b'o')
        ) {
            continue;
        }
        if c == b' ' && at_ci(b, i, " that ") {
            for (k, verb) in SAID.iter().enumerate() {
                let slot = &mut first[1 + UNNAMED_LEADS.len() + k];
                let Some(start) = i.checked_sub(verb.len() + 1) else {
                    continue;
                };
                if slot.is_none() && b[start] == b' ' && at_ci(b, start + 1, verb) {
                    *slot = Some(start);
                    any = true;
                }
            }
        } else if matches!(c, b'a' | b'i' | b's') {
            for (k, pat) in fixed.clone().enumerate() {
                if first[k].is_none() && pat.as_bytes()[0] == c && at_ci(b, i, pat) {
                    first[k] = Some(i);
                    any = true;
                }
            }
        }
    }
    any.then_some(first)
}

/// `according to X`, an unnamed source (`it was learned that`), or `NAME said that`:
/// the attributed unit and the stretch the attribution takes.
fn fallback_attribution(text: &str, sentence: Span) -> Option<(Unit, Span)> {
    let s = sentence.text(text);
    let first = attribution_cues(s)?;
    let lower = s.to_ascii_lowercase();
    if let Some(i) = first[0] {
        let cue = Span::new(
            sentence.start + i,
            sentence.start + i + "according to".len(),
        );
        let after = i + "according to ".len();
        // The source runs to the next comma or the end of the sentence.
        let end = lower[after..]
            .find([',', ';'])
            .map_or(s.len(), |j| after + j);
        let (mut name_span, mut name) = capitalised_run(
            text,
            Span::new(sentence.start + after, sentence.start + end),
        )?;
        let mut source_end = end;
        // `according to the president of France, Emmanuel Macron,`: the appositive name.
        if end < s.len() && !name.contains(' ') {
            let next_end = lower[end + 1..]
                .find([',', ';', '.'])
                .map_or(s.len(), |j| end + 1 + j);
            let next = Span::new(sentence.start + end + 1, sentence.start + next_end);
            if let Some((sp, n)) = capitalised_run(text, next) {
                if n.contains(' ') && word_count(text, next) <= 4 {
                    name_span = sp;
                    name = n;
                    source_end = next_end;
                }
            }
        }
        let lead = &lower[..i];
        let unit = if word_count(text, Span::new(sentence.start, sentence.start + i)) <= 1
            && !lead.contains(',')
        {
            // `According to X, CONTENT.`
            Span::new(sentence.start + source_end, sentence.end)
        } else {
            // `..., CONTENT, according to X`: the clause before the cue.
            let clause_start = lower[..i]
                .trim_end_matches([',', ' '])
                .rfind(", ")
                .map(|j| j + 2)
                .filter(|&j| {
                    word_count(text, Span::new(sentence.start + j, sentence.start + i)) >= MIN_WORDS
                })
                .unwrap_or(0);
            Span::new(sentence.start + clause_start, sentence.start + source_end)
        };
        let unit = trim_edges(text, unit);
        let kind = if name.chars().filter(|c| c.is_uppercase()).count() > 1 && name.contains(' ') {
            SpeakerKind::Person
        } else {
            SpeakerKind::Organisation
        };
        let consumed = cue.cover(name_span);
        let source = Attribution {
            name,
            kind,
            span: Some(name_span),
            cue: Some(cue),
            quote: Some(QuoteKind::AccordingTo),
        };
        return Some((
            Unit {
                span: unit,
                source: Some(source),
                frame: None,
            },
            consumed,
        ));
    }
    let leads = &first[1..=UNNAMED_LEADS.len()];
    if let Some((cue_span, unit)) = unnamed_source(text, sentence, &lower, leads) {
        let source = Attribution {
            name: "unnamed source".to_string(),
            kind: SpeakerKind::Unnamed,
            span: None,
            cue: Some(cue_span),
            quote: Some(QuoteKind::Indirect),
        };
        return Some((
            Unit {
                span: unit,
                source: Some(source),
                frame: None,
            },
            cue_span,
        ));
    }
    let said = &first[1 + UNNAMED_LEADS.len()..];
    for (verb, &at) in SAID.iter().zip(said) {
        let Some(i) = at else {
            continue;
        };
        // ` VERB that `
        let pat_len = verb.len() + 7;
        let before = Span::new(sentence.start, sentence.start + i);
        let (name_span, name) = last_capitalised_run(text, before)?;
        let content = trim_edges(text, Span::new(sentence.start + i + pat_len, sentence.end));
        if content.is_empty() {
            return None;
        }
        let cue = Span::new(sentence.start + i + 1, sentence.start + i + 1 + verb.len());
        let source = Attribution {
            kind: if name.contains(' ') {
                SpeakerKind::Person
            } else {
                SpeakerKind::Organisation
            },
            name,
            span: Some(name_span),
            cue: Some(cue),
            quote: Some(QuoteKind::Indirect),
        };
        return Some((
            Unit {
                span: content,
                source: Some(source),
                frame: None,
            },
            Span::new(cue.start, content.start),
        ));
    }
    None
}

/// `it was (also) learned that`, `it is understood that`, `sources said that`: the cue
/// and the content after it.
fn unnamed_source(
    text: &str,
    sentence: Span,
    lower: &str,
    found: &[Option<usize>],
) -> Option<(Span, Span)> {
    for (lead, &at) in UNNAMED_LEADS.iter().zip(found) {
        let Some(i) = at else {
            continue;
        };
        let mut at = i + lead.len();
        if lead.starts_with("it ") {
            let rest = &lower[at..];
            let rest_trim = rest
                .strip_prefix("also ")
                .or_else(|| rest.strip_prefix("now "))
                .unwrap_or(rest);
            at += rest.len() - rest_trim.len();
            let verb = ["learned", "learnt", "reported", "understood"]
                .into_iter()
                .find(|v| lower[at..].starts_with(v))?;
            at += verb.len();
        }
        let rest = &lower[at..];
        if let Some(r) = rest.strip_prefix(" that ") {
            at += rest.len() - r.len();
        }
        let cue = Span::new(sentence.start + i, sentence.start + at);
        let unit = trim_edges(text, Span::new(cue.end, sentence.end));
        return (!unit.is_empty()).then_some((cue, unit));
    }
    None
}

/// Titles that stand before a name without being part of it; the capitalised words that
/// are never names at all are the shared list the people layer reads.
const TITLE_WORDS: &[&str] = &[
    "President",
    "Minister",
    "Secretary",
    "General",
    "Prime",
    "Foreign",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

fn not_a_name(word: &str) -> bool {
    TITLE_WORDS.contains(&word) || crate::people::names::NOT_NAMES.contains(word)
}

/// The first run of capitalised words in `span`, as a name.
fn capitalised_run(text: &str, span: Span) -> Option<(Span, String)> {
    runs(text, span).into_iter().next()
}

/// The last run of capitalised words in `span`, as a name.
fn last_capitalised_run(text: &str, span: Span) -> Option<(Span, String)> {
    runs(text, span).into_iter().last()
}

fn runs(text: &str, span: Span) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    let s = span.text(text);
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut word_start = None;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        match (c.is_whitespace(), word_start) {
            (true, Some(w)) => {
                words.push((span.start + w, &s[w..i]));
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
    }
    for (w_start, word) in words {
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let cap = core.chars().next().is_some_and(char::is_uppercase) && !not_a_name(core);
        if cap {
            let ws = Span::new(w_start + lead, w_start + lead + core.len());
            cur = Some(cur.map_or(ws, |c| c.cover(ws)));
            // A comma or a full stop after the word ends the name.
            if core.len() + lead < word.len() {
                if let Some(c) = cur.take() {
                    out.push(c);
                }
            }
        } else if let Some(c) = cur.take() {
            out.push(c);
        }
    }
    if let Some(c) = cur {
        out.push(c);
    }
    out.into_iter()
        .filter(|sp| {
            sp.end <= span.end && text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end)
        })
        .map(|sp| {
            let name = sp.text(text).trim_end_matches(['\'', '’', 's']).to_string();
            let name = if sp.text(text).ends_with("'s") || sp.text(text).ends_with("’s") {
                name
            } else {
                sp.text(text).to_string()
            };
            (sp, name)
        })
        .filter(|(_, n)| !n.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit_texts(text: &str) -> Vec<(String, Option<String>)> {
        units(text, Span::new(0, text.len()), &Quotes::new(&[]))
            .into_iter()
            .map(|u| (u.span.text(text).to_string(), u.source.map(|s| s.name)))
            .collect()
    }

    #[test]
    fn according_to_first() {
        let got = unit_texts(
            "According to the Harbour Gazette, the ferry fleet doubled in size last year.",
        );
        assert_eq!(
            got,
            [(
                "the ferry fleet doubled in size last year".into(),
                Some("Harbour Gazette".into())
            )]
        );
    }

    #[test]
    fn according_to_after() {
        let got = unit_texts("The ferry fleet doubled in size last year, according to Tom Brandt.");
        assert_eq!(
            got,
            [(
                "The ferry fleet doubled in size last year, according to Tom Brandt".into(),
                Some("Tom Brandt".into())
            )]
        );
    }

    #[test]
    fn relative_clause_is_its_own_unit() {
        let got = unit_texts(
            "Mayor Lena Ruiz, who will step down in June, opened the new bridge over the river.",
        );
        let texts: Vec<_> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Mayor Lena Ruiz, who will step down in June",
                "opened the new bridge over the river"
            ]
        );
    }

    #[test]
    fn attribution_cues_any_case_first_occurrence() {
        let s = "ACCORDING TO the board, sources Said that it IS clear; Ann Said That x, Bo said that y";
        let first = attribution_cues(s).expect("cues");
        assert_eq!(first[0], Some(0));
        let lead = |l: &str| first[1 + UNNAMED_LEADS.iter().position(|x| *x == l).unwrap()];
        assert_eq!(lead("sources said"), Some(24));
        assert_eq!(lead("it is "), Some(42));
        assert_eq!(lead("it was "), None);
        let said = first[1 + UNNAMED_LEADS.len()];
        assert_eq!(said, Some(31));
        assert!(attribution_cues("Nothing to see here.").is_none());
        assert!(attribution_cues("").is_none());
    }

    fn clause_texts(text: &str) -> Vec<&str> {
        clauses(text, Span::new(0, text.len()))
            .into_iter()
            .map(|c| c.text(text))
            .collect()
    }

    #[test]
    fn clause_cuts_any_case_and_no_double_and() {
        let text =
            "The mayor opened the bridge over the river AND THE Harbour Board paid for all of it";
        assert_eq!(
            clause_texts(text),
            [
                "The mayor opened the bridge over the river",
                " AND THE Harbour Board paid for all of it"
            ]
        );
        let text = "We came and it and it and it went on and on and on";
        assert!(!clauses(text, Span::new(0, text.len())).is_empty());
        assert!(clauses("", Span::new(0, 0)).is_empty());
        let text = "Only one clause here without any cut";
        assert_eq!(
            clauses(text, Span::new(0, text.len())),
            [Span::new(0, text.len())]
        );
    }

    #[test]
    fn time_subordinators_open_claims_of_their_own() {
        let text = "The port authority is widening the channel just as it turns 90 this year \
                    at a time when traffic is higher than ever";
        assert_eq!(
            clause_texts(text),
            [
                "The port authority is widening the channel ",
                "just as it turns 90 this year ",
                "at a time when traffic is higher than ever"
            ]
        );
        // "just as" inside a word, or a short tail, does not cut.
        let text = "The ferry runs adjust as needed every day of the week";
        assert_eq!(clauses(text, Span::new(0, text.len())).len(), 1);
        let text = "The council approved the budget even as expected";
        assert_eq!(clauses(text, Span::new(0, text.len())).len(), 1);
    }

    #[test]
    fn word_count_ascii_and_not() {
        assert_eq!(word_count("a b, c-d", Span::new(0, 8)), 4);
        assert_eq!(word_count(" Ödön’s café ", Span::new(0, 17)), 3);
        assert_eq!(word_count("", Span::new(0, 0)), 0);
    }

    #[test]
    fn said_that() {
        let got = unit_texts("Chief engineer Sam Okafor said that the tunnel will open in May.");
        assert_eq!(
            got,
            [(
                "the tunnel will open in May".into(),
                Some("Sam Okafor".into())
            )]
        );
    }
}
