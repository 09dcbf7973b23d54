//! Finding person names and linking their later mentions.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use super::lexicon::{
    FIRST_NAMES, PLACE_FIRST_NAMES, Referent, TITLE_STEPS, TITLES, WordSet, may_be_person_pronoun,
    may_open_title, pronoun,
};
use super::{Gender, Person, bare, is_capitalised};
use crate::Span;
use crate::article::Context;
use crate::gazetteer::Mention;
use crate::quotes::is_cue_word;
use crate::structure::BlockKind;
use crate::text::tokens::{Token, TokenKind};

/// Capitalised words that open sentences or name things other than people: a run of
/// capitals that starts with them does not start with a name. The list is shared with
/// the gazetteer's context rules.
pub(crate) static NOT_NAMES: Lazy<WordSet> =
    Lazy::new(|| crate::lexicon::entries(include_str!("../../lexicons/not_names.txt")).collect());

/// Words that end the names of organisations, places and things, never of people.
static ORG_WORDS: Lazy<WordSet> = Lazy::new(|| ORG_WORD_LIST.iter().copied().collect());

/// Names shaped like a person's that name a firm, a brand or a band
/// (`lexicons/not_people.txt`).
static NOT_PEOPLE: Lazy<WordSet> =
    Lazy::new(|| crate::lexicon::entries(include_str!("../../lexicons/not_people.txt")).collect());

/// The words of [`ORG_WORDS`].
const ORG_WORD_LIST: &[&str] = &[
    "Act",
    "Administration",
    "Affairs",
    "Agency",
    "Agreement",
    "Airlines",
    "Airport",
    "Airways",
    "Albion",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Athletic",
    "Authority",
    "Avenue",
    "Awards",
    "Bank",
    "Board",
    "Bros",
    "Cafe",
    "Cafes",
    "Campaign",
    "Center",
    "Centre",
    "Championship",
    "Championships",
    "Church",
    "City",
    "Club",
    "Coast",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Conference",
    "Corporation",
    "Council",
    "Country",
    "County",
    "Court",
    "Cup",
    "Day",
    "Dems",
    "Department",
    "Earthquake",
    "Election",
    "Entertainment",
    "Exchange",
    "Festival",
    "Films",
    "Force",
    "Forces",
    "Foundation",
    "Fund",
    "Gallery",
    "Games",
    "Group",
    "Holdings",
    "Hospital",
    "Hotel",
    "House",
    "Industries",
    "Institute",
    "International",
    "Island",
    "Islands",
    "Journal",
    "Kingdom",
    "Laboratory",
    "Lane",
    "League",
    "Lords",
    "Magazine",
    "Management",
    "Media",
    "Ministry",
    "Motors",
    "Museum",
    "Music",
    "Navy",
    "Network",
    "News",
    "Office",
    "Olympics",
    "Open",
    "Opera",
    "Organisation",
    "Organization",
    "Party",
    "Pictures",
    "Police",
    "Post",
    "Press",
    "Prize",
    "Program",
    "Programme",
    "Province",
    "Questions",
    "Radio",
    "Rangers",
    "Records",
    "Region",
    "Republic",
    "Review",
    "Road",
    "Rovers",
    "School",
    "Security",
    "Series",
    "Service",
    "Services",
    "Society",
    "Square",
    "Stadium",
    "State",
    "States",
    "Station",
    "Street",
    "Studios",
    "Summit",
    "Team",
    "Television",
    "Theater",
    "Theatre",
    "Times",
    "Tour",
    "Treaty",
    "Trophy",
    "Union",
    "United",
    "University",
    "Utd",
    "Valley",
    "Wanderers",
    "War",
    "Wars",
    "Week",
];

/// Parties and positions written before a name (`Tory Liam Fox`, `Wing Christophe
/// Dominici`), in lower case.
const LABELS: &[&str] = &[
    "tory",
    "tories",
    "labour",
    "lib",
    "dem",
    "dems",
    "democrat",
    "republican",
    "conservative",
    "liberal",
    "green",
    "wing",
    "lock",
    "prop",
    "hooker",
    "flanker",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "skipper",
    "keeper",
    "winger",
    "forward",
    "fly-half",
    "scrum-half",
];

/// Lower-case words that join the parts of a name (`Ursula von der Leyen`).
const PARTICLES: &[&str] = &[
    "de", "da", "das", "del", "della", "der", "di", "dos", "du", "van", "von", "bin", "al", "el",
    "la", "le", "ibn",
];

/// The most words a name (without its title) has.
const MAX_NAME_WORDS: usize = 4;

/// How many tokens back a pronoun may look for the person it stands for.
const PRONOUN_REACH: usize = 250;

#[derive(Debug, Default)]
struct Draft {
    name: String,
    first: String,
    mentions: Vec<(usize, Span)>,
    title_gender: Option<Gender>,
    name_gender: Option<Gender>,
    votes: [u32; 2],
    roles: Vec<String>,
}

#[derive(Debug, Default)]
struct Book {
    people: Vec<Draft>,
    /// `first\u{1}last`, lower-cased (see [`full_key`]) -> person.
    by_full: HashMap<String, usize>,
    by_last: HashMap<String, Vec<usize>>,
}

