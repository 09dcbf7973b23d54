//! The blocks of a scraped news page: title, paragraphs, headings, captions, credits,
//! pull quotes, byline, tags and page furniture.

use std::collections::HashSet;

use once_cell::sync::Lazy;

use crate::{Span, lexicon};

/// What a block of the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A paragraph of the article's body.
    Paragraph,
    /// A section heading inside the body (often a question standing alone).
    Heading,
    /// A photo caption.
    Caption,
    /// A photo credit (`Photo: EFE`, `(AP Photo/Jane Doe)`).
    Credit,
    /// A pull quote: a short line that restates the body for display.
    PullQuote,
    /// The byline (author, outlet, place), or a dateline standing alone.
    Byline,
    /// A line of tags or hashtags.
    Tags,
    /// Page furniture: comment forms, share buttons, navigation, legal notices.
    Boilerplate,
}

impl BlockKind {
    /// The kind's name as it appears in the JSON output (`"pull_quote"`).
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::PullQuote => "pull_quote",
            BlockKind::Byline => "byline",
            BlockKind::Tags => "tags",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    /// Whether blocks of this kind hold running prose that is split into sentences.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            BlockKind::Title
                | BlockKind::Paragraph
                | BlockKind::Heading
                | BlockKind::Caption
                | BlockKind::PullQuote
        )
    }
}

/// One block of the page, with its kind and its span (white space trimmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block {
    kind: BlockKind,
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
}

impl Block {
    pub(crate) fn new(kind: BlockKind, span: Span) -> Block {
        Block { kind, span }
    }

    /// What the block is.
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// Where the block is.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The blocks of an article, in text order, none overlapping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Structure {
    blocks: Vec<Block>,
}

impl Structure {
    pub(crate) fn from_blocks(blocks: Vec<Block>) -> Structure {
        Structure { blocks }
    }

    /// Every block, in text order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The headline's block, when the page has one.
    pub fn title(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Title)
    }

    /// The blocks of one kind, in text order.
    pub fn of_kind(&self, kind: BlockKind) -> impl Iterator<Item = &Block> + '_ {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }

    /// The index of the block that holds byte `offset`, if any.
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end <= offset);
        (i < self.blocks.len() && self.blocks[i].span.start <= offset).then_some(i)
    }
}

/// A line or run of lines before classification.
#[derive(Clone, Copy, Debug)]
struct Raw {
    span: Span,
    /// Set when the line is known for what it is from its own words.
    kind: Option<BlockKind>,
    /// Its number of words, up to 64.
    words: usize,
}

/// Splits `text` into classified blocks.
///
/// Each non-blank line is a block (scraped pages put one paragraph a line), except that a
/// line that does not end a sentence and a line right below it that starts in lower case
/// are one hard-wrapped paragraph. The classification then reads each block's own words
/// (credits, tags, furniture, bylines) and its place on the page (the first line is the
/// title, the line above a credit is a caption, short lines that restate the text near
/// them are pull quotes, questions standing alone are headings, what follows the last
/// paragraph is the page's tail).
pub(crate) fn detect(text: &str) -> Structure {
    let raws = lines(text);
    let mut blocks: Vec<Block> = Vec::with_capacity(raws.len() + 4);
    let mut pending: Vec<Raw> = Vec::with_capacity(raws.len());
    for raw in raws {
        let line = raw.span.text(text);
        if let Some((caption, credit)) = split_inline_credit(line) {
            let start = raw.span.start;
            for (span, kind) in [
                (
                    Span::new(start, start + caption).trim(text),
                    BlockKind::Caption,
                ),
                (Span::new(start + credit, raw.span.end), BlockKind::Credit),
            ] {
                pending.push(Raw {
                    span,
                    kind: Some(kind),
                    words: word_count(span.text(text)),
                });
            }
            continue;
        }
        pending.push(Raw {
            span: raw.span,
            kind: own_kind(line),
            words: word_count(line),
        });
    }
    classify(text, &mut pending);
    blocks.extend(
        pending
            .iter()
            .map(|r| Block::new(r.kind.unwrap_or(BlockKind::Paragraph), r.span)),
    );
    Structure::from_blocks(blocks)
}

