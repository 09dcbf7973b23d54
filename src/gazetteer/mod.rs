//! Countries, territories and organisations, found in text and resolved to stable ids.
//!
//! (Placeholder: the matcher and the embedded data arrive with the gazetteer work. The
//! getters below are the interface the later layers rely on.)

use std::sync::Arc;

use crate::Span;
use crate::article::Context;

/// A set of entities and their aliases, compiled for matching.
///
/// Cloning is cheap: clones share the compiled automaton.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    #[allow(dead_code)]
    inner: Arc<()>,
}

impl Gazetteer {
    /// The embedded default gazetteer, built once and shared.
    pub fn default_shared() -> Gazetteer {
        Gazetteer::default()
    }

    pub(crate) fn find_mentions(&self, _cx: &Context<'_>) -> Vec<Mention> {
        Vec::new()
    }
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A sovereign state.
    Country,
    /// A dependent territory or other ISO 3166-1 entry that is not a state.
    Territory,
    /// A state that no longer exists (Soviet Union, Yugoslavia).
    HistoricalState,
    /// An international organisation (UN, NATO, EU).
    InternationalOrganisation,
    /// A government body (White House, Kremlin, State Department).
    GovernmentBody,
    /// Armed forces, a military command.
    Military,
    /// A news agency or medium (Reuters, AFP, BBC, Bloomberg).
    Media,
    /// Any other organisation.
    Organisation,
}

/// An entity of the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    id: String,
    name: String,
    kind: EntityKind,
}

impl Entity {
    /// The stable id: ISO 3166-1 alpha-2 for countries (`CN`), a short key for
    /// organisations (`NATO`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The canonical name (`China`, `North Atlantic Treaty Organization`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of thing it is.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MentionKind {
    /// By a name (`China`, `People's Republic of China`).
    Name,
    /// By an acronym (`NATO`, `US`).
    Acronym,
    /// By a demonym or adjective (`Chinese`, `Russians`).
    Demonym,
    /// By its capital or seat, standing for its government (`Beijing`, `the Kremlin`).
    Capital,
    /// By another alias (`the Atlantic Alliance`).
    Alias,
}

/// A mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    span: Span,
    kind: MentionKind,
    entity: Arc<Entity>,
}

impl Mention {
    /// Where the mention is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// How the mention refers to its entity.
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// The entity it refers to.
    pub fn entity(&self) -> &Entity {
        &self.entity
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Mention {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("entity", self.entity.id())?;
        map.serialize_entry("kind", &self.kind)?;
        map.end()
    }
}

/// An entity the article mentions, with how often and where first.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MentionedEntity {
    id: String,
}

pub(crate) fn summarize(_mentions: &[Mention]) -> Vec<MentionedEntity> {
    Vec::new()
}