impl Book {
    fn add_full(&mut self, words: &[&str], span: Span, token: usize) -> usize {
        let first = words[0].to_lowercase();
        let last = words[words.len() - 1].to_lowercase();
        let mut full = String::new();
        full_key(&first, &last, &mut full);
        if let Some(&i) = self.by_full.get(&full) {
            let p = &mut self.people[i];
            if words.len() > p.name.split(' ').count() {
                p.name = words.join(" ");
            }
            p.mentions.push((token, span));
            return i;
        }
        // A person first met by surname alone ("President Obama") gets their full name.
        if let Some(ids) = self.by_last.get(&last) {
            if let Some(&i) = ids
                .iter()
                .rev()
                .take(16)
                .find(|&&i| self.people[i].first.is_empty())
            {
                let p = &mut self.people[i];
                p.name = words.join(" ");
                p.first = first.clone();
                p.mentions.push((token, span));
                self.by_full.insert(full, i);
                return i;
            }
        }
        let i = self.people.len();
        self.people.push(Draft {
            name: words.join(" "),
            first: first.clone(),
            mentions: vec![(token, span)],
            name_gender: FIRST_NAMES.get(words[0]).copied().flatten(),
            ..Draft::default()
        });
        self.by_full.insert(full, i);
        self.by_last.entry(last).or_default().push(i);
        i
    }

    /// A name of one word after `title`: the person of that surname met last whose
    /// gender fits the title's (`Mr Vance` after `Harold Vance` and `Margaret Vance`), or
    /// after `Sir` and `Dame` the person of that first name (`Sir Geoffrey`).
    fn add_surname(
        &mut self,
        word: &str,
        span: Span,
        token: usize,
        title: Option<&TitleMatch>,
    ) -> usize {
        let last = word.to_lowercase();
        if let Some(t) = title.filter(|t| matches!(t.title.as_str(), "sir" | "dame")) {
            // Only someone met with that title: "Sir Alex" is not Alex Smith, a fan.
            let n = self.people.len();
            if let Some(i) = (n.saturating_sub(64)..n)
                .rev()
                .find(|&i| self.people[i].first == last && self.people[i].roles.contains(&t.title))
            {
                self.people[i].mentions.push((token, span));
                return i;
            }
        }
        let gender = title.and_then(|t| t.gender);
        if let Some(ids) = self.by_last.get(&last) {
            let fits = |i: usize| {
                let p = &self.people[i];
                let g = p.title_gender.or(p.name_gender);
                gender.is_none() || g.is_none() || g == gender
            };
            // A fitting person, else the last one met: a gender read from a first name
            // or a role may mislead ("chairman Jan Berry ... Ms Berry").
            let pick = ids
                .iter()
                .rev()
                .take(16)
                .find(|&&i| fits(i))
                .or(ids.last())
                .copied();
            if let Some(i) = pick {
                self.people[i].mentions.push((token, span));
                return i;
            }
        }
        let i = self.people.len();
        self.people.push(Draft {
            name: word.to_string(),
            mentions: vec![(token, span)],
            ..Draft::default()
        });
        self.by_last.entry(last).or_default().push(i);
        i
    }
}

/// A title matched at a token: its lower-cased words, how many tokens it covers, the
/// gender it tells.
struct TitleMatch {
    title: String,
    len: usize,
    gender: Option<Gender>,
}

/// Room for a title's words, lower-cased: longer than any title in the list, so a run
/// of words that does not fit is no title.
const KEY_ROOM: usize = 64;

/// Lower-cased words joined by spaces, built in place without allocating: titles are
/// looked for at most words of an article.
struct Key {
    buf: [u8; KEY_ROOM],
    len: usize,
}

impl Key {
    fn new() -> Key {
        Key {
            buf: [0; KEY_ROOM],
            len: 0,
        }
    }

    /// Appends `word` lower-cased; false (and nothing appended) when it does not fit.
    fn push_lower(&mut self, word: &str) -> bool {
        if word.is_ascii() {
            let end = self.len + word.len();
            if end > KEY_ROOM {
                return false;
            }
            for (to, from) in self.buf[self.len..end].iter_mut().zip(word.bytes()) {
                *to = from.to_ascii_lowercase();
            }
            self.len = end;
            return true;
        }
        let mark = self.len;
        for c in word.chars() {
            for l in c.to_lowercase() {
                let n = l.len_utf8();
                if self.len + n > KEY_ROOM {
                    self.len = mark;
                    return false;
                }
                l.encode_utf8(&mut self.buf[self.len..self.len + n]);
                self.len += n;
            }
        }
        true
    }

    /// The key's bytes (whole chars only are ever written, so they are UTF-8).
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.bytes()).unwrap_or("")
    }
}