/// Non-blank lines, trimmed, with hard-wrapped lines joined.
fn lines(text: &str) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::with_capacity(text.len() / 200 + 1);
    let mut blank_before = true;
    for (start, end) in physical_lines(text) {
        let span = Span::new(start, end).trim(text);
        if span.is_empty() {
            blank_before = true;
            continue;
        }
        if !blank_before {
            if let Some(prev) = out.last_mut() {
                let prev_text = prev.span.text(text);
                let continues = !ends_sentence(prev_text)
                    && span
                        .text(text)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase);
                if continues {
                    prev.span = prev.span.cover(span);
                    continue;
                }
            }
        }
        blank_before = false;
        out.push(Raw {
            span,
            kind: None,
            words: 0,
        });
    }
    out
}

/// The byte ranges of the lines of `text`, split at `\n`, `\r`, U+2028 and U+2029.
fn physical_lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other characters that start
            // with E2 (curly quotes, dashes) are passed over.
            let Some(k) = memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[from..]) else {
                done = true;
                return Some((start, bytes.len()));
            };
            let i = from + k;
            let width = match bytes[i] {
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    3
                }
                0xE2 => {
                    from = i + 1;
                    continue;
                }
                _ => 1,
            };
            let line = (start, i);
            start = i + width;
            from = start;
            return Some(line);
        }
        None
    })
}

/// The last character that is not a closing quote or bracket.
fn last_significant(line: &str) -> Option<char> {
    line.chars()
        .rev()
        .find(|&c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*'))
}

fn ends_sentence(line: &str) -> bool {
    matches!(
        last_significant(line),
        Some('.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？')
    )
}

/// The number of words, counted up to 64: no rule looks at more, and a 10 MB line must
/// not be walked again for each rule. Words are split at ASCII white space only, which is
/// what separates words in the lines this is asked about, and keeps it a byte scan.
fn word_count(line: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C');
        if !space && !in_word {
            words += 1;
            if words == 64 {
                break;
            }
        }
        in_word = !space;
    }
    words
}

/// The page furniture of `lexicons/boilerplate.txt`: whole lines, prefixes, phrases
/// anywhere in a short line, and the headers whose list of links follows them.
struct Furniture {
    exact: HashSet<&'static str>,
    prefixes: Vec<&'static str>,
    short_prefixes: Vec<&'static str>,
    phrases: Vec<&'static str>,
    headers: HashSet<&'static str>,
}

static BOILERPLATE: Lazy<Furniture> = Lazy::new(|| {
    let mut f = Furniture {
        exact: HashSet::new(),
        prefixes: Vec::new(),
        short_prefixes: Vec::new(),
        phrases: Vec::new(),
        headers: HashSet::new(),
    };
    for entry in lexicon::entries(include_str!("../lexicons/boilerplate.txt")) {
        if let Some(e) = entry.strip_prefix("= ") {
            f.exact.insert(e.trim());
        } else if let Some(p) = entry.strip_prefix("^ ") {
            f.prefixes.push(p.trim());
        } else if let Some(p) = entry.strip_prefix("< ") {
            f.short_prefixes.push(p.trim());
        } else if let Some(p) = entry.strip_prefix("~ ") {
            f.phrases.push(p.trim());
        } else if let Some(h) = entry.strip_prefix("> ") {
            f.exact.insert(h.trim());
            f.headers.insert(h.trim());
        }
    }
    f
});

static CREDIT_CUES: Lazy<Vec<&'static str>> =
    Lazy::new(|| lexicon::entries(include_str!("../lexicons/credits.txt")).collect());

