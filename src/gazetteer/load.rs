//! Reading gazetteer entries from TSV and JSON, with errors that name the line.
//!
//! Both formats are parsed completely before anything is handed to the builder, so a
//! malformed file leaves the builder as it was.

use std::collections::HashSet;
use std::io::Read;

use super::{Alias, Entity, EntityKind, MentionKind, Rule};
use crate::{Error, ErrorKind};

/// What one file holds: entities, and blocking phrases (rows of kind `block`).
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub entities: Vec<Entity>,
    pub blocks: Vec<Alias>,
}

/// Reads all of `reader` as UTF-8 text.
pub(crate) fn read_all(mut reader: impl Read) -> Result<String, Error> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(ErrorKind::Io, None, format!("cannot read the input: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error::new(ErrorKind::Syntax, Some(line), "the input is not UTF-8 text")
    })
}

/// Parses one alias in the file syntax `[type:][=|^]text[@rule]`.
///
/// `type` is one of `name`, `acronym`, `demonym`, `capital`, `alias`; `=` makes the
/// alias match only as written; `@rule` is `credit`, `person` or `us-state`. Without a
/// type, a form without lower-case letters is an acronym, anything else an alias.
pub(crate) fn parse_alias(spec: &str) -> Result<Alias, String> {
    let mut rest = spec.trim();
    let mut kind = None;
    if let Some((head, tail)) = rest.split_once(':') {
        let k = match head {
            "name" => Some(MentionKind::Name),
            "acronym" => Some(MentionKind::Acronym),
            "demonym" => Some(MentionKind::Demonym),
            "capital" => Some(MentionKind::Capital),
            "alias" => Some(MentionKind::Alias),
            _ => None,
        };
        if k.is_some() {
            kind = k;
            rest = tail;
        }
    }
    let exact = rest.starts_with('=');
    let capital = rest.starts_with('^');
    if exact || capital {
        rest = &rest[1..];
    }
    let mut rule = Rule::None;
    if let Some((text, r)) = rest.rsplit_once('@') {
        rule = match r {
            "credit" => Rule::Credit,
            "person" => Rule::Person,
            "us-state" => Rule::UsState,
            "country" => Rule::Country,
            other => return Err(format!("unknown rule @{other} in alias {spec:?}")),
        };
        rest = text;
    }
    let text = rest.trim();
    if text.is_empty() {
        return Err(format!("empty alias {spec:?}"));
    }
    if !text.chars().any(char::is_alphanumeric) {
        return Err(format!(
            "alias {spec:?} has no letter or digit and can never match"
        ));
    }
    let kind = kind.unwrap_or_else(|| {
        if looks_like_acronym(text) {
            MentionKind::Acronym
        } else {
            MentionKind::Alias
        }
    });
    let mut alias = Alias::new(text, kind);
    if exact {
        alias = alias.case_sensitive();
    } else if capital {
        alias = alias.capitalised();
    }
    alias.rule = rule;
    Ok(alias)
}

/// An acronym has letters, none of them lower case, and no space (`NATO`, `U.S.`, `G7`).
pub(crate) fn looks_like_acronym(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
        && !text.contains(' ')
}

/// The columns a file may have.
const COLUMNS: [&str; 9] = [
    "id",
    "kind",
    "name",
    "aliases",
    "wikidata",
    "iso3",
    "region",
    "subregion",
    "country",
];

/// One record before it is checked: the line it started on and its fields.
struct Record {
    line: usize,
    fields: [Option<String>; 9],
    aliases: Vec<(String, usize)>,
}

