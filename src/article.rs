//! [`Article`], [`Analyzer`] and the lazily computed layers.

use std::sync::{Arc, OnceLock};

use once_cell::sync::Lazy;

use crate::claims::{self, Claim};
use crate::gazetteer::{self, Gazetteer, Mention, MentionedEntity};
use crate::people::{self, Person};
use crate::quotes::{self, Quote};
use crate::structure::{self, Block, BlockKind, Structure};
use crate::text::sentences::{self, Sentence};
use crate::text::tokens::{self, Token};

/// The configuration an article is read with: the gazetteer, and the
/// check-worthiness threshold.
///
/// `Analyzer::default()` is a cheap handle to shared defaults that are built once, on
/// first use. An `Analyzer` is `Send + Sync`; clone it (cheaply) or share it by
/// reference across threads.
///
/// ```
/// use reportage::Analyzer;
///
/// let analyzer = Analyzer::builder().claim_threshold(0.7).build();
/// let article = analyzer.parse("NATO met in Brussels on Monday.");
/// assert_eq!(article.text(), "NATO met in Brussels on Monday.");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    config: Arc<Config>,
}

#[derive(Debug)]
struct Config {
    gazetteer: Gazetteer,
    claim_threshold: f32,
}

static DEFAULT: Lazy<Analyzer> = Lazy::new(|| AnalyzerBuilder::new().build());

impl Default for Analyzer {
    fn default() -> Analyzer {
        DEFAULT.clone()
    }
}

impl Analyzer {
    /// A builder that starts from the defaults.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::new()
    }

    /// Reads `text` with this configuration. Nothing is computed until asked for.
    pub fn parse<'a>(&self, text: &'a str) -> Article<'a> {
        Article::with_analyzer(text, self.clone())
    }

    /// The gazetteer mentions are matched with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.config.gazetteer
    }

    /// The check-worthiness score at and above which a claim is `checkworthy`.
    pub fn claim_threshold(&self) -> f32 {
        self.config.claim_threshold
    }
}

/// Builds an [`Analyzer`].
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    gazetteer: Option<Gazetteer>,
    claim_threshold: f32,
}

impl Default for AnalyzerBuilder {
    fn default() -> AnalyzerBuilder {
        AnalyzerBuilder::new()
    }
}

impl AnalyzerBuilder {
    /// A builder with the default gazetteer and threshold.
    pub fn new() -> AnalyzerBuilder {
        AnalyzerBuilder {
            gazetteer: None,
            claim_threshold: claims::DEFAULT_THRESHOLD,
        }
    }

    /// Matches mentions with `gazetteer` instead of the embedded default.
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut AnalyzerBuilder {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Sets the check-worthiness threshold (clamped to `0.0..=1.0`; a NaN keeps the
    /// default).
    pub fn claim_threshold(&mut self, threshold: f32) -> &mut AnalyzerBuilder {
        if !threshold.is_nan() {
            self.claim_threshold = threshold.clamp(0.0, 1.0);
        }
        self
    }

    /// The analyzer.
    pub fn build(&self) -> Analyzer {
        Analyzer {
            config: Arc::new(Config {
                gazetteer: self
                    .gazetteer
                    .clone()
                    .unwrap_or_else(Gazetteer::default_shared),
                claim_threshold: self.claim_threshold,
            }),
        }
    }
}

/// A news article and everything the crate finds in it.
///
/// Each layer is computed on first use and kept: a caller who only asks for
/// [`Article::mentions`] never pays for quotes or claims. The article borrows its
/// text; every [`Span`](crate::Span) it reports is a byte range into that text.
///
/// ```
/// use reportage::{Article, BlockKind};
///
/// let text = "Ministers meet in Oslo\n\nThe ministers met on Monday. They agreed on a plan.\n";
/// let article = Article::parse(text);
/// assert_eq!(article.title(), Some("Ministers meet in Oslo"));
/// let paragraphs: Vec<_> = article.structure().of_kind(BlockKind::Paragraph).collect();
/// assert_eq!(paragraphs.len(), 1);
/// ```
#[derive(Debug)]
pub struct Article<'a> {
    text: &'a str,
    analyzer: Analyzer,
    structure: OnceLock<Structure>,
    tokens: OnceLock<Vec<Token>>,
    sentences: OnceLock<Vec<Sentence>>,
    mentions: OnceLock<Vec<Mention>>,
    entities: OnceLock<Vec<MentionedEntity>>,
    people: OnceLock<Vec<Person>>,
    quotes: OnceLock<Vec<Quote>>,
    claims: OnceLock<Vec<Claim>>,
    /// Quotation marks paired into quotations, read by the people and quote layers.
    quotations: OnceLock<Vec<quotes::Quotation>>,
}

/// The layers that later layers read: passed to each layer's finder.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context<'t> {
    /// The article text.
    pub text: &'t str,
    /// Its blocks.
    pub structure: &'t Structure,
    /// Its tokens.
    pub tokens: &'t [Token],
    /// Its sentences.
    pub sentences: &'t [Sentence],
    /// Its quotations, paired on first use.
    quotations: &'t OnceLock<Vec<quotes::Quotation>>,
}