/// Whether `line` starts with `prefix` (given in lower case), ignoring case.
fn starts_with_ignore_case(line: &str, prefix: &str) -> bool {
    let mut chars = line.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// A line in lower case without its trailing punctuation, as furniture is matched.
fn furniture_key(line: &str) -> String {
    let lower = line.to_lowercase();
    let bare = lower.trim_end_matches(|c: char| {
        matches!(c, '.' | '*' | ':' | '!' | ' ' | '…' | '|' | '»' | '>')
    });
    bare.to_string()
}

fn is_boilerplate(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    // A rule of dashes, underscores, stars or the like ("___", "* * *").
    if line.chars().count() >= 3
        && line.chars().all(|c| {
            c.is_whitespace() || matches!(c, '-' | '_' | '*' | '=' | '~' | '•' | '·' | '—' | '–')
        })
    {
        return true;
    }
    let bare = furniture_key(line);
    let f = &*BOILERPLATE;
    let short = word_count(line) <= 8 || !ends_with_full_stop(line);
    f.exact.contains(bare.as_str())
        || f.prefixes.iter().any(|p| bare.starts_with(p))
        || (short && f.short_prefixes.iter().any(|p| bare.starts_with(p)))
        || f.phrases.iter().any(|p| bare.contains(p))
}

/// Whether a line heads a list of links ("Read more:", "Related Topics"): the short
/// lines after it are furniture too.
fn is_furniture_header(line: &str) -> bool {
    line.len() <= 40 && BOILERPLATE.headers.contains(furniture_key(line).as_str())
}

fn is_credit(line: &str) -> bool {
    if line.len() > 160 || word_count(line) > 14 {
        return false;
    }
    // Lower-case the opening once; every cue is shorter than this.
    let head: String = line.chars().take(24).flat_map(char::to_lowercase).collect();
    if CREDIT_CUES.iter().any(|cue| head.starts_with(cue)) {
        return true;
    }
    if !line.contains(['/', 'v', 'G', 'g']) {
        return false;
    }
    // "Getty Images", "John Smith/Reuters via Getty Images": an agency credit alone.
    let lower = line.to_lowercase();
    !ends_sentence(line)
        && word_count(line) <= 8
        && (lower.ends_with("getty images")
            || lower.contains("/getty")
            || lower.contains("/afp")
            || lower.contains("/reuters")
            || lower.contains("/ap")
            || lower.ends_with("via reuters")
            || lower.ends_with("via afp")
            || lower.ends_with("via epa"))
}

/// A caption that carries its credit at the end: "... on Monday. (AP Photo/Jane Roe)" or
/// "... on Monday. Photo: EFE". Gives the caption's length and where the credit starts.
fn split_inline_credit(line: &str) -> Option<(usize, usize)> {
    if line.len() > 1000 {
        return None;
    }
    if !line.ends_with(')') {
        // "... on Monday. Photo: EFE": a credit cue after the caption's last full stop.
        let dot = line.rfind(". ")?;
        let tail = &line[dot + 2..];
        let lower: String = tail.chars().take(24).flat_map(char::to_lowercase).collect();
        let cued = CREDIT_CUES
            .iter()
            .any(|cue| cue.ends_with(':') && lower.starts_with(cue));
        return (cued && word_count(tail) <= 8 && word_count(&line[..dot]) >= 3)
            .then_some((dot + 1, dot + 2));
    }
    let open = line.rfind('(')?;
    let tail = &line[open..];
    if open == 0 || !line.ends_with(')') || word_count(tail) > 8 {
        return None;
    }
    let lower = tail.to_lowercase();
    let cued = CREDIT_CUES
        .iter()
        .any(|cue| cue.starts_with('(') && lower.starts_with(cue))
        || ["photo", "foto", "credit", "image", "getty", "picture"]
            .iter()
            .any(|w| lower.contains(w));
    cued.then_some((open, open))
}

fn is_tags(line: &str) -> bool {
    if [
        "tags:",
        "topics:",
        "filed under:",
        "related topics:",
        "keywords:",
    ]
    .iter()
    .any(|p| starts_with_ignore_case(line, p))
    {
        return true;
    }
    if line.len() > 2000 || memchr::memchr(b'#', line.as_bytes()).is_none() {
        return false;
    }
    let words = word_count(line);
    let hashes = line
        .split_whitespace()
        .filter(|w| w.starts_with('#') && w.len() > 1)
        .count();
    hashes >= 2 && hashes * 2 >= words
}

/// A byline by its own shape: "By Jane Roe" or a name line in capitals.
fn is_byline_shape(line: &str) -> bool {
    let words = word_count(line);
    if words == 0 || words > 14 || line.len() > 160 || ends_with_full_stop(line) {
        return false;
    }
    if let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))
    {
        // "By Dr. Emily Ross | Science Editor | 14 Feb 2024": the name comes first.
        let name = rest.split('|').next().unwrap_or(rest);
        return word_count(name) <= 9 && rest.chars().next().is_some_and(char::is_uppercase);
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    let lettered_words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    lettered_words >= 2 && letters >= 6 && upper * 10 >= letters * 9
}

