//! Tokens with byte spans and a kind.
//!
//! One linear pass over the text. Every character that is not white space lands in
//! exactly one token, so joining the tokens and the white space between them gives the
//! text back.

use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, with its inner hyphens, apostrophes and abbreviation dots
    /// (`large-scale`, `don't`, `China's`, `U.S.`).
    Word,
    /// A number, with its separators and suffixes (`2,000`, `3.2`, `75th`, `1.5bn`).
    Number,
    /// Punctuation other than quote marks.
    Punctuation,
    /// A quotation mark: `“ ” „ « » " ' ‘ ’`, and the doubled ` `` ` and `''`.
    QuoteMark,
    /// A symbol: currency signs, `%`, `&`, a lone `#` or `@`, emoji, control characters.
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag (`#NATO`).
    Hashtag,
    /// A social media handle (`@nato`).
    Handle,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Token {
    kind: TokenKind,
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
}

impl Token {
    pub(crate) fn new(kind: TokenKind, span: Span) -> Token {
        Token { kind, span }
    }

    /// What the token is.
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// Where the token is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

/// Whether `c` is a quotation mark (single or double, any direction).
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '＂'
    )
}

/// Letters, digits and the marks that continue them (combining accents, joiners).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_continuing_mark(c)
}

fn is_continuing_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}' | '\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Punctuation in the Unicode sense, for the characters news text uses.
pub(crate) fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(
                c,
                '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '%' | '&' | '#' | '@'
            );
    }
    matches!(c,
        '¡' | '§' | '¶' | '·' | '¿' | ';'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}'
        | '\u{3014}'..='\u{301F}'
        | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{06D4}'
        | '\u{0964}' | '\u{0965}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF3D}'
        | '\u{FF5B}'..='\u{FF65}')
}

/// ASCII letters and digits, by byte: a table look-up is cheaper than the comparisons.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    table
};

#[inline]
fn is_ascii_alnum(b: u8) -> bool {
    ASCII_ALNUM[b as usize]
}

const URL_PREFIXES: [&str; 3] = ["https://", "http://", "www."];

/// Tokens of the whole text, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut tk = Tokenizer { text, pos: 0 };
    while let Some(token) = tk.next_token() {
        out.push(token);
    }
    out
}

struct Tokenizer<'t> {
    text: &'t str,
    pos: usize,
}

