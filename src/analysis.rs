//! The whole analysis as one serialisable value.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::structure::BlockKind;
use crate::{Article, Span};

/// Every layer of an [`Article`], serialising to the crate's documented JSON shape.
///
/// The shape is a public contract: fields are only ever added. See the crate docs
/// and the README for the fields.
///
/// ```
/// use reportage::Article;
///
/// let article = Article::parse("A title\n\nA body sentence. Another one.");
/// let json = serde_json::to_value(article.analysis()).unwrap();
/// assert_eq!(json["structure"]["title"]["start"], 0);
/// assert_eq!(json["sentences"].as_array().unwrap().len(), 3);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Analysis<'r, 'a> {
    article: &'r Article<'a>,
}

impl<'r, 'a> Analysis<'r, 'a> {
    pub(crate) fn new(article: &'r Article<'a>) -> Analysis<'r, 'a> {
        Analysis { article }
    }
}

struct StructureView<'r, 'a>(&'r Article<'a>);

impl Serialize for StructureView<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let structure = self.0.structure();
        let spans =
            |kind: BlockKind| -> Vec<Span> { structure.of_kind(kind).map(|b| b.span()).collect() };
        let first = |kind: BlockKind| structure.of_kind(kind).next().map(|b| b.span());
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("title", &first(BlockKind::Title))?;
        map.serialize_entry("paragraphs", &spans(BlockKind::Paragraph))?;
        map.serialize_entry("headings", &spans(BlockKind::Heading))?;
        map.serialize_entry("captions", &spans(BlockKind::Caption))?;
        map.serialize_entry("credits", &spans(BlockKind::Credit))?;
        map.serialize_entry("pull_quotes", &spans(BlockKind::PullQuote))?;
        map.serialize_entry("byline", &first(BlockKind::Byline))?;
        map.serialize_entry("tags", &spans(BlockKind::Tags))?;
        map.serialize_entry("boilerplate", &spans(BlockKind::Boilerplate))?;
        map.serialize_entry("blocks", structure.blocks())?;
        map.end()
    }
}

impl Serialize for Analysis<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.article;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("structure", &StructureView(a))?;
        map.serialize_entry("sentences", a.sentences())?;
        map.serialize_entry("mentions", a.mentions())?;
        map.serialize_entry("entities", a.entities())?;
        map.serialize_entry("people", a.people())?;
        map.serialize_entry("quotes", a.quotes())?;
        map.serialize_entry("claims", a.claims())?;
        map.end()
    }
}