fn ends_with_full_stop(line: &str) -> bool {
    matches!(last_significant(line), Some('.' | '!' | '?'))
}

/// The kind a line has by its own words, wherever it stands.
fn own_kind(line: &str) -> Option<BlockKind> {
    // Legal notices first: "© 2024 Example Media. All rights reserved." is no credit.
    if is_tags(line) {
        Some(BlockKind::Tags)
    } else if is_boilerplate(line) {
        Some(BlockKind::Boilerplate)
    } else if is_credit(line) {
        Some(BlockKind::Credit)
    } else {
        None
    }
}

/// The words of four letters and more, each as a hash of its lower-cased letters: what a
/// pull quote must share with the text it restates. Hashing as the letters go by keeps
/// this free of allocation.
fn content_words(line: &str) -> impl Iterator<Item = u64> + '_ {
    line.split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            let mut letters = 0;
            for c in word.chars().flat_map(char::to_lowercase) {
                hash = (hash ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3);
                letters += 1;
            }
            (letters >= 4).then_some(hash)
        })
}

fn classify(text: &str, raws: &mut [Raw]) {
    let n = raws.len();
    let body_like = |r: &Raw| {
        r.kind.is_none() && {
            let line = r.span.text(text);
            r.words >= 8 && ends_sentence(line)
        }
    };
    let first_body = raws.iter().position(body_like);
    let last_body = raws.iter().rposition(body_like);

    // The title: the first line that is not furniture, when text follows it and it reads
    // like a headline (short, and no full stop unless in title case).
    if let Some(t) = raws.iter().position(|r| r.kind.is_none()) {
        let line = raws[t].span.text(text);
        let later = raws[t + 1..]
            .iter()
            .any(|r| r.kind.is_none() || r.kind == Some(BlockKind::Caption));
        if later && is_headline(line) {
            raws[t].kind = Some(BlockKind::Title);
        }
    }

    // "Read more:", "Related Topics": the short lines of links after such a header are
    // furniture, up to the next line of prose.
    let mut i = 0;
    while i < n {
        if raws[i].kind == Some(BlockKind::Boilerplate)
            && is_furniture_header(raws[i].span.text(text))
        {
            let mut k = i + 1;
            // A linked headline may be a question; a sentence of prose ends the list.
            while k < n
                && raws[k].kind.is_none()
                && raws[k].words <= 14
                && !matches!(last_significant(raws[k].span.text(text)), Some('.' | '!'))
            {
                raws[k].kind = Some(BlockKind::Boilerplate);
                k += 1;
            }
            i = k;
            continue;
        }
        i += 1;
    }

    // Captions stand right above their credit.
    for i in 1..n {
        if raws[i].kind == Some(BlockKind::Credit)
            && raws[i - 1].kind.is_none()
            && raws[i - 1].words <= 60
        {
            raws[i - 1].kind = Some(BlockKind::Caption);
        }
    }

    for i in 0..n {
        if raws[i].kind.is_some() {
            continue;
        }
        let line = raws[i].span.text(text);
        let words = raws[i].words;
        let before_body = first_body.is_none_or(|f| i < f);
        let after_body = last_body.is_some_and(|l| i > l);
        // "By Jane Roe" may also stand after a summary paragraph, near the top.
        let near_top = first_body.is_some_and(|f| i <= f + 2)
            && ["By ", "BY ", "by "].iter().any(|p| line.starts_with(p));
        if (before_body || after_body || near_top) && is_byline_shape(line) {
            raws[i].kind = Some(BlockKind::Byline);
            continue;
        }
        // A list item ("- ...", "• ...", "3. ...") and a line broken off in mid-clause
        // (ending in a comma or a word such as "as", "the", "and") are no headings.
        if is_list_item(line) || breaks_off(line) {
            continue;
        }
        if ends_with_full_stop(line) && !line.ends_with('?') || words > 40 {
            continue;
        }
        if line.ends_with('?')
            && words <= 20
            && !line.starts_with(|c: char| crate::text::tokens::is_quote_mark(c))
            && !holds_two_sentences(line)
        {
            raws[i].kind = Some(BlockKind::Heading);
            continue;
        }
        if ends_with_full_stop(line) {
            continue;
        }
        if restates_neighbours(text, raws, i) {
            raws[i].kind = Some(BlockKind::PullQuote);
        } else if words <= 14
            && !before_body
            && !after_body
            && line.chars().next().is_some_and(char::is_uppercase)
        {
            raws[i].kind = Some(BlockKind::Heading);
        }
    }
}

