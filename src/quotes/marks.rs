//! Pairing quotation marks into quotations.
//!
//! Marks are paired by their direction, not by their order: a second opening mark while
//! one is open is a stray (or a reopening) and does not shift the pairs after it, a
//! closing mark with nothing open is dropped, and nothing carries over a paragraph
//! unless the next paragraph reopens the quotation with an opening mark (the convention
//! for a quotation that runs over paragraphs). Straight quotes and `''` take their
//! direction from the characters around them.

use crate::Span;
use crate::structure::{Block, BlockKind};
use crate::text::tokens::{Token, TokenKind};

/// A quotation: its opening mark, its closing mark (none when it runs to the end of a
/// paragraph that it opened) and the whole of it, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// The opening mark.
    pub open: Span,
    /// The closing mark, when there is one.
    pub close: Option<Span>,
    /// From the opening mark to the closing mark (or the end of the paragraph).
    pub outer: Span,
    /// Whether it opened a paragraph (a quotation standing alone or continuing).
    pub opens_block: bool,
    /// Index of the first token inside, and one past the last.
    pub tokens: (usize, usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// Either, decided by what is open.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Weight {
    Double,
    Single,
}

/// The direction the characters around a mark suggest: opening after white space and
/// before a word, closing after a word and before white space or punctuation.
fn context(text: &str, span: Span) -> Dir {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-".contains(c));
    match (space_before, space_after) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    }
}

fn classify(text: &str, mark: &Token) -> Option<(Weight, Dir)> {
    let s = mark.text(text);
    let span = mark.span();
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-".contains(c));
    let by_context = || match (space_before, space_after) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    };
    Some(match s {
        "“" | "„" | "‟" | "«" | "``" | "「" | "『" => (Weight::Double, Dir::Open),
        "”" | "»" | "」" | "』" => (Weight::Double, Dir::Close),
        "\"" | "''" | "＂" => (Weight::Double, by_context()),
        "‘" | "‚" | "‛" | "‹" => (Weight::Single, Dir::Open),
        "›" => (Weight::Single, Dir::Close),
        "’" => (Weight::Single, Dir::Close),
        "'" => match by_context() {
            Dir::Either => return None,
            d => (Weight::Single, d),
        },
        _ => return None,
    })
}

struct Open {
    mark: Span,
    token: usize,
    opens_block: bool,
}

impl Open {
    /// The quotation this opening mark makes with the closing mark `close`, the token at
    /// `at`.
    fn closed_by(self, close: Span, at: usize) -> Quotation {
        Quotation {
            open: self.mark,
            close: Some(close),
            outer: self.mark.cover(close),
            opens_block: self.opens_block,
            tokens: (self.token + 1, at),
        }
    }
}

