//! Tokens with byte spans and a kind.

use crate::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, with its inner hyphens and apostrophes (`large-scale`, `don't`).
    Word,
    /// A number, with its separators and suffixes (`2,000`, `3.2`, `75th`).
    Number,
    /// Punctuation other than quote marks.
    Punctuation,
    /// A quotation mark: `“ ” „ « » " ' ‘ ’` and the doubled `''` and ``` `` ```.
    QuoteMark,
    /// A symbol: currency, `%`, `&`, `#` alone, emoji.
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

/// Tokens of the whole text, in order.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Token::new(TokenKind::Word, Span::new(s, i)));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token::new(TokenKind::Word, Span::new(s, text.len())));
    }
    out
}