/// The longest title that starts at token `i` (words only, a `.` after an abbreviation
/// included), not running past `end`.
fn title_at(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<TitleMatch> {
    if i < end && tokens[i].kind() == TokenKind::Word && !may_open_title(bare(tokens[i].text(text)))
    {
        return None;
    }
    let steps = &*TITLE_STEPS;
    let mut key = Key::new();
    let mut words = 0;
    let mut best = None;
    let mut j = i;
    while j < end && words < TITLES.longest {
        let t = &tokens[j];
        if t.kind() != TokenKind::Word {
            break;
        }
        if words > 0 && !key.push_lower(" ") {
            break;
        }
        let word_start = key.len;
        if !key.push_lower(bare(t.text(text))) {
            // Longer than any title, and so is every run that goes on from here.
            break;
        }
        let mut len = j + 1 - i;
        // The abbreviation's dot may lie just past the run ("Rep." ends a run of capitals).
        if j + 1 < tokens.len()
            && tokens[j + 1].text(text) == "."
            && tokens[j + 1].span().start == t.span().end
            && key.push_lower(".")
        {
            let dotted = &key.bytes()[word_start..];
            if steps.get(dotted).is_some_and(|s| s.title.is_some()) {
                len += 1;
            } else {
                key.len -= 1;
            }
        }
        words += 1;
        let step = steps.get(key.bytes()).copied().unwrap_or_default();
        if let Some(gender) = step.title {
            best = Some(TitleMatch {
                title: key.as_str().trim_end_matches('.').to_string(),
                len,
                gender,
            });
        }
        j = i + len;
        // No longer title starts with these words.
        if key.bytes().ends_with(b".") || !step.more {
            break;
        }
    }
    best
}

fn is_name_word(text: &str, t: &Token) -> bool {
    t.kind() == TokenKind::Word && is_capitalised(t.text(text))
}

fn overlaps_mention(mentions: &[Mention], span: Span) -> bool {
    let i = mentions.partition_point(|m| m.span().end <= span.start);
    mentions.get(i).is_some_and(|m| m.span().overlaps(span))
}

/// Token index range `[a, b)` of the tokens inside `span`.
pub(crate) fn token_range(tokens: &[Token], span: Span) -> (usize, usize) {
    let a = tokens.partition_point(|t| t.span().start < span.start);
    let b = tokens.partition_point(|t| t.span().start < span.end);
    (a, b.max(a))
}

pub(super) fn find(cx: &Context<'_>, mentions: &[Mention]) -> Vec<Person> {
    let text = cx.text;
    let tokens = cx.tokens;
    let mut book = Book::default();
    // Reused for every run of capitals, so a run costs no allocation.
    let mut run = Vec::new();
    let mut name = Vec::new();
    let mut blocks = Vec::new();
    let mut prose = Vec::new();
    for block in cx.structure.blocks() {
        if matches!(block.kind(), BlockKind::Boilerplate | BlockKind::Tags) {
            continue;
        }
        let (a, b) = token_range(tokens, block.span());
        blocks.push((a, b));
        // A byline's or a credit's name is no antecedent of the body's pronouns.
        if !matches!(block.kind(), BlockKind::Byline | BlockKind::Credit) {
            prose.push((a, b));
        }
        let piece = block.span().text(text);
        let shouting = piece
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && piece.chars().any(char::is_alphabetic);
        if block.kind() == BlockKind::Byline || shouting {
            byline(text, tokens, a, b, &mut book);
            continue;
        }
        let mut i = a;
        while i < b {
            if !is_name_word(text, &tokens[i]) {
                i += 1;
                continue;
            }
            name_run(text, tokens, i, b, &mut run);
            let next = run.last().map_or(i + 1, |&k| k + 1);
            let headline = block.kind() == BlockKind::Title;
            candidate(
                text,
                tokens,
                mentions,
                (a, b, headline),
                &run,
                &mut name,
                &mut book,
            );
            i = next.max(i + 1);
        }
    }
    link_mentions(text, tokens, mentions, &blocks, &mut book);
    let quoted = crate::quotes::quoted_tokens(tokens.len(), cx.quotations());
    resolve_pronouns(text, tokens, &prose, &quoted, &mut book);
    book.people
        .into_iter()
        .map(|p| {
            let mut spans: Vec<Span> = p.mentions.iter().map(|&(_, s)| s).collect();
            spans.sort();
            spans.dedup();
            let gender = p.title_gender.or(p.name_gender).or(match p.votes {
                [f, m] if f > m => Some(Gender::Female),
                [f, m] if m > f => Some(Gender::Male),
                _ => None,
            });
            Person {
                name: p.name,
                mentions: spans,
                gender,
                roles: p.roles,
            }
        })
        .collect()
}

/// The token indices of a run of capitalised words from `i`: initials with their dot
/// and name particles join it.
fn name_run(text: &str, tokens: &[Token], i: usize, end: usize, run: &mut Vec<usize>) {
    run.clear();
    run.push(i);
    let mut j = i + 1;
    // No name runs longer than this; a longer run of capitals is a headline or a list.
    while j < end && run.len() < 12 {
        let t = &tokens[j];
        let prev = &tokens[j - 1];
        let w = t.text(text);
        if t.span().start - prev.span().end > 1
            && !text[prev.span().end..t.span().start].trim().is_empty()
        {
            break;
        }
        // "Coldplay's Chris Martin": a possessive ends the run.
        if prev.text(text).ends_with("'s") || prev.text(text).ends_with("’s") {
            break;
        }
        if w == "." && prev.text(text).chars().count() == 1 && is_capitalised(prev.text(text)) {
            // "Donald J. Trump": the initial's dot.
            j += 1;
            continue;
        }
        if t.kind() == TokenKind::Word
            && (is_capitalised(w)
                || (PARTICLES.contains(&w) && j + 1 < end && is_name_word(text, &tokens[j + 1])))
        {
            run.push(j);
            j += 1;
            continue;
        }
        break;
    }
    // A run ends with a possessive ("Peters's"): it stays in, bare() drops the ending.
}

fn candidate(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    (block_start, block_end, headline): (usize, usize, bool),
    run: &[usize],
    name: &mut Vec<usize>,
    book: &mut Book,
) {
    // Titles inside the run: the name is what follows the last one.
    let mut after_title = 0;
    let mut title: Option<TitleMatch> = None;
    let mut k = 0;
    while k < run.len() {
        let end = run.last().map_or(block_end, |&r| r + 1);
        if let Some(m) = title_at(text, tokens, run[k], end) {
            let covered = run[k..].iter().take_while(|&&r| r < run[k] + m.len).count();
            after_title = k + covered.max(1);
            k = after_title;
            title = Some(m);
            continue;
        }
        k += 1;
    }
    // A title just before the run, in lower case ("spokeswoman Adrienne Watson").
    if title.is_none() && run[0] > block_start {
        let lo = run[0].saturating_sub(TITLES.longest + 1).max(block_start);
        for s in lo..run[0] {
            if let Some(m) = title_at(text, tokens, s, run[0]) {
                if s + m.len == run[0] {
                    title = Some(m);
                    break;
                }
            }
        }
    }
    name.clear();
    name.extend_from_slice(&run[after_title..]);
    // Leading words that open sentences or are not names.
    while name
        .first()
        .is_some_and(|&f| NOT_NAMES.contains(&bare(tokens[f].text(text))))
    {
        name.remove(0);
    }
    // A word that opens a clause ends the name ("... Vladimir Putin They called").
    if let Some(p) = name
        .iter()
        .position(|&f| NOT_NAMES.contains(&bare(tokens[f].text(text))))
    {
        name.truncate(p);
    }
    // A headline's verb of saying ends the name ("Sanders Vows To ..."); right after a
    // title it leaves none ("Retired General Reveals Secret Plan").
    if headline {
        if let Some(p) = name.iter().position(|&f| {
            let w = bare(tokens[f].text(text));
            w.ends_with('s') && is_cue_word(&w.to_lowercase())
        }) {
            name.truncate(p);
        }
    }
    // Organisations and places are not people: keep what follows the last of them.
    if let Some(p) = name
        .iter()
        .rposition(|&t| overlaps_mention(mentions, tokens[t].span()))
    {
        name.drain(..=p);
    }
    // Acronyms (NATO, EFP) are not names.
    name.retain(|&t| {
        let w = bare(tokens[t].text(text));
        !(w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()))
    });
    // "Tory Liam Fox", "Wing Christophe Dominici": a word before a known first name that
    // is followed by a surname is a label, not part of the name.
    let label = |t: usize| {
        let w = bare(tokens[t].text(text)).to_lowercase();
        LABELS.contains(&w.as_str()) || TITLES.map.contains_key(&w)
    };
    if name.len() >= 3 && !FIRST_NAMES.contains_key(bare(tokens[name[0]].text(text))) {
        let known = (1..name.len() - 1)
            .find(|&k| FIRST_NAMES.contains_key(bare(tokens[name[k]].text(text))));
        // A first word with letters beyond ASCII is more likely a first name the list
        // lacks ("Andrés Manuel López Obrador") than a label, unless it is a known one.
        if let Some(k) = known.filter(|_| label(name[0]) || tokens[name[0]].text(text).is_ascii()) {
            name.drain(..k);
        }
    }
    if name.is_empty() || name.len() > MAX_NAME_WORDS {
        return;
    }
    let mut held = [""; MAX_NAME_WORDS];
    for (w, &t) in held.iter_mut().zip(name.iter()) {
        *w = bare(tokens[t].text(text));
    }
    let words = &held[..name.len()];
    if words.iter().any(|w| NOT_NAMES.contains(w)) && title.is_none() {
        return;
    }
    if words.iter().any(|w| ORG_WORDS.contains(w)) {
        return;
    }
    // "Morgan Stanley", "Franz Ferdinand": a firm or a band with a person's name.
    if title.is_none() && words.len() >= 2 && NOT_PEOPLE.contains(words.join(" ").as_str()) {
        return;
    }
    let last_token = name[name.len() - 1];
    let span = Span::new(
        tokens[name[0]].span().start,
        tokens[last_token].span().start + words[words.len() - 1].len(),
    );
    let appos = apposition(text, tokens, last_token + 1, block_end);
    let first_known = FIRST_NAMES.contains_key(words[0]);
    let person = if words.len() >= 2 && (title.is_some() || first_known || appos.is_some()) {
        Some(book.add_full(words, span, name[0]))
    } else if words.len() == 1
        && title.is_some()
        && words[0].chars().count() > 1
        && !TITLES.map.contains_key(&words[0].to_lowercase())
        && !TITLES
            .map
            .contains_key(&format!("{}.", words[0].to_lowercase()))
    {
        Some(book.add_surname(words[0], span, name[0], title.as_ref()))
    } else {
        None
    };
    if let Some(i) = person {
        let p = &mut book.people[i];
        if let Some(t) = title {
            if t.gender.is_some() {
                p.title_gender = t.gender;
            }
            let role = full_role(t.title);
            if !p.roles.contains(&role) {
                p.roles.push(role);
            }
        }
        if let Some(role) = appos.filter(|r| !r.is_empty()) {
            let role = full_role(role);
            if !p.roles.contains(&role) {
                p.roles.push(role);
            }
        }
        if let Some(role) = role_before(text, tokens, run[0], block_start) {
            let role = full_role(role);
            // "His wife, Jean Harris": the role right before the name tells its gender
            // (an apposition after it may only mention one: ", who presented the best
            // actress award,").
            let verb_after = tokens
                .get(last_token + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word && !is_capitalised(t.text(text)));
            if p.title_gender.is_none() && !verb_after {
                p.title_gender = TITLES.map.get(&role).copied().flatten();
            }
            if !p.roles.contains(&role) {
                p.roles.push(role);
            }
        }
    }
}

