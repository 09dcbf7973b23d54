//! Reads news articles the way an analyst or a fact-checker does.
//!
//! From the plain text of an article, `reportage` finds:
//!
//! * its **structure**: title, body paragraphs, section headings, photo captions and
//!   credits, pull quotes, byline, tags and page boilerplate ([`Structure`]);
//! * its **tokens** and **sentences**, with byte spans into the text ([`Token`],
//!   [`Sentence`]);
//! * every **country, territory and organisation** it mentions, resolved to stable ids
//!   ([`Mention`], [`Gazetteer`]);
//! * the **people** it names ([`Person`]) and **who said what** ([`Quote`]);
//! * the **claims** worth checking ([`Claim`]).
//!
//! Everything hangs off one type, [`Article`]. Each layer is computed on first use,
//! so asking only for the structure costs only the structure.
//!
//! # Quick start
//!
//! ```
//! use reportage::Article;
//!
//! let text = "\
//! Harbour talks resume
//!
//! Delegates returned to the table in Valletta on Monday. Talks had stalled in May.
//! ";
//! let article = Article::parse(text);
//! assert_eq!(article.title(), Some("Harbour talks resume"));
//! assert_eq!(article.paragraphs().count(), 1);
//! ```
//!
//! # Spans
//!
//! Every position is a [`Span`] of UTF-8 byte offsets into the text exactly as given,
//! end exclusive, always on `char` boundaries: `&text[span.start..span.end]`.
//!
//! # JSON
//!
//! With the `serde` feature (on by default), [`Article::analysis`] returns one value
//! that serialises every layer to the shape documented in the README.
//!
//! # Configuration
//!
//! An [`Analyzer`] holds what an article is read with (the gazetteer, the
//! check-worthiness threshold). `Analyzer::default()` is a cheap handle to shared
//! defaults that are built once; an `Analyzer` is `Send + Sync`.
//!
//! # Crate features
//!
//! * `serde` (default): `Serialize` for every result type and [`Article::analysis`].
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![warn(missing_debug_implementations)]

mod article;
mod claims;
mod error;
mod gazetteer;
mod lexicon;
mod people;
mod quotes;
mod span;
mod structure;
mod text;

#[cfg(feature = "serde")]
mod analysis;

#[cfg(feature = "serde")]
pub use crate::analysis::Analysis;
pub use crate::article::{Analyzer, AnalyzerBuilder, Article};
pub use crate::claims::{
    Approximation, CheckTarget, Claim, ClaimKind, ClaimSource, Hedge, HedgeKind, Quantity,
    QuantityKind, find_quantities,
};
pub use crate::error::{Error, ErrorKind};
pub use crate::gazetteer::{
    Alias, Entity, EntityKind, Gazetteer, GazetteerBuilder, Mention, MentionKind, MentionedEntity,
};
pub use crate::people::{Gender, Person};
pub use crate::quotes::{Quote, QuoteKind, Speaker, SpeakerKind};
pub use crate::span::Span;
pub use crate::structure::{Block, BlockKind, Structure};
pub use crate::text::sentences::Sentence;
pub use crate::text::tokens::{Token, TokenKind};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