impl Tokenizer<'_> {
    fn peek_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    fn next_token(&mut self) -> Option<Token> {
        let bytes = self.text.as_bytes();
        // Skip white space: ASCII by its byte, anything else by its character.
        let c = loop {
            let &b = bytes.get(self.pos)?;
            if b < 0x80 {
                if matches!(b, b' ' | b'\t'..=b'\r') {
                    self.pos += 1;
                    continue;
                }
                break b as char;
            }
            let c = self.text[self.pos..].chars().next()?;
            if !c.is_whitespace() {
                break c;
            }
            self.pos += c.len_utf8();
        };
        let start = self.pos;
        let (kind, end) = self.scan(start, c);
        debug_assert!(end > start && self.text.is_char_boundary(end));
        self.pos = end;
        Some(Token::new(kind, Span { start, end }))
    }

    fn scan(&self, start: usize, c: char) -> (TokenKind, usize) {
        let bytes = self.text.as_bytes();
        // The common cases first: ASCII punctuation that is never part of anything else,
        // and an ASCII word or number that white space or a comma ends.
        // (A web address goes on with `:` or `.`, which leave this path.)
        let first = bytes[start];
        if matches!(
            first,
            b',' | b';' | b'(' | b')' | b'?' | b'!' | b'[' | b']' | b'{' | b'}'
        ) {
            return (TokenKind::Punctuation, start + 1);
        }
        if is_ascii_alnum(first) {
            let end = start
                + 1
                + bytes[start + 1..]
                    .iter()
                    .position(|&b| !is_ascii_alnum(b))
                    .unwrap_or(bytes.len() - start - 1);
            if end == bytes.len()
                || matches!(
                    bytes[end],
                    b' ' | b'\n' | b'\r' | b'\t' | b';' | b')' | b'?' | b'!' | b'"'
                )
                || (bytes[end] == b','
                    && !(bytes[start].is_ascii_digit()
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)))
            {
                let kind = if bytes[start].is_ascii_digit() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                return (kind, end);
            }
        }
        let rest = &self.text[start..];
        if (c == 'h' || c == 'w' || c == 'H' || c == 'W')
            && URL_PREFIXES.iter().any(|p| {
                rest.len() >= p.len()
                    && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            })
        {
            return (TokenKind::Url, start + url_len(rest));
        }
        // Quote marks are the most common characters outside ASCII in news text: know
        // them before the slower Unicode tables are asked about letters.
        if !c.is_ascii() && is_quote_mark(c) {
            return (TokenKind::QuoteMark, start + c.len_utf8());
        }
        if is_word_char(c) {
            let end = self.word_end(start);
            // An e-mail address: word@word.word
            if self.peek_at(end) == Some('@') {
                if let Some(len) = email_domain_len(&self.text[end + 1..]) {
                    return (TokenKind::Email, end + 1 + len);
                }
            }
            let word = &self.text[start..end];
            let kind = if word.as_bytes()[0].is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            return (kind, end);
        }
        let next = start + c.len_utf8();
        match c {
            '#' | '@' => {
                if self.peek_at(next).is_some_and(is_word_char) {
                    let end = self.plain_word_end(next);
                    let kind = if c == '#' {
                        TokenKind::Hashtag
                    } else {
                        TokenKind::Handle
                    };
                    return (kind, end);
                }
                (TokenKind::Symbol, next)
            }
            '\'' if self.peek_at(next) == Some('\'') => (TokenKind::QuoteMark, next + 1),
            '`' if self.peek_at(next) == Some('`') => (TokenKind::QuoteMark, next + 1),
            '.' if rest.starts_with("...") => (TokenKind::Punctuation, start + 3),
            c if is_quote_mark(c) => (TokenKind::QuoteMark, next),
            '-' | '—' | '–' => {
                // A run of dashes is one token ("--", "——").
                let end = next
                    + rest[c.len_utf8()..]
                        .chars()
                        .take_while(|&d| d == c)
                        .map(char::len_utf8)
                        .sum::<usize>();
                (TokenKind::Punctuation, end)
            }
            c if is_punctuation(c) => (TokenKind::Punctuation, next),
            _ => (TokenKind::Symbol, next),
        }
    }

    /// The end of a word or number starting at `start`: letters, digits and marks, joined
    /// by one inner hyphen, apostrophe, dot, comma or slash when a word character follows
    /// (`large-scale`, `don't`, `U.S.`, `2,000`, `3.2`, `24/7`).
    fn word_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let numeric = bytes[start].is_ascii_digit();
        let mut end = self.plain_word_end(start);
        while let Some(joiner) = self.peek_at(end) {
            let after = end + joiner.len_utf8();
            let next = self.peek_at(after);
            let joins = match joiner {
                '-' | '‐' | '\'' | '’' | '&' => next.is_some_and(|n| n.is_alphanumeric()),
                '.' => next.is_some_and(|n| n.is_alphanumeric()),
                ',' | '/' | ':' => numeric && next.is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                break;
            }
            end = self.plain_word_end(after);
        }
        // Dotted abbreviations keep their final dot: "U.S." and "e.g." but not "end."
        if self.peek_at(end) == Some('.') && is_dotted_abbreviation(&self.text[start..end]) {
            end += 1;
        }
        end
    }

    fn plain_word_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = start;
        // ASCII letters and digits first, byte by byte; other characters decoded.
        while end < bytes.len() {
            let b = bytes[end];
            if is_ascii_alnum(b) {
                end += 1;
            } else if b < 0x80 {
                break;
            } else {
                match self.text[end..].chars().next() {
                    Some(c) if is_word_char(c) => end += c.len_utf8(),
                    _ => break,
                }
            }
        }
        end
    }
}