/// Whether `token` is a verb of saying in lower case (`said`, `told`).
fn cue_word_at(text: &str, token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        let w = t.text(text);
        t.kind() == TokenKind::Word && !is_capitalised(w) && is_cue_word(w)
    })
}

/// A role as a role alone names it: `Gov. Andrew Hale` is `the governor`, `Sen. Lee`
/// `the senator`.
fn full_role(role: String) -> String {
    let full = match role.as_str() {
        "gov." | "gov" => "governor",
        "sen." | "sen" => "senator",
        "rep." | "rep" => "representative",
        "gen." | "gen" => "general",
        "col." | "col" => "colonel",
        "adm." | "adm" => "admiral",
        "prof." | "prof" => "professor",
        "rev." | "rev" => "reverend",
        "dr." | "dr" => "doctor",
        _ => return role,
    };
    full.to_string()
}

/// A role in apposition after a name: `, president of China`, `, US Treasury Secretary,`,
/// or an age (`, 54,`).
fn apposition(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<String> {
    if i >= end || tokens[i].text(text) != "," {
        return None;
    }
    let stop = (i + 7).min(end);
    if i + 2 < end && tokens[i + 1].kind() == TokenKind::Number && tokens[i + 2].text(text) == "," {
        return Some(String::new());
    }
    let mut j = i + 1;
    while j < stop {
        let t = &tokens[j];
        if t.kind() != TokenKind::Word {
            return None;
        }
        if let Some(m) = title_at(text, tokens, j, stop) {
            // ", the men's solicitor says": a role before a verb of saying is the
            // subject of an inverted report, no apposition.
            if cue_word_at(text, tokens.get(j + m.len)) {
                return None;
            }
            if !m.title.starts_with("m") || m.title.len() > 3 {
                return Some(m.title);
            }
        }
        j += 1;
    }
    None
}

/// A role set off by a comma before the name: `its secretary general, former ... Jens
/// Stoltenberg`.
fn role_before(text: &str, tokens: &[Token], start: usize, block_start: usize) -> Option<String> {
    let lo = start.saturating_sub(4).max(block_start);
    let comma = (lo..start).rev().find(|&j| tokens[j].text(text) == ",")?;
    // Only modifiers of the name between (`, former Norwegian Prime Minister Jens`), no
    // verb (`Mary Cole, the mayor, met Anna Lee`).
    let modifier = |t: &Token| {
        let w = t.text(text);
        is_capitalised(w)
            || matches!(
                w,
                "former" | "then" | "current" | "outgoing" | "acting" | "incoming" | "late"
            )
    };
    if !tokens[comma + 1..start].iter().all(modifier) {
        return None;
    }
    let from = comma.saturating_sub(TITLES.longest).max(block_start);
    (from..comma).find_map(|s| {
        title_at(text, tokens, s, comma)
            .filter(|m| s + m.len == comma)
            .map(|m| m.title)
    })
}

/// A byline in capitals or a `By` line: the name it opens, or after `By` the names
/// joined by `and` (`By MARIA LOPEZ and DAVID CHEN`), each of them opening with a known
/// first name (not `By JOHN DOE and REUTERS STAFF`, `BY LATE FRIDAY AND EARLY SATURDAY`).
fn byline(text: &str, tokens: &[Token], a: usize, b: usize, book: &mut Book) {
    let mut i = a;
    let by = i < b && tokens[i].text(text).eq_ignore_ascii_case("by");
    if by {
        i += 1;
    }
    let mut words = Vec::new();
    let mut j = i;
    // At most four names of two words or more; more than one only after "By", joined by
    // "and" ("By JOHN SMITH, BBC News" is one name and its outlet).
    let mut names = 0;
    while j <= b && names < 4 {
        let and = j < b
            && by
            && (tokens[j].text(text).eq_ignore_ascii_case("and") || tokens[j].text(text) == "&");
        // A lower-case word ends the names too ("By Maria Lopez and David Chen in Madrid").
        let separator = j == b
            || and
            || tokens[j].kind() != TokenKind::Word
            || !is_capitalised(tokens[j].text(text));
        if !separator {
            if words.len() > MAX_NAME_WORDS {
                return;
            }
            words.push(j);
            j += 1;
            continue;
        }
        if words.len() < 2 || words.len() > MAX_NAME_WORDS {
            return;
        }
        let joined = and || names > 0;
        let shown: Vec<String> = words
            .iter()
            .map(|&t| title_case(tokens[t].text(text)))
            .collect();
        if joined && !FIRST_NAMES.contains_key(shown[0].as_str()) {
            return;
        }
        let refs: Vec<&str> = shown.iter().map(String::as_str).collect();
        let span = tokens[words[0]]
            .span()
            .cover(tokens[words[words.len() - 1]].span());
        book.add_full(&refs, span, words[0]);
        names += 1;
        if !and {
            return;
        }
        words.clear();
        j += 1;
    }
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// Later mentions: full names met again without their cue, and surnames alone.
fn link_mentions(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    blocks: &[(usize, usize)],
    book: &mut Book,
) {
    // Token -> the person named there and where the name ends; a later person wins.
    let mut known: Vec<Option<(usize, usize)>> = vec![None; tokens.len()];
    for (i, p) in book.people.iter().enumerate() {
        for &(t, s) in &p.mentions {
            if let Some(slot) = known.get_mut(t) {
                *slot = Some((i, s.end));
            }
        }
    }
    let mut w = String::new();
    let mut pair = String::new();
    let mut last_seen: Vec<usize> = vec![0; book.people.len()];
    // First name -> the people of two words or more who bear it (`Serena` for Serena
    // Williams).
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in book.people.iter().enumerate() {
        if !p.first.is_empty() && p.name.contains(' ') {
            by_first.entry(p.first.clone()).or_default().push(i);
        }
    }
    // A first name alone joins only as the subject of a verb of saying, before or after
    // it (`Serena said`, `said Serena`): elsewhere it is as often the speaker's way of
    // naming someone (`with Alfonso on Harry Potter`), or a firm's (`Warner producer`).
    let by_cue = |i: usize| {
        // Not a name of a pair: "said Richard and Judy executive producer Amanda Ross".
        let pair = tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.text(text), "and" | "&"));
        !pair
            && (cue_word_at(text, tokens.get(i + 1))
                || (i > 0 && cue_word_at(text, tokens.get(i - 1))))
    };
    let mut added = Vec::new();
    for &(a, b) in blocks {
        let mut i = a;
        while i < b {
            if let Some((p, end)) = known[i] {
                last_seen[p] = i + 1;
                // Skip the rest of that name.
                while i < b && tokens[i].span().start < end {
                    i += 1;
                }
                continue;
            }
            let t = &tokens[i];
            if !is_name_word(text, t) || overlaps_mention(mentions, t.span()) {
                i += 1;
                continue;
            }
            lower_into(bare(t.text(text)), &mut w);
            if i + 1 < b && is_name_word(text, &tokens[i + 1]) {
                full_key(&w, bare(tokens[i + 1].text(text)), &mut pair);
                if let Some(&p) = book.by_full.get(pair.as_str()) {
                    let end = tokens[i + 1].span().start + bare(tokens[i + 1].text(text)).len();
                    added.push((p, i, Span::new(t.span().start, end)));
                    last_seen[p] = i + 1;
                    i += 2;
                    continue;
                }
            }
            let prev_cap = i > a
                && is_name_word(text, &tokens[i - 1])
                && !NOT_NAMES.contains(&tokens[i - 1].text(text));
            let next_cap = i + 1 < b && is_name_word(text, &tokens[i + 1]);
            if !prev_cap && !next_cap {
                // A surname alone; else a known first name alone, of someone named in
                // full before (`"I am proud," Serena said`), the one met last.
                let word = bare(t.text(text));
                let ids = book.by_last.get(w.as_str()).or_else(|| {
                    (FIRST_NAMES.contains_key(word)
                        && !NOT_NAMES.contains(word)
                        && !PLACE_FIRST_NAMES.contains(word)
                        && by_cue(i))
                    .then(|| by_first.get(w.as_str()))
                    .flatten()
                    // Only one bearer: with two Toms, "Tom said" names neither.
                    .filter(|ids| ids.len() == 1)
                });
                if let Some(ids) = ids {
                    if let Some(&p) = ids.iter().rev().take(16).max_by_key(|&&p| last_seen[p]) {
                        let end = t.span().start + word.len();
                        added.push((p, i, Span::new(t.span().start, end)));
                        last_seen[p] = i + 1;
                    }
                }
            }
            i += 1;
        }
    }
    for (p, t, s) in added {
        book.people[p].mentions.push((t, s));
    }
    for p in &mut book.people {
        p.mentions.sort_by_key(|&(t, _)| t);
        p.mentions.dedup_by_key(|&mut (t, _)| t);
    }
}

