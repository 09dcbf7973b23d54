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
//! # Who said what
//!
//! ```
//! use reportage::{Article, QuoteKind, SpeakerKind};
//!
//! let text = "Ferry strike ends\n\n\
//! “We have a deal,” union leader Mara Ozola said on Friday. She added that ferries \
//! would run again on Monday.\n";
//! let article = Article::parse(text);
//! let quotes = article.quotes();
//! assert_eq!(quotes[0].kind(), QuoteKind::Direct);
//! assert_eq!(quotes[0].content().text(text), "“We have a deal,”");
//! let speaker = quotes[0].speaker().unwrap();
//! assert_eq!((speaker.name(), speaker.kind()), ("Mara Ozola", SpeakerKind::Person));
//! // "She" is resolved to the person it stands for.
//! assert_eq!(quotes[1].speaker().map(|s| s.name()), Some("Mara Ozola"));
//! ```
//!
//! # Countries and organisations
//!
//! ```
//! use reportage::{Article, MentionKind};
//!
//! let text = "Beijing and the EU traded accusations, Chinese officials said.";
//! let article = Article::parse(text);
//! let found: Vec<(&str, &str, MentionKind)> = article
//!     .mentions()
//!     .iter()
//!     .map(|m| (m.span().text(text), m.entity().id(), m.kind()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("Beijing", "CN", MentionKind::Capital),
//!         ("EU", "EU", MentionKind::Acronym),
//!         ("Chinese", "CN", MentionKind::Demonym),
//!     ]
//! );
//! ```
//!
//! A [`Gazetteer`] of your own (in code, or from TSV and JSON files) goes into an
//! [`Analyzer`] through [`AnalyzerBuilder::gazetteer`]; see [`GazetteerBuilder`].
//!
//! # Claims worth checking
//!
//! ```
//! use reportage::{Article, ClaimKind};
//!
//! let text = "Port traffic rises\n\n\
//! Cargo through the port rose 12% to 1.5 million tonnes in 2024, the harbour board said.\n";
//! let article = Article::parse(text);
//! let claim = &article.claims()[0];
//! assert_eq!(claim.kind(), ClaimKind::Quantity);
//! assert!(claim.checkworthiness() > 0.5);
//! let values: Vec<Option<f64>> = claim.quantities().iter().map(|q| q.value()).collect();
//! assert!(values.contains(&Some(1.5e6)));
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
//! that serialises every layer to the shape documented in the README:
//!
//! ```
//! let article = reportage::Article::parse("Talks resume\n\nNATO met on Monday.");
//! let json = serde_json::to_string(&article.analysis()).unwrap();
//! assert!(json.contains(r#""entity":"NATO""#));
//! ```
//!
//! # Configuration
//!
//! An [`Analyzer`] holds what an article is read with (the gazetteer, the
//! check-worthiness threshold). `Analyzer::default()` is a cheap handle to shared
//! defaults that are built once; an `Analyzer` is `Send + Sync`, and so is an
//! [`Article`], so a program reading millions of articles shares one analyzer across
//! its threads.
//!
//! # The layers
//!
//! | layer | method | types |
//! |---|---|---|
//! | structure | [`Article::structure`], [`Article::title`], [`Article::byline`] | [`Structure`], [`Block`], [`BlockKind`] |
//! | tokens | [`Article::tokens`] | [`Token`], [`TokenKind`] |
//! | sentences | [`Article::sentences`] | [`Sentence`] |
//! | gazetteer | [`Article::mentions`], [`Article::entities`] | [`Mention`], [`MentionKind`], [`Entity`], [`EntityKind`], [`MentionedEntity`] |
//! | people | [`Article::people`] | [`Person`], [`Gender`] |
//! | quotes | [`Article::quotes`] | [`Quote`], [`QuoteKind`], [`Speaker`], [`SpeakerKind`] |
//! | claims | [`Article::claims`] | [`Claim`], [`ClaimKind`], [`ClaimSource`], [`Quantity`], [`Hedge`] |
//!
//! Errors (loading a gazetteer) are an [`Error`] with its [`ErrorKind`], the line at
//! fault and the reason.
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