/// Parses a TSV gazetteer: comment lines start with `#`, the first other line names the
/// columns, each further line is one entity.
pub(crate) fn parse_tsv(text: &str) -> Result<Loaded, Error> {
    let mut header: Option<Vec<usize>> = None;
    let mut records = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = raw.split('\t').collect();
        let Some(columns) = &header else {
            let mut columns = Vec::with_capacity(cells.len());
            for cell in &cells {
                let name = cell.trim();
                let Some(c) = COLUMNS.iter().position(|&k| k == name) else {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        Some(line),
                        format!("unknown column {name:?} (expected {})", COLUMNS.join(", ")),
                    ));
                };
                if columns.contains(&c) {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        Some(line),
                        format!("column {name:?} appears twice"),
                    ));
                }
                columns.push(c);
            }
            for (required, name) in COLUMNS.iter().enumerate().take(3) {
                if !columns.contains(&required) {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        Some(line),
                        format!("the header has no {name:?} column"),
                    ));
                }
            }
            header = Some(columns);
            continue;
        };
        if cells.len() != columns.len() {
            return Err(Error::new(
                ErrorKind::Syntax,
                Some(line),
                format!("expected {} columns, found {}", columns.len(), cells.len()),
            ));
        }
        let mut fields: [Option<String>; 9] = Default::default();
        let mut aliases = Vec::new();
        for (&c, cell) in columns.iter().zip(&cells) {
            let cell = cell.trim();
            if c == 3 {
                aliases = cell
                    .split('|')
                    .filter(|a| !a.trim().is_empty())
                    .map(|a| (a.to_string(), line))
                    .collect();
            } else if !cell.is_empty() {
                fields[c] = Some(cell.to_string());
            }
        }
        records.push(Record {
            line,
            fields,
            aliases,
        });
    }
    if header.is_none() {
        return Err(Error::new(
            ErrorKind::Syntax,
            None,
            "no header line naming the columns (id, kind, name, ...)",
        ));
    }
    check(records)
}

/// Turns parsed records into entities, or the first reason why one is not acceptable.
fn check(records: Vec<Record>) -> Result<Loaded, Error> {
    let mut out = Loaded::default();
    let mut ids = HashSet::new();
    for r in records {
        let invalid = |message: String| Error::new(ErrorKind::InvalidEntry, Some(r.line), message);
        let [
            id,
            kind,
            name,
            _,
            wikidata,
            iso3,
            region,
            subregion,
            country,
        ] = r.fields;
        let kind = kind.ok_or_else(|| invalid("the kind is empty".into()))?;
        let name = name.ok_or_else(|| invalid("the name is empty".into()))?;
        let mut aliases = Vec::with_capacity(r.aliases.len());
        let mut unmatched = Vec::new();
        for (spec, line) in &r.aliases {
            if let Some(form) = spec.trim().strip_prefix('-') {
                // a form that must not match: kept as a blocking phrase
                let form = form.trim();
                if !form.chars().any(char::is_alphanumeric) {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        Some(*line),
                        format!("alias {spec:?} has no letter or digit and can never match"),
                    ));
                }
                unmatched.push(Alias::new(form, MentionKind::Alias));
                continue;
            }
            let alias =
                parse_alias(spec).map_err(|m| Error::new(ErrorKind::Syntax, Some(*line), m))?;
            aliases.push(alias);
        }
        if kind == "block" {
            let phrase = parse_alias(&name).map_err(&invalid)?;
            out.blocks.push(phrase);
            out.blocks.extend(aliases);
            out.blocks.extend(unmatched);
            continue;
        }
        let id = id.ok_or_else(|| invalid("the id is empty".into()))?;
        if id.chars().any(char::is_whitespace) {
            return Err(invalid(format!("the id {id:?} contains white space")));
        }
        let kind = EntityKind::parse(&kind).ok_or_else(|| {
            invalid(format!(
                "unknown kind {kind:?} (expected one of {}, or block)",
                EntityKind::ALL.map(EntityKind::as_str).join(", ")
            ))
        })?;
        if !ids.insert(id.clone()) {
            return Err(invalid(format!("duplicate id {id:?}")));
        }
        if let Some(q) = &wikidata {
            let digits = q.strip_prefix('Q').unwrap_or("");
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid(format!(
                    "{q:?} is not a Wikidata QID (Q followed by digits)"
                )));
            }
        }
        if let Some(code) = &iso3 {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(format!(
                    "{code:?} is not an ISO 3166-1 alpha-3 code"
                )));
            }
        }
        let mut entity = Entity::new(id, kind, name);
        entity.wikidata = wikidata;
        entity.iso3 = iso3;
        entity.region = region;
        entity.subregion = subregion;
        entity.country = country;
        entity.aliases = aliases;
        entity.unmatched = unmatched;
        if !entity.name.chars().any(char::is_alphanumeric) && entity.aliases.is_empty() {
            return Err(invalid("the entity has nothing that can match".into()));
        }
        out.entities.push(entity);
    }
    Ok(out)
}