/// Possessives of the third person: the owner they stand for is not what they own
/// (`His lawyer, Erik Dahl,`).
const OWNERS: &[&str] = &["his", "her", "their", "its"];

/// `he` and `she` join the last person of a fitting gender; the pronouns that follow a
/// name first vote on its gender.
fn resolve_pronouns(
    text: &str,
    tokens: &[Token],
    blocks: &[(usize, usize)],
    quoted: &[bool],
    book: &mut Book,
) {
    // Token -> the person named there (a later person wins), and the gender of the
    // pronoun a token is, read once for both passes below.
    let mut at: Vec<Option<usize>> = vec![None; tokens.len()];
    for (i, p) in book.people.iter().enumerate() {
        for &(t, _) in &p.mentions {
            if let Some(slot) = at.get_mut(t) {
                *slot = Some(i);
            }
        }
    }
    let mut said: Vec<Option<Gender>> = vec![None; tokens.len()];
    for &(a, b) in blocks {
        for (i, token) in tokens.iter().enumerate().take(b).skip(a) {
            let w = token.text(text);
            if !may_be_person_pronoun(w) {
                continue;
            }
            if let Some(Referent::Person(g)) = word_pronoun(w) {
                said[i] = Some(g);
            }
        }
    }
    // Votes: a pronoun votes for the person last named before it, when near. Outside
    // quotation marks, a name inside them does not count: `“..., Mr Rieger can ...,”
    // he said` is not Rieger speaking.
    let mut last: [Option<(usize, usize)>; 2] = [None, None];
    for &(a, b) in blocks {
        for i in a..b.min(tokens.len()) {
            let q = usize::from(quoted[i]);
            if let Some(p) = at[i] {
                last[1] = Some((p, i));
                if q == 0 {
                    last[0] = Some((p, i));
                }
                continue;
            }
            if let Some(g) = said[i] {
                if let Some((p, t)) = last[q] {
                    if i - t <= 40 {
                        book.people[p].votes[(g == Gender::Male) as usize] += 1;
                    }
                }
                last = [None, None];
            }
        }
    }
    let gender_of = |p: &Draft| {
        p.title_gender.or(p.name_gender).or(match p.votes {
            [f, m] if f > m => Some(Gender::Female),
            [f, m] if m > f => Some(Gender::Male),
            _ => None,
        })
    };
    let genders: Vec<Option<Gender>> = book.people.iter().map(gender_of).collect();
    // Resolution: the most recent person whose gender fits; for a pronoun outside
    // quotation marks, the most recent named outside them. Slots: [female, male,
    // unknown], outside quotations and anywhere.
    let mut last: [[Option<(usize, usize)>; 3]; 2] = [[None; 3]; 2];
    // The same for the persons named as a sentence's first words (its subject, most
    // often), outside quotation marks: a pronoun that opens a sentence prefers the
    // subject of the sentence before it to a person named later in that sentence ("He
    // stressed that ..." after "Milburn told Blair ...").
    let mut subject: [Option<(usize, usize)>; 3] = [None; 3];
    let opens_sentence = |i: usize, a: usize| {
        i == a
            || tokens
                .get(i - 1)
                .is_some_and(|t| matches!(t.text(text), "." | "!" | "?"))
    };
    // A pronoun right after a closing quotation (`“...,” he said`) stands where a
    // sentence's subject does.
    let after_quotation = |i: usize| {
        let closing = |t: &Token| {
            t.kind() == TokenKind::QuoteMark
                && !matches!(t.text(text), "“" | "‘" | "«" | "„" | "‹" | "``")
        };
        match (
            i.checked_sub(1).map(|j| &tokens[j]),
            i.checked_sub(2).map(|j| &tokens[j]),
        ) {
            (Some(t), _) if closing(t) => true,
            (Some(c), Some(t)) => c.text(text) == "," && closing(t),
            _ => false,
        }
    };
    // Whether the words from `start` to `i` open a sentence up to a name: capitalised
    // words, an article, a title's words, and before a role right before the name any
    // lower-case words that lead up to it with no capitalised word between ("Shadow home
    // secretary David Davis").
    let opening_phrase = |start: usize, i: usize| {
        // "His lawyer, Erik Dahl, ...": a name set off after an owner's role.
        if i >= start + 3 && i - start <= 5 && tokens[i - 1].text(text) == "," {
            let owner = OWNERS.contains(&tokens[start].text(text).to_lowercase().as_str());
            let role = TITLES
                .map
                .contains_key(&bare(tokens[i - 2].text(text)).to_lowercase());
            let plain = tokens[start + 1..i - 1]
                .iter()
                .all(|t| t.kind() == TokenKind::Word && !is_capitalised(t.text(text)));
            if owner && role && plain {
                return true;
            }
        }
        if i - start > 8 || !tokens[start..i].iter().all(|t| t.kind() == TokenKind::Word) {
            return false;
        }
        let plain = |t: &Token| {
            let w = bare(t.text(text));
            is_capitalised(w) || {
                let lower = w.to_lowercase();
                matches!(lower.as_str(), "the" | "former")
                    || TITLE_STEPS.contains_key(lower.as_bytes())
            }
        };
        match tokens[start..i].iter().position(|t| !plain(t)) {
            None => true,
            Some(f) => {
                let role_before = TITLES
                    .map
                    .contains_key(&bare(tokens[i - 1].text(text)).to_lowercase());
                role_before
                    && tokens[start + f..i]
                        .iter()
                        .all(|t| !is_capitalised(bare(t.text(text))))
            }
        }
    };
    let mut sentence_start = 0;
    let mut previous_start = 0;
    let mut added = Vec::new();
    for &(a, b) in blocks {
        for (i, token) in tokens.iter().enumerate().take(b).skip(a) {
            let q = usize::from(quoted[i]);
            if opens_sentence(i, a) {
                previous_start = sentence_start;
                sentence_start = i;
            }
            if let Some(p) = at[i] {
                let slot = match genders[p] {
                    Some(Gender::Female) => 0,
                    Some(Gender::Male) => 1,
                    None => 2,
                };
                last[1][slot] = Some((p, i));
                if q == 0 {
                    last[0][slot] = Some((p, i));
                    // The first words of the sentence: past a title or a role, and
                    // the names and roles before it ("Lib Dem leader Charles Kennedy").
                    if i <= sentence_start + 2 || opening_phrase(sentence_start, i) {
                        subject[slot] = Some((p, i));
                    }
                }
                continue;
            }
            if let Some(g) = said[i] {
                let seen = &last[q];
                let own = if g == Gender::Female {
                    seen[0]
                } else {
                    seen[1]
                };
                let slot = usize::from(g == Gender::Male);
                let opening = i == sentence_start || after_quotation(i);
                let own = match (own, subject[slot]) {
                    (Some(x), Some(s))
                        if q == 0
                            && opening
                            && s.1 >= previous_start
                            && s.1 < x.1
                            && x.1 > s.1 + 2 =>
                    {
                        Some(s)
                    }
                    (x, _) => x,
                };
                let best = match (own, seen[2]) {
                    (Some(x), Some(y)) => Some(if x.1 >= y.1 { x } else { y }),
                    (x, y) => x.or(y),
                };
                if let Some((p, t)) = best {
                    if i - t <= PRONOUN_REACH {
                        added.push((p, i, token.span()));
                        // The pronoun is the person's latest mention: `He told ITV:
                        // "..." He added:` goes on with the same person, past a name
                        // met in between the first time.
                        if q == 0 && genders[p] == Some(g) {
                            last[0][slot] = Some((p, i));
                            last[1][slot] = Some((p, i));
                        }
                        // A pronoun that opens its sentence is that sentence's subject
                        // in turn: `He portrayed Mr Ebbers as ... “...,” he said`.
                        // Not an owner (`His lawyer, Erik Dahl, was angry`).
                        let owner = OWNERS.contains(&token.text(text).to_lowercase().as_str());
                        if q == 0 && i == sentence_start && genders[p] == Some(g) && !owner {
                            subject[slot] = Some((p, i));
                        }
                    }
                }
            }
        }
    }
    for (p, t, s) in added {
        book.people[p].mentions.push((t, s));
    }
}

