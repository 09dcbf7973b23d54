//! Sentences within the prose blocks of an article.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (and their CJK, Arabic and Devanagari
//! counterparts), together with the closing quotes and brackets that follow, when white
//! space and then something that can open a sentence come next. Abbreviations
//! (`lexicons/abbreviations.txt`), initials, dotted initialisms and decimals do not end a
//! sentence. Sentences never cross a block, so the sentences of a block partition its
//! text (white space between them aside).

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::Span;
use crate::structure::Structure;
use crate::text::tokens::{is_dotted_abbreviation, is_quote_mark, is_word_char};

/// One sentence, with the index of the block (in [`Structure::blocks`]) that holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    block: usize,
}

impl Sentence {
    pub(crate) fn new(span: Span, block: usize) -> Sentence {
        Sentence { span, block }
    }

    /// Where the sentence is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The index, in [`Structure::blocks`], of the block that holds the sentence.
    pub fn block(&self) -> usize {
        self.block
    }

    /// The sentence's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AbbrevClass {
    Title,
    Month,
    Number,
    Other,
    /// A name's suffix (`Inc`, `Jr`): as `Other`.
    Suffix,
}

static ABBREVIATIONS: Lazy<HashMap<&'static str, AbbrevClass>> = Lazy::new(|| {
    crate::lexicon::entries(include_str!("../../lexicons/abbreviations.txt"))
        .filter_map(|line| {
            let (word, class) = line.split_once(' ')?;
            let class = match class.trim() {
                "title" => AbbrevClass::Title,
                "month" => AbbrevClass::Month,
                "number" => AbbrevClass::Number,
                "other" => AbbrevClass::Other,
                "suffix" => AbbrevClass::Suffix,
                _ => return None,
            };
            Some((word, class))
        })
        .collect()
});

/// Whether `word` (as written, without its full stop) is the abbreviated suffix of a
/// name in the abbreviation list (`Inc`, `Corp`, `Jr`).
pub(crate) fn is_name_suffix(word: &str) -> bool {
    ABBREVIATIONS.get(word) == Some(&AbbrevClass::Suffix)
}

/// Words that usually open a sentence: after an ambiguous abbreviation ("in the U.S.
/// The ..."), one of these says the sentence did end.
static OPENERS: Lazy<std::collections::HashSet<&'static str>> = Lazy::new(|| {
    [
        "A",
        "After",
        "Also",
        "An",
        "And",
        "As",
        "At",
        "But",
        "By",
        "During",
        "For",
        "He",
        "Her",
        "His",
        "However",
        "I",
        "If",
        "In",
        "It",
        "Its",
        "Last",
        "Meanwhile",
        "Most",
        "No",
        "On",
        "One",
        "Our",
        "She",
        "Since",
        "So",
        "Some",
        "That",
        "The",
        "Their",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Though",
        "To",
        "Under",
        "We",
        "What",
        "When",
        "While",
        "Yet",
        "You",
        "According",
        "Although",
        "Because",
        "Both",
        "Dr",
        "Each",
        "Earlier",
        "Even",
        "Every",
        "Former",
        "Here",
        "How",
        "Instead",
        "Later",
        "Many",
        "Mr",
        "Mrs",
        "Ms",
        "Much",
        "Now",
        "Only",
        "Other",
        "Several",
        "Still",
        "Such",
        "Then",
        "Thus",
        "Today",
        "Until",
        "Where",
        "Which",
        "Who",
        "Why",
        "With",
        "Without",
    ]
    .into_iter()
    .collect()
});

/// Sentences of every prose block, in text order.
pub(crate) fn split(text: &str, structure: &Structure) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 100);
    for (i, block) in structure.blocks().iter().enumerate() {
        if block.kind().is_prose() {
            split_block(text, block.span(), i, &mut out);
        }
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '॥' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '”' | '’' | '"' | '\'' | '»' | '›' | '」' | '』' | '）'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '“'
            | '‘'
            | '"'
            | '\''
            | '«'
            | '‹'
            | '„'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '-'
            | '—'
            | '–'
            | '•'
    )
}