/// Parses a JSON gazetteer: an array of entity objects, or an object whose `entities`
/// member is one. Each object has `id`, `kind`, `name` and optionally `aliases` (an
/// array of strings in the alias syntax), `wikidata`, `iso3`, `region`, `subregion`,
/// `country` (strings or null). Objects of kind `block` hold blocking phrases.
pub(crate) fn parse_json(text: &str) -> Result<Loaded, Error> {
    let mut p = Json {
        s: text.as_bytes(),
        i: 0,
        line: 1,
    };
    p.ws();
    let list_line = p.line;
    let value = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("unexpected text after the JSON value"));
    }
    let items = match value {
        Value::Array(items) => items,
        Value::Object(members, _) => match members.into_iter().find(|(k, _)| k == "entities") {
            Some((_, Value::Array(items))) => items,
            _ => {
                return Err(Error::new(
                    ErrorKind::Syntax,
                    Some(list_line),
                    "expected an array of entities, or an object with an \"entities\" array",
                ));
            }
        },
        _ => {
            return Err(Error::new(
                ErrorKind::Syntax,
                Some(list_line),
                "expected an array of entities",
            ));
        }
    };
    let mut records = Vec::with_capacity(items.len());
    for item in items {
        let (members, line) = match item {
            Value::Object(m, line) => (m, line),
            other => {
                return Err(Error::new(
                    ErrorKind::Syntax,
                    Some(other.line()),
                    "each entity must be a JSON object",
                ));
            }
        };
        let mut fields: [Option<String>; 9] = Default::default();
        let mut aliases = Vec::new();
        for (key, value) in members {
            let Some(c) = COLUMNS.iter().position(|&k| k == key) else {
                return Err(Error::new(
                    ErrorKind::Syntax,
                    Some(line),
                    format!("unknown field {key:?}"),
                ));
            };
            match (c, value) {
                (3, Value::Array(items)) => {
                    for a in items {
                        match a {
                            Value::String(s, l) => aliases.push((s, l)),
                            other => {
                                return Err(Error::new(
                                    ErrorKind::Syntax,
                                    Some(other.line()),
                                    "each alias must be a string",
                                ));
                            }
                        }
                    }
                }
                (3, Value::Null(_)) => {}
                (3, other) => {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        Some(other.line()),
                        "\"aliases\" must be an array of strings",
                    ));
                }
                (_, Value::String(s, _)) => {
                    let s = s.trim();
                    if !s.is_empty() {
                        fields[c] = Some(s.to_string());
                    }
                }
                (_, Value::Null(_)) => {}
                (_, other) => {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        Some(other.line()),
                        format!("{key:?} must be a string"),
                    ));
                }
            }
        }
        records.push(Record {
            line,
            fields,
            aliases,
        });
    }
    check(records)
}

/// A JSON value, each with the line it starts on.
enum Value {
    Null(usize),
    Bool(usize),
    Number(usize),
    String(String, usize),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>, usize),
}

impl Value {
    fn line(&self) -> usize {
        match self {
            Value::Null(l) | Value::Bool(l) | Value::Number(l) => *l,
            Value::String(_, l) | Value::Object(_, l) => *l,
            Value::Array(items) => items.first().map_or(0, Value::line),
        }
    }
}

/// A small JSON reader: enough for gazetteer files, with line numbers in its errors and
/// a depth limit so that no input can exhaust the stack.
struct Json<'a> {
    s: &'a [u8],
    i: usize,
    line: usize,
}

const MAX_DEPTH: usize = 64;