fn word_pronoun(w: &str) -> Option<Referent> {
    if w.len() > 7 {
        return None;
    }
    // Runs for every word: lower-case on the stack, and only a word with capitals.
    if w.chars().any(char::is_uppercase) {
        let mut key = Key::new();
        if w.is_ascii() {
            key.push_lower(w);
            pronoun(key.as_str())
        } else {
            pronoun(&w.to_lowercase())
        }
    } else {
        pronoun(w)
    }
}

/// `word` lower-cased into `out`, as `str::to_lowercase` does, without allocating for
/// the usual ASCII word.
fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// The key of a full name in [`Book`]: first and last name lower-cased (`first` already
/// is), apart by a control character no word holds.
fn full_key(first: &str, last: &str, out: &mut String) {
    out.clear();
    out.push_str(first);
    out.push('\u{1}');
    if last.is_ascii() {
        let at = out.len();
        out.push_str(last);
        out[at..].make_ascii_lowercase();
    } else {
        out.push_str(&last.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_title_fits_the_key() {
        // title_at gives up on a run of words longer than the key: no title may be.
        assert!(TITLES.map.keys().all(|t| t.len() < KEY_ROOM));
    }

    #[test]
    fn every_title_may_open_a_title() {
        for title in TITLES.map.keys() {
            let head = title.split(' ').next().unwrap_or("");
            let mut capital = head.to_string();
            capital[..1].make_ascii_uppercase();
            assert!(may_open_title(head), "{title}");
            assert!(may_open_title(&capital), "{title}");
            assert!(may_open_title(head.trim_end_matches('.')), "{title}");
        }
        assert!(!may_open_title(&"Q".repeat(70)));
    }

    #[test]
    fn lower_casing_matches_the_standard_library() {
        let mut out = String::new();
        for word in ["Ines", "ÖZIL", "ΟΔΥΣΣΕΥΣ", "Straße", "x"] {
            lower_into(word, &mut out);
            assert_eq!(out, word.to_lowercase());
        }
    }
}