/// `U.S`, `e.g`, `a.m`: single letters joined by dots.
pub(crate) fn is_dotted_abbreviation(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

fn url_len(rest: &str) -> usize {
    let mut len = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”' | '«' | '»'))
        .map_or(rest.len(), |(i, _)| i);
    // Trailing punctuation belongs to the sentence, not the address.
    while len > 1 {
        let last = rest[..len].chars().next_back().unwrap_or(' ');
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
        ) {
            len -= last.len_utf8();
        } else {
            break;
        }
    }
    len
}

/// The length of `example.org` after an `@`, when it looks like a mail domain.
fn email_domain_len(rest: &str) -> Option<usize> {
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map_or(rest.len(), |(i, _)| i);
    let domain = rest[..len].trim_end_matches(['.', '-']);
    let dot = domain.rfind('.')?;
    (dot > 0 && dot + 1 < domain.len()).then_some(domain.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind()))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, TokenKind)])] = &[
            ("U.S. forces", &[("U.S.", Word), ("forces", Word)]),
            (
                "a record $240 billion",
                &[
                    ("a", Word),
                    ("record", Word),
                    ("$", Symbol),
                    ("240", Number),
                    ("billion", Word),
                ],
            ),
            (
                "the 75th anniversary",
                &[("the", Word), ("75th", Number), ("anniversary", Word)],
            ),
            (
                "large-scale Indo-Pacific",
                &[("large-scale", Word), ("Indo-Pacific", Word)],
            ),
            (
                "don't China's Russia’s",
                &[("don't", Word), ("China's", Word), ("Russia’s", Word)],
            ),
            (
                "“Yes,” she said.",
                &[
                    ("“", QuoteMark),
                    ("Yes", Word),
                    (",", Punctuation),
                    ("”", QuoteMark),
                    ("she", Word),
                    ("said", Word),
                    (".", Punctuation),
                ],
            ),
            (
                "''Go'' now",
                &[
                    ("''", QuoteMark),
                    ("Go", Word),
                    ("''", QuoteMark),
                    ("now", Word),
                ],
            ),
            (
                "2,000 and 3.2% end.",
                &[
                    ("2,000", Number),
                    ("and", Word),
                    ("3.2", Number),
                    ("%", Symbol),
                    ("end", Word),
                    (".", Punctuation),
                ],
            ),
            (
                "see https://example.org/a?b=c.",
                &[
                    ("see", Word),
                    ("https://example.org/a?b=c", Url),
                    (".", Punctuation),
                ],
            ),
            (
                "mail desk@example.org now",
                &[("mail", Word), ("desk@example.org", Email), ("now", Word)],
            ),
            (
                "#NATO @nato # @",
                &[
                    ("#NATO", Hashtag),
                    ("@nato", Handle),
                    ("#", Symbol),
                    ("@", Symbol),
                ],
            ),
            (
                "war — peace -- end",
                &[
                    ("war", Word),
                    ("—", Punctuation),
                    ("peace", Word),
                    ("--", Punctuation),
                    ("end", Word),
                ],
            ),
            (
                "Wait... no",
                &[("Wait", Word), ("...", Punctuation), ("no", Word)],
            ),
            (
                "北京 и Москва",
                &[("北京", Word), ("и", Word), ("Москва", Word)],
            ),
            ("e.g. this", &[("e.g.", Word), ("this", Word)]),
            (
                "students’ union",
                &[("students", Word), ("’", QuoteMark), ("union", Word)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text:?}");
        }
    }

    #[test]
    fn combining_marks_stay_in_the_word() {
        let text = "Pe\u{301}rez said";
        assert_eq!(toks(text)[0], ("Pe\u{301}rez", Word));
    }

    #[test]
    fn rtl_and_controls_are_covered() {
        let text = "\u{202E}مرحبا\u{0}x";
        let got = toks(text);
        assert_eq!(got.iter().map(|(t, _)| t.len()).sum::<usize>(), text.len());
    }
}