impl Json<'_> {
    fn err(&self, message: &str) -> Error {
        Error::new(ErrorKind::Syntax, Some(self.line), message)
    }

    fn ws(&mut self) {
        while let Some(&b) = self.s.get(self.i) {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.err("the JSON is nested too deeply"));
        }
        self.ws();
        let line = self.line;
        match self.s.get(self.i) {
            None => Err(self.err("unexpected end of the JSON text")),
            Some(b'{') => {
                self.i += 1;
                let mut members = Vec::new();
                self.ws();
                if self.eat(b"}") {
                    return Ok(Value::Object(members, line));
                }
                loop {
                    self.ws();
                    let key = match self.value(depth + 1)? {
                        Value::String(k, _) => k,
                        _ => return Err(self.err("expected a string as an object key")),
                    };
                    self.ws();
                    if !self.eat(b":") {
                        return Err(self.err("expected ':' after an object key"));
                    }
                    let v = self.value(depth + 1)?;
                    members.push((key, v));
                    self.ws();
                    if self.eat(b",") {
                        continue;
                    }
                    if self.eat(b"}") {
                        return Ok(Value::Object(members, line));
                    }
                    return Err(self.err("expected ',' or '}' in an object"));
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b"]") {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b",") {
                        continue;
                    }
                    if self.eat(b"]") {
                        return Ok(Value::Array(items));
                    }
                    return Err(self.err("expected ',' or ']' in an array"));
                }
            }
            Some(b'"') => self.string(line),
            Some(b't') if self.eat(b"true") => Ok(Value::Bool(line)),
            Some(b'f') if self.eat(b"false") => Ok(Value::Bool(line)),
            Some(b'n') if self.eat(b"null") => Ok(Value::Null(line)),
            Some(b'-' | b'0'..=b'9') => {
                while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.s.get(self.i)
                {
                    self.i += 1;
                }
                Ok(Value::Number(line))
            }
            Some(_) => Err(self.err("expected a JSON value")),
        }
    }

    fn string(&mut self, line: usize) -> Result<Value, Error> {
        self.i += 1;
        let mut out = String::new();
        let mut start = self.i;
        loop {
            let Some(&b) = self.s.get(self.i) else {
                return Err(self.err("unterminated string"));
            };
            match b {
                b'"' => {
                    out.push_str(self.slice(start, self.i)?);
                    self.i += 1;
                    return Ok(Value::String(out, line));
                }
                b'\n' => return Err(self.err("a line break inside a string")),
                b'\\' => {
                    out.push_str(self.slice(start, self.i)?);
                    self.i += 1;
                    let Some(&e) = self.s.get(self.i) else {
                        return Err(self.err("unterminated string"));
                    };
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi) {
                                if !self.eat(b"\\u") {
                                    return Err(self.err("a lone surrogate in a \\u escape"));
                                }
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err("a lone surrogate in a \\u escape"));
                                }
                                char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                            } else {
                                char::from_u32(hi)
                            };
                            out.push(c.ok_or_else(|| self.err("an invalid \\u escape"))?);
                        }
                        _ => return Err(self.err("an invalid escape in a string")),
                    }
                    start = self.i;
                }
                _ => self.i += 1,
            }
        }
    }

    fn slice(&self, from: usize, to: usize) -> Result<&str, Error> {
        std::str::from_utf8(&self.s[from..to]).map_err(|_| self.err("a string is not UTF-8"))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .s
            .get(self.i..self.i + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.err("an invalid \\u escape"))?;
        self.i += 4;
        Ok(digits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_syntax() {
        let a = parse_alias("demonym:=Chinese").unwrap();
        assert_eq!(a.text(), "Chinese");
        assert_eq!(a.kind(), MentionKind::Demonym);
        assert!(a.is_case_sensitive());
        let a = parse_alias("NATO").unwrap();
        assert_eq!(a.kind(), MentionKind::Acronym);
        assert!(a.is_case_sensitive());
        let a = parse_alias("Atlantic Alliance").unwrap();
        assert_eq!(a.kind(), MentionKind::Alias);
        assert!(!a.is_case_sensitive());
        let a = parse_alias("=EPA@credit").unwrap();
        assert_eq!(a.rule, Rule::Credit);
        assert!(parse_alias("=X@nowhere").is_err());
        assert!(parse_alias("  ").is_err());
        assert!(parse_alias("--").is_err());
    }

    #[test]
    fn tsv_errors_name_the_line() {
        let e = parse_tsv("# c\nid\tkind\tname\nA\tcountry\n").unwrap_err();
        assert_eq!((e.kind(), e.line()), (ErrorKind::Syntax, Some(3)));
        let e = parse_tsv("id\tkind\tname\nA\tplanet\tMars\n").unwrap_err();
        assert_eq!((e.kind(), e.line()), (ErrorKind::InvalidEntry, Some(2)));
        let e = parse_tsv("id\tkind\tname\nA\tmedia\tX\nA\tmedia\tY\n").unwrap_err();
        assert_eq!(e.line(), Some(3));
        let e = parse_tsv("id\tkind\tnom\n").unwrap_err();
        assert_eq!(e.line(), Some(1));
    }

    #[test]
    fn json_reads_and_reports() {
        let ok = parse_json(
            "[{\"id\": \"ACME\", \"kind\": \"organisation\", \"name\": \"Acme\",\n \"aliases\": [\"ACME\", \"Acme Corp\\u002e\"], \"wikidata\": null}]",
        )
        .unwrap();
        assert_eq!(ok.entities.len(), 1);
        assert_eq!(ok.entities[0].aliases().len(), 2);
        let e = parse_json("[\n{\"id\": \"A\", \"kind\": \"media\",\n \"name\": 3}]").unwrap_err();
        assert_eq!(e.line(), Some(3));
        let e = parse_json("[{\"id\": \"A\"").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Syntax);
        let deep = "[".repeat(10_000);
        assert!(parse_json(&deep).is_err());
    }
}