/// Whether a line starts with a list marker: a dash, a bullet or a number with a dot.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '•' | '*' | '–' | '·' | '▪') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

/// Whether a line stops in mid-clause, where a link was cut out of a paragraph: it ends
/// with a comma or with a word that cannot end a sentence.
fn breaks_off(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(',') {
        return true;
    }
    let last = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last.as_str(),
        "as" | "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "that"
            | "which"
    )
}

/// Whether a line holds a sentence end before its last word ("Why now? Because ...?").
fn holds_two_sentences(line: &str) -> bool {
    let body = line.trim_end_matches(|c: char| !c.is_alphanumeric());
    body.match_indices(['.', '?', '!']).any(|(i, _)| {
        let after = &body[i + 1..];
        after.starts_with(' ') && after[1..].starts_with(char::is_uppercase)
    })
}

/// Whether a line reads like a headline.
fn is_headline(line: &str) -> bool {
    let words = word_count(line);
    if words == 0 || words > 20 || line.len() > 250 {
        return false;
    }
    if !matches!(last_significant(line), Some('.' | '!')) {
        return true;
    }
    // Title Case Headlines Keep Their Full Stop Sometimes. A quotation mark may open a
    // word ('Suffering).
    let long: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() > 3)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    !long.is_empty() && capitalised * 10 >= long.len() * 9
}

