//! The blocks of a scraped news page: title, paragraphs, headings, captions, credits,
//! pull quotes, byline, tags and page furniture.

use crate::Span;

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

/// Splits `text` into classified blocks.
pub(crate) fn detect(text: &str) -> Structure {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        if !span.is_empty() {
            blocks.push(Block::new(BlockKind::Paragraph, span));
        }
    }
    Structure::from_blocks(blocks)
}