impl<'t> Context<'t> {
    /// The quotations of the prose: paired once, for every layer that asks.
    pub(crate) fn quotations(&self) -> &'t [quotes::Quotation] {
        self.quotations
            .get_or_init(|| quotes::quotations(self.text, self.tokens, self.structure.blocks()))
    }
}

impl<'a> Article<'a> {
    /// Reads `text` with the default [`Analyzer`].
    pub fn parse(text: &'a str) -> Article<'a> {
        Article::with_analyzer(text, Analyzer::default())
    }

    fn with_analyzer(text: &'a str, analyzer: Analyzer) -> Article<'a> {
        Article {
            text,
            analyzer,
            structure: OnceLock::new(),
            tokens: OnceLock::new(),
            sentences: OnceLock::new(),
            mentions: OnceLock::new(),
            entities: OnceLock::new(),
            people: OnceLock::new(),
            quotes: OnceLock::new(),
            claims: OnceLock::new(),
            quotations: OnceLock::new(),
        }
    }

    /// The text, as given.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The analyzer the article is read with.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// The page's blocks: title, paragraphs, headings, captions, credits, ...
    pub fn structure(&self) -> &Structure {
        self.structure.get_or_init(|| structure::detect(self.text))
    }

    /// The headline, when the page has one.
    pub fn title(&self) -> Option<&'a str> {
        self.structure().title().map(|b| b.span().text(self.text))
    }

    /// The byline, when the page has one.
    pub fn byline(&self) -> Option<&'a str> {
        self.structure()
            .of_kind(BlockKind::Byline)
            .next()
            .map(|b| b.span().text(self.text))
    }

    /// The body paragraphs, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> + '_ {
        self.structure().of_kind(BlockKind::Paragraph)
    }

    /// Every token of the text, in order.
    pub fn tokens(&self) -> &[Token] {
        self.tokens.get_or_init(|| tokens::tokenize(self.text))
    }

    /// The sentences of every prose block (title, paragraphs, headings, captions, pull
    /// quotes), in order.
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences
            .get_or_init(|| sentences::split(self.text, self.structure()))
    }

    pub(crate) fn context(&self) -> Context<'_> {
        Context {
            text: self.text,
            structure: self.structure(),
            tokens: self.tokens(),
            sentences: self.sentences(),
            quotations: &self.quotations,
        }
    }

    /// Every mention of a country, territory or organisation, in text order.
    pub fn mentions(&self) -> &[Mention] {
        self.mentions
            .get_or_init(|| self.analyzer.gazetteer().find_mentions(&self.context()))
    }

    /// The entities the article mentions, in order of first mention.
    pub fn entities(&self) -> &[MentionedEntity] {
        self.entities
            .get_or_init(|| gazetteer::summarize(self.mentions()))
    }

    /// The persons the article names, in order of first mention.
    pub fn people(&self) -> &[Person] {
        self.people
            .get_or_init(|| people::find(&self.context(), self.mentions()))
    }

    /// Quotations and reported speech, in text order.
    pub fn quotes(&self) -> &[Quote] {
        self.quotes
            .get_or_init(|| quotes::find(&self.context(), self.mentions(), self.people()))
    }

    /// Checkable claims, in text order.
    pub fn claims(&self) -> &[Claim] {
        self.claims.get_or_init(|| {
            claims::find(
                &self.context(),
                self.mentions(),
                self.people(),
                self.quotes(),
                self.analyzer.claim_threshold(),
            )
        })
    }

    /// Every layer, as one value that serialises to the documented JSON shape.
    #[cfg(feature = "serde")]
    pub fn analysis(&self) -> crate::Analysis<'_, 'a> {
        crate::Analysis::new(self)
    }
}