/// Whether the short line at `i` says again what the paragraphs near it say.
fn restates_neighbours(text: &str, raws: &[Raw], i: usize) -> bool {
    let line = raws[i].span.text(text);
    // A pull quote is a display line, not a wall of text.
    if line.len() > 600 {
        return false;
    }
    // List items and credits of names ("- Best play", "Jane Roe (Channel 4)") restate
    // nothing: a pull quote is a sentence in lower case words, not a list of names.
    if line.starts_with(['-', '*', '•', '–', '—', '·']) || line.contains('(') {
        return false;
    }
    let all: Vec<&str> = line.split_whitespace().collect();
    let capitalised = all
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if capitalised * 2 > all.len() {
        return false;
    }
    let mut words: Vec<u64> = content_words(line).collect();
    if words.len() < 4 {
        return false;
    }
    words.sort_unstable();
    words.dedup();
    let mut seen = vec![false; words.len()];
    let lo = i.saturating_sub(3);
    let hi = (i + 4).min(raws.len());
    for (j, r) in raws.iter().enumerate().take(hi).skip(lo) {
        if j != i && r.kind.is_none() {
            for w in content_words(r.span.text(text)) {
                if let Ok(k) = words.binary_search(&w) {
                    seen[k] = true;
                }
            }
        }
    }
    let shared = seen.iter().filter(|&&s| s).count();
    // A word said twice counts once on both sides of the ratio.
    shared * 10 >= words.len() * 6
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        detect(text)
            .blocks()
            .iter()
            .map(|b| (b.kind(), b.span().text(text)))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(BlockKind, &str)])] = &[
            ("", &[]),
            ("   \n\n  ", &[]),
            // A single sentence is a paragraph, never a title.
            (
                "Prices rose 3% in May.",
                &[(Paragraph, "Prices rose 3% in May.")],
            ),
            (
                "Floods close schools\n\nHeavy rain closed 40 schools in the north of the region on Monday.",
                &[
                    (Title, "Floods close schools"),
                    (
                        Paragraph,
                        "Heavy rain closed 40 schools in the north of the region on Monday.",
                    ),
                ],
            ),
            // A title-case headline keeps its full stop, even when a word of it opens
            // a quotation.
            (
                "Mayor Says Harbour Will Tell of 'Storms and Delight.'\n\nThe harbour museum opened on Saturday with a speech by the mayor.",
                &[
                    (
                        Title,
                        "Mayor Says Harbour Will Tell of 'Storms and Delight.'",
                    ),
                    (
                        Paragraph,
                        "The harbour museum opened on Saturday with a speech by the mayor.",
                    ),
                ],
            ),
            // A first line that is a sentence of the body is no headline.
            (
                "Heavy rain closed 40 schools in the north of the region on Monday.\n\nThe rain stopped on Tuesday, and the schools opened again.",
                &[
                    (
                        Paragraph,
                        "Heavy rain closed 40 schools in the north of the region on Monday.",
                    ),
                    (
                        Paragraph,
                        "The rain stopped on Tuesday, and the schools opened again.",
                    ),
                ],
            ),
            (
                "Title Here\n\nA body paragraph that is long enough to count as one, with a full stop.\n\nA farmer stands in a flooded field.\n\nFoto: Ana Ruiz/EFE\n\nAnother paragraph of the body that goes on for a while and ends.",
                &[
                    (Title, "Title Here"),
                    (
                        Paragraph,
                        "A body paragraph that is long enough to count as one, with a full stop.",
                    ),
                    (Caption, "A farmer stands in a flooded field."),
                    (Credit, "Foto: Ana Ruiz/EFE"),
                    (
                        Paragraph,
                        "Another paragraph of the body that goes on for a while and ends.",
                    ),
                ],
            ),
            (
                "Title Here\n\nThe mayor visited the flooded streets of the old town on Friday morning.\n\nThe mayor visits the old town. (AP Photo/Sam Reed)",
                &[
                    (Title, "Title Here"),
                    (
                        Paragraph,
                        "The mayor visited the flooded streets of the old town on Friday morning.",
                    ),
                    (Caption, "The mayor visits the old town."),
                    (Credit, "(AP Photo/Sam Reed)"),
                ],
            ),
            (
                "Title Here\n\nBy Jane Roe\n\nThe council met on Monday to discuss the budget for the coming year.\n\nWill the budget pass?\n\nThe vote is expected next week, and the outcome is far from certain.\n\nJANE ROE – LISBON\n\n#budget #council\n\nLeave a Reply",
                &[
                    (Title, "Title Here"),
                    (Byline, "By Jane Roe"),
                    (
                        Paragraph,
                        "The council met on Monday to discuss the budget for the coming year.",
                    ),
                    (Heading, "Will the budget pass?"),
                    (
                        Paragraph,
                        "The vote is expected next week, and the outcome is far from certain.",
                    ),
                    (Byline, "JANE ROE – LISBON"),
                    (Tags, "#budget #council"),
                    (Boilerplate, "Leave a Reply"),
                ],
            ),
            // A short line that restates the paragraph above it is a pull quote.
            (
                "Title Here\n\nThe minister said the new railway would connect every northern city within a decade.\n\nThe new railway would connect every northern city\n\nWork starts in spring and should take nine years to finish.",
                &[
                    (Title, "Title Here"),
                    (
                        Paragraph,
                        "The minister said the new railway would connect every northern city within a decade.",
                    ),
                    (
                        PullQuote,
                        "The new railway would connect every northern city",
                    ),
                    (
                        Paragraph,
                        "Work starts in spring and should take nine years to finish.",
                    ),
                ],
            ),
            // Hard-wrapped lines join into one paragraph.
            (
                "Title Here\n\nThe committee met on Monday and\nagreed on the plan.",
                &[
                    (Title, "Title Here"),
                    (
                        Paragraph,
                        "The committee met on Monday and\nagreed on the plan.",
                    ),
                ],
            ),
            // List items are not pull quotes, even when they repeat the text.
            (
                "Title Here\n\nThe winners of the national drama prize were announced in the capital on Friday evening.\n\n- Best drama prize winners announced in the capital\n\nThe ceremony was held on Friday.",
                &[
                    (Title, "Title Here"),
                    (
                        Paragraph,
                        "The winners of the national drama prize were announced in the capital on Friday evening.",
                    ),
                    (
                        Paragraph,
                        "- Best drama prize winners announced in the capital",
                    ),
                    (Paragraph, "The ceremony was held on Friday."),
                ],
            ),
            // Page furniture after the body: legal notices, agency lines, a header of
            // links and its links, a rule.
            (
                "Harbour reopens\n\nby Anna Becker\n\nThe harbour reopened on Monday after three weeks of repairs to the pier.\n\nRead more:\n\nPier repairs to cost more\n\nWho pays for the harbour?\n\n___\n\n(Reporting by Jan Roe; Editing by Ann Lee)\n\n© 2024 Harbour News. All rights reserved.",
                &[
                    (Title, "Harbour reopens"),
                    (Byline, "by Anna Becker"),
                    (
                        Paragraph,
                        "The harbour reopened on Monday after three weeks of repairs to the pier.",
                    ),
                    (Boilerplate, "Read more:"),
                    (Boilerplate, "Pier repairs to cost more"),
                    (Boilerplate, "Who pays for the harbour?"),
                    (Boilerplate, "___"),
                    (Boilerplate, "(Reporting by Jan Roe; Editing by Ann Lee)"),
                    (Boilerplate, "© 2024 Harbour News. All rights reserved."),
                ],
            ),
            // Prose that starts like furniture stays prose; a line of punctuation that is
            // no rule stays too.
            (
                "Harbour reopens\n\nPublished on Tuesday, the report found that 40% of the harbour's piers were unsafe.\n\nReporting by the Gazette found that 300 boats waited for repairs last year.\n\n…",
                &[
                    (Title, "Harbour reopens"),
                    (
                        Paragraph,
                        "Published on Tuesday, the report found that 40% of the harbour's piers were unsafe.",
                    ),
                    (
                        Paragraph,
                        "Reporting by the Gazette found that 300 boats waited for repairs last year.",
                    ),
                    (Paragraph, "…"),
                ],
            ),
            // A credit after the caption's full stop; list items and a line broken off
            // in mid-clause are no headings.
            (
                "Harbour reopens\n\nThe harbour reopened on Monday after three weeks of repairs to the pier.\n\nThe mayor at the pier on Monday. Photo: Ana Ruiz\n\n- Who pays for the repairs?\n\nThe pilots went back to work on Tuesday as\n\nThe ferry will sail again from the harbour on Friday, the board said.",
                &[
                    (Title, "Harbour reopens"),
                    (
                        Paragraph,
                        "The harbour reopened on Monday after three weeks of repairs to the pier.",
                    ),
                    (Caption, "The mayor at the pier on Monday."),
                    (Credit, "Photo: Ana Ruiz"),
                    (Paragraph, "- Who pays for the repairs?"),
                    (Paragraph, "The pilots went back to work on Tuesday as"),
                    (
                        Paragraph,
                        "The ferry will sail again from the harbour on Friday, the board said.",
                    ),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(kinds(text), *want, "{text:?}");
        }
    }

    #[test]
    fn windows_line_ends() {
        let text = "Title Here\r\n\r\nThe council met on Monday to discuss the budget.\r\n";
        assert_eq!(
            kinds(text),
            vec![
                (Title, "Title Here"),
                (
                    Paragraph,
                    "The council met on Monday to discuss the budget."
                )
            ]
        );
    }

    #[test]
    fn block_at_finds_the_block() {
        let text = "Title Here\n\nThe council met on Monday to discuss the budget.";
        let s = detect(text);
        assert_eq!(s.block_at(0), Some(0));
        assert_eq!(s.block_at(10), None);
        assert_eq!(s.block_at(12), Some(1));
        assert_eq!(s.block_at(text.len()), None);
    }
}