/// Every quotation of the prose blocks, in text order, none overlapping.
pub(crate) fn pair(
    text: &str,
    tokens: &[Token],
    blocks: &[(Block, usize, usize)],
) -> Vec<Quotation> {
    let mut out = Vec::new();
    // A double quotation carried over from the paragraph before.
    let mut carried: Option<Open> = None;
    for (bi, &(_, a, b)) in blocks.iter().enumerate() {
        let mut double: Option<Open> = None;
        let mut single: Option<Open> = None;
        let first_mark = a < b && tokens[a].kind() == TokenKind::QuoteMark;
        if let Some(c) = carried.take() {
            // The next paragraph reopens with a mark of the same style: a straight mark
            // left open is not continued by a curly one, nor the reverse.
            let reopens = first_mark
                && classify(text, &tokens[a])
                    .is_some_and(|(w, d)| w == Weight::Double && d != Dir::Close)
                && is_straight(tokens[a].text(text)) == is_straight(c.mark.text(text));
            if reopens {
                double = Some(c);
            } else if let Some(prev) = bi.checked_sub(1).map(|p| blocks[p]) {
                // It never closed: it ran to the end of the paragraph it opened.
                close_at_block_end(text, tokens, c, prev.0, prev.2, &mut out);
            }
        }
        let mut i = a;
        while i < b {
            let t = &tokens[i];
            if t.kind() != TokenKind::QuoteMark {
                i += 1;
                continue;
            }
            let Some((weight, mut dir)) = classify(text, t) else {
                i += 1;
                continue;
            };
            // A mark typed the wrong way round (`”Mr. Trump ...`) goes by its context.
            if weight == Weight::Double {
                let ctx = context(text, t.span());
                if dir == Dir::Close && ctx == Dir::Open && double.is_none() {
                    dir = Dir::Open;
                } else if dir == Dir::Open && ctx == Dir::Close && double.is_some() {
                    dir = Dir::Close;
                }
            }
            match weight {
                Weight::Double => match (dir, double.is_some()) {
                    // A typographic opening mark while a straight one is open: the straight
                    // one was a stray (text is not typed in both styles at once).
                    (Dir::Open, true)
                        if !is_straight(t.text(text))
                            && double
                                .as_ref()
                                .is_some_and(|o| is_straight(o.mark.text(text))) =>
                    {
                        double = Some(Open {
                            mark: t.span(),
                            token: i,
                            opens_block: i == a,
                        });
                        single = None;
                    }
                    // `called it a “so-called reform. “We will fight it,” she said`: a
                    // mark opened inside a phrase, a few words before a sentence ends and a
                    // new one opens, was a stray; a quotation that opened after a colon, a
                    // comma or a sentence's end is reopened (`“One. “Two,” she said`).
                    (Dir::Open, true)
                        if double.as_ref().is_some_and(|o| {
                            let inside_phrase =
                                o.token > a && tokens[o.token - 1].kind() == TokenKind::Word;
                            let words = tokens[o.token + 1..i.min(o.token + 16)]
                                .iter()
                                .filter(|t| t.kind() == TokenKind::Word)
                                .count()
                                + usize::from(i > o.token + 16) * 6;
                            let sentence_end =
                                i > a && matches!(tokens[i - 1].text(text), "." | "!" | "?");
                            inside_phrase && words <= 5 && sentence_end
                        }) =>
                    {
                        double = Some(Open {
                            mark: t.span(),
                            token: i,
                            opens_block: i == a,
                        });
                        single = None;
                    }
                    (Dir::Open, true) => {} // a stray or a reopening: the first stays open
                    (Dir::Open | Dir::Either, false) => {
                        double = Some(Open {
                            mark: t.span(),
                            token: i,
                            opens_block: i == a,
                        });
                        single = None;
                    }
                    (Dir::Close | Dir::Either, true) => {
                        if let Some(o) = double.take() {
                            out.push(o.closed_by(t.span(), i));
                        }
                    }
                    (Dir::Close, false) => {} // a stray closing mark
                },
                Weight::Single if double.is_none() => match (dir, single.is_some()) {
                    (Dir::Open, false) => {
                        single = Some(Open {
                            mark: t.span(),
                            token: i,
                            opens_block: i == a,
                        })
                    }
                    // `‘The players’ union is wrong.’`: a typographic mark right after a
                    // lower-case word in -s, before another lower-case word, is a plural's
                    // apostrophe when a later mark can still close the quotation (not
                    // `‘God games’ are ...`). Straight marks, which titles use too, only
                    // in a quotation that opens its paragraph or follows a colon.
                    (Dir::Close, true)
                        if (t.text(text) == "’"
                            || (t.text(text) == "'"
                                && single.as_ref().is_some_and(|o| {
                                    tokens[o.token].text(text) == "'"
                                        && (o.opens_block
                                            || (o.token > 0
                                                && tokens[o.token - 1].text(text) == ":"))
                                })))
                            && plural_apostrophe(text, tokens, i, b) => {}
                    (Dir::Close, true) => {
                        if let Some(o) = single.take() {
                            out.push(o.closed_by(t.span(), i));
                        }
                    }
                    _ => {}
                },
                Weight::Single => {}
            }
            i += 1;
        }
        if let Some(o) = double {
            // A quotation that runs over paragraphs opens its paragraph, or at least fills
            // a good part of it; a short unclosed tail is a stray mark.
            // Counted within this paragraph only, and only when asked: a quotation carried
            // over many paragraphs must not be counted again for each.
            let long_tail = || {
                tokens[o.token.max(a).min(b)..b]
                    .iter()
                    .filter(|t| t.kind() == TokenKind::Word)
                    .take(10)
                    .count()
                    >= 10
            };
            let next_reopens = blocks
                .get(bi + 1)
                .is_some_and(|n| n.1 < n.2 && starts_with_open(text, &tokens[n.1]));
            // After a colon, a comma or a sentence's end (`said: "Our members are
            // angry.`), the mark opens a quotation even when its tail is short.
            let after_stop = o.token > a
                && matches!(tokens[o.token - 1].text(text), ":" | "," | "." | "!" | "?");
            if o.opens_block || o.token == a || (next_reopens && (after_stop || long_tail())) {
                carried = Some(o);
            }
            // Otherwise a stray opening mark: dropped.
        }
    }
    if let (Some(c), Some(last)) = (carried, blocks.last()) {
        close_at_block_end(text, tokens, c, last.0, last.2, &mut out);
    }
    out.sort_by_key(|q| q.outer.start);
    out
}