fn split_block(text: &str, block: Span, index: usize, out: &mut Vec<Sentence>) {
    let piece = &text[block.start..block.end];
    let bytes = piece.as_bytes();
    let mut start = 0;
    let ascii = piece.is_ascii();
    let mut i = 0;
    while i < bytes.len() {
        if ascii {
            match memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let b = bytes[i];
        // Every terminator is ASCII or starts with a lead byte of 0xD8 and above (a lead
        // byte, never a continuation byte), so most bytes are passed over unread.
        if !(matches!(b, b'.' | b'!' | b'?') || b >= 0xD8) {
            i += 1;
            continue;
        }
        let Some(c) = piece[i..].chars().next() else {
            break;
        };
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // The whole run of terminators and closers: `?!`, `...`, `.”)`.
        let mut end = i + c.len_utf8();
        for d in piece[end..].chars() {
            if is_terminator(d) || is_closer(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        let run = piece[i..end]
            .chars()
            .filter(|&d| is_terminator(d))
            .nth(1)
            .is_some();
        let terminated_at = i;
        i = end;
        let after = &piece[end..];
        let gap = after.len() - after.trim_start().len();
        if end < piece.len() && gap == 0 {
            // "3.2", "U.S.-led", "example.org": no white space, no boundary.
            continue;
        }
        let next = &after[gap..];
        // A quotation closes with the sentence: `... Block H." Labour ...`.
        let quote_closes = piece[terminated_at..end]
            .chars()
            .any(|d| matches!(d, '”' | '"' | '»'));
        if next.is_empty()
            || !ends_here(&piece[start..terminated_at], c, run || quote_closes, next)
            || (quote_closes && c != '.' && attribution_follows(next))
        {
            continue;
        }
        push(out, block.start + start, block.start + end, index);
        start = end + gap;
    }
    if start < piece.len() {
        let tail = piece[start..].trim_end().len();
        push(out, block.start + start, block.start + start + tail, index);
    }
}

/// Whether the words after a quotation that closes on `?` or `!` are its attribution:
/// a few capitalised words and a verb of saying (`"... a year?" Mr Lewis asked.`).
fn attribution_follows(next: &str) -> bool {
    let mut words = next.split_whitespace();
    for _ in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        let w = w.trim_end_matches(|d: char| !d.is_alphanumeric());
        if matches!(
            w,
            "said" | "says" | "asked" | "asks" | "added" | "replied" | "shouted" | "wrote" | "told"
        ) {
            return true;
        }
        // "He said:" after a quotation opens a sentence of its own; a name does not.
        if !w.starts_with(char::is_uppercase)
            || matches!(w, "He" | "She" | "They" | "It" | "We" | "I" | "You")
        {
            return false;
        }
    }
    false
}

fn push(out: &mut Vec<Sentence>, start: usize, end: usize, block: usize) {
    if start < end {
        out.push(Sentence::new(Span::new(start, end), block));
    }
}

/// Whether a sentence that reads `before` up to the terminator `c` ends there, given
/// what follows the white space after it.
fn ends_here(before: &str, c: char, run: bool, next: &str) -> bool {
    // What follows must be able to open a sentence: skip opening quotes and brackets,
    // then a lower-case letter says the sentence goes on ("“Why?” she asked").
    let first_letter = next.chars().find(|&d| !is_opener(d));
    let Some(first) = first_letter else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    if c != '.' || run {
        return true;
    }
    // "CUPERTINO, Calif. (AP) —": an agency's name in brackets is part of the dateline.
    if let Some(rest) = next.strip_prefix('(') {
        // Only the next few bytes: a bracket that never closes must not be read to the
        // end of the block at every full stop.
        if let Some(close) = rest.bytes().take(13).position(|d| d == b')') {
            let name = &rest[..close];
            if close > 0 && name.chars().all(|d| d.is_uppercase()) {
                return false;
            }
        }
    }
    // A full stop: look at the word it closes.
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, d)| {
            !(is_word_char(d) || d == '.' || d == '-' || d == '\'' || d == '’' || d == '&')
        })
        .map_or(0, |(k, d)| k + d.len_utf8());
    let word = before[word_start..].trim_start_matches(is_quote_mark);
    if word.is_empty() {
        return true;
    }
    let next_word: &str = next
        .trim_start_matches(is_opener)
        .split(|d: char| !is_word_char(d))
        .next()
        .unwrap_or("");
    let opener_follows =
        OPENERS.contains(next_word) || next.starts_with(|d: char| is_opener(d) && d != '-');
    if let Some(class) = ABBREVIATIONS.get(word) {
        return match class {
            AbbrevClass::Title => false,
            AbbrevClass::Number | AbbrevClass::Month => !first.is_ascii_digit() && opener_follows,
            AbbrevClass::Other | AbbrevClass::Suffix => opener_follows,
        };
    }
    let mut letters = word.chars();
    let single = matches!((letters.next(), letters.next()), (Some(l), None) if l.is_uppercase());
    if single {
        // An initial ("Donald J. Trump"), unless the next word plainly opens a sentence.
        return opener_follows;
    }
    if is_dotted_abbreviation(word) {
        // A dotted initialism: "U.S.", "a.m."
        return opener_follows;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::{Block, BlockKind};

    fn sentences(text: &str) -> Vec<&str> {
        let structure = Structure::from_blocks(vec![Block::new(
            BlockKind::Paragraph,
            Span::new(0, text.len()),
        )]);
        split(text, &structure)
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "Mr. Smith met Gen. Jones. They talked.",
                &["Mr. Smith met Gen. Jones.", "They talked."],
            ),
            (
                "Donald J. Trump spoke. Then he left.",
                &["Donald J. Trump spoke.", "Then he left."],
            ),
            (
                "U.S. forces left. The war ended.",
                &["U.S. forces left.", "The war ended."],
            ),
            (
                "He lives in the U.S. The rest stayed.",
                &["He lives in the U.S.", "The rest stayed."],
            ),
            ("The U.S. Senate voted.", &["The U.S. Senate voted."]),
            (
                "It grew 3.2 percent. Prices fell.",
                &["It grew 3.2 percent.", "Prices fell."],
            ),
            (
                "On Jan. 6 they met. It rained.",
                &["On Jan. 6 they met.", "It rained."],
            ),
            ("It is No. 10 on the list.", &["It is No. 10 on the list."]),
            // A title or a closed-class word after an abbreviation opens a sentence.
            (
                "The deal valued Harbour Inc. Mr Rieger signed it.",
                &["The deal valued Harbour Inc.", "Mr Rieger signed it."],
            ),
            (
                "He sold shares in AT&T. Prices fell.",
                &["He sold shares in AT&T.", "Prices fell."],
            ),
            (
                "They called it Block H.\" Labour disagreed.",
                &["They called it Block H.\"", "Labour disagreed."],
            ),
            // A question quoted, then its attribution; an agency in a dateline.
            (
                "\"Is it over?\" Mr Lewis asked. Nobody answered.",
                &["\"Is it over?\" Mr Lewis asked.", "Nobody answered."],
            ),
            (
                "\"Is it over?\" The minister said no.",
                &["\"Is it over?\"", "The minister said no."],
            ),
            (
                "Thousands attended Sunday Mass. Pope Francis spoke.",
                &["Thousands attended Sunday Mass.", "Pope Francis spoke."],
            ),
            (
                "CUPERTINO, Calif. (AP) — Apple rose. It fell later.",
                &["CUPERTINO, Calif. (AP) — Apple rose.", "It fell later."],
            ),
            (
                "“This is violent.” The minister agreed.",
                &["“This is violent.”", "The minister agreed."],
            ),
            (
                "“Why?” she asked. Nobody knew.",
                &["“Why?” she asked.", "Nobody knew."],
            ),
            ("Wait... what? Yes!", &["Wait... what?", "Yes!"]),
            (
                "He paused… Then he spoke.",
                &["He paused…", "Then he spoke."],
            ),
            (
                "It was “essential.” “We agree,” they said.",
                &["It was “essential.”", "“We agree,” they said."],
            ),
            (
                "Acme Inc. said profits rose.",
                &["Acme Inc. said profits rose."],
            ),
            (
                "She joined Acme Inc. The firm grew.",
                &["She joined Acme Inc.", "The firm grew."],
            ),
            (
                "Visit example.org. Then call.",
                &["Visit example.org.", "Then call."],
            ),
            ("No end", &["No end"]),
            ("Ends with space.   ", &["Ends with space."]),
            ("北京很大。上海也很大。", &["北京很大。上海也很大。"]),
            ("北京很大。 上海也很大。", &["北京很大。", "上海也很大。"]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text:?}");
        }
    }
}