/// Whether the closing single mark at `i` (before `b`, the block's end) is rather the
/// apostrophe of a plural (`players’ union`): a lower-case word in -s just before it, a
/// lower-case word after it, and a later `’` (within 200 tokens) that ends a word before
/// a space, a punctuation mark or the block's end.
fn plural_apostrophe(text: &str, tokens: &[Token], i: usize, b: usize) -> bool {
    let lower_word = |t: &Token| {
        t.kind() == TokenKind::Word && t.text(text).starts_with(|c: char| c.is_lowercase())
    };
    if i == 0 || i + 1 >= b {
        return false;
    }
    let before = &tokens[i - 1];
    // A capitalised word too when it opens the quotation (`'Players' bodies are ...'`).
    let first_word =
        i >= 2 && tokens[i - 2].kind() == TokenKind::QuoteMark && before.kind() == TokenKind::Word;
    (lower_word(before) || first_word)
        && before.span().end == tokens[i].span().start
        && before.text(text).ends_with('s')
        && lower_word(&tokens[i + 1])
        // Within a bounded reach: a paragraph of such marks costs no more than its length
        // times the reach.
        && (i + 1..b.min(i + 200))
            .take_while(|&j| {
                let m = tokens[j].text(text);
                m != "‘" && !(m == "'" && context(text, tokens[j].span()) == Dir::Open)
            })
            .any(|j| {
            tokens[j].kind() == TokenKind::QuoteMark
                && tokens[j].text(text) == tokens[i].text(text)
                && (tokens.get(j + 1).is_none_or(|n| j + 1 >= b || !lower_word(n))
                    || matches!(tokens[j - 1].text(text), "," | "." | "!" | "?"))
        })
}

/// Whether a double mark is a typewriter one (`"`, `''`) rather than a typographic one.
fn is_straight(mark: &str) -> bool {
    matches!(mark, "\"" | "''" | "＂")
}

fn starts_with_open(text: &str, t: &Token) -> bool {
    t.kind() == TokenKind::QuoteMark
        && classify(text, t).is_some_and(|(w, d)| w == Weight::Double && d != Dir::Close)
}

fn close_at_block_end(
    _text: &str,
    _tokens: &[Token],
    o: Open,
    block: Block,
    end_token: usize,
    out: &mut Vec<Quotation>,
) {
    if !o.opens_block {
        return;
    }
    out.push(Quotation {
        open: o.mark,
        close: None,
        outer: Span::new(o.mark.start, block.span().end.max(o.mark.end)),
        opens_block: true,
        tokens: (o.token + 1, end_token),
    });
}

/// Whether blocks of this kind are read for quotations.
pub(crate) fn is_quoting_block(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Title | BlockKind::Paragraph | BlockKind::Heading
    )
}
