//! Numbers and amounts: `$240 billion`, `32 member states`, `75th`, `in its third year`,
//! `a record`, `more than 2,000`, `1.5 million`, `3.2%`, `twenty-five`.
//!
//! The parser reads a span as a short run of lexical pieces (words, numbers, symbols,
//! punctuation) and looks at most a few pieces back and ahead of each number, so it is
//! linear in the text.

use once_cell::sync::Lazy;

use super::lexicon::FastMap;
use crate::Span;

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// A number of things (`32 member states`, `1.5 million`).
    Count,
    /// An amount of money (`$240 billion`); the unit is an ISO 4217 code.
    Money,
    /// A percentage (`3.2%`, `40 per cent`); the value is the number of percent.
    Percent,
    /// A calendar year (`in 2023`, `the 1990s`).
    Year,
    /// A rank or an ordinal (`75th anniversary`, `in its third year`).
    Ordinal,
    /// A length of time (`75 years`, `six months`).
    Duration,
    /// A superlative with no number (`a record`, `the highest`).
    Superlative,
    /// An unspecific number (`several`, `dozens of`, `thousands of`).
    VagueCount,
    /// A physical measurement (`5 km`, `1,500 tonnes`, the athlete's `1500m`); the unit
    /// is its usual symbol (`km`, `t`, `m`).
    Measure,
}

impl QuantityKind {
    /// The kind's name as it appears in the JSON output (`"vague_count"`).
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Count => "count",
            QuantityKind::Money => "money",
            QuantityKind::Percent => "percent",
            QuantityKind::Year => "year",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Duration => "duration",
            QuantityKind::Superlative => "superlative",
            QuantityKind::VagueCount => "vague_count",
            QuantityKind::Measure => "measure",
        }
    }
}

/// How a number is qualified when it is not given as exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approximation {
    /// `about`, `around`, `nearly`, `roughly`, `some`, `an estimated`.
    About,
    /// `more than`, `over`, `above`.
    MoreThan,
    /// `less than`, `fewer than`, `under`, `below`.
    LessThan,
    /// `at least`.
    AtLeast,
    /// `at most`, `up to`.
    AtMost,
}

/// A number or amount in the text, normalised.
///
/// ```
/// use reportage::{find_quantities, QuantityKind};
///
/// let text = "Trade reached a record $240 billion in 2023.";
/// let found = find_quantities(text);
/// let money = found.iter().find(|q| q.kind() == QuantityKind::Money).unwrap();
/// assert_eq!(money.span().text(text), "$240 billion");
/// assert_eq!(money.value(), Some(240e9));
/// assert_eq!(money.unit(), Some("USD"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    span: Span,
    value: Option<f64>,
    unit: Option<String>,
    kind: QuantityKind,
    approximation: Option<Approximation>,
}

impl Quantity {
    /// Where the quantity is, with its qualifier (`more than 2,000`), currency and
    /// scale; the counted noun is left out of the span and given by [`Quantity::unit`].
    pub fn span(&self) -> Span {
        self.span
    }

    /// The value: `2.4e11` for `$240 billion`, `3.2` for `3.2%`, `75` for `75th`;
    /// `None` for superlatives and vague counts.
    pub fn value(&self) -> Option<f64> {
        self.value
    }

    /// What is counted (`member states`), the currency's ISO 4217 code (`USD`),
    /// `percent`, or the unit of time (`years`).
    pub fn unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    /// What the quantity measures.
    pub fn kind(&self) -> QuantityKind {
        self.kind
    }

    /// The qualifier, when the number is not given as exact.
    pub fn approximation(&self) -> Option<Approximation> {
        self.approximation
    }

    /// Whether the number is qualified (`more than`, `about`) or vague (`several`).
    pub fn is_approximate(&self) -> bool {
        self.approximation.is_some() || self.kind == QuantityKind::VagueCount
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("value", &self.value.filter(|v| v.is_finite()))?;
        map.serialize_entry("unit", &self.unit)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("approximate", &self.is_approximate())?;
        map.serialize_entry("approximation", &self.approximation)?;
        map.end()
    }
}

/// Every quantity in `text`, in text order.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    find_in(text, Span::new(0, text.len()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumberWordKind {
    Cardinal,
    Ordinal,
    Scale,
}

static NUMBER_WORDS: Lazy<FastMap<Box<str>, (f64, NumberWordKind)>> = Lazy::new(|| {
    let mut map = FastMap::default();
    for line in include_str!("../../lexicons/number_words.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(word), Some(value), Some(kind)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let kind = match kind.trim() {
            "cardinal" => NumberWordKind::Cardinal,
            "ordinal" => NumberWordKind::Ordinal,
            "scale" => NumberWordKind::Scale,
            _ => continue,
        };
        if let Ok(value) = value.trim().parse::<f64>() {
            map.insert(word.trim().to_ascii_lowercase().into(), (value, kind));
        }
    }
    map
});

/// Currency markers: (marker, ISO code, is a prefix).
static CURRENCIES: Lazy<Vec<(String, String, bool)>> = Lazy::new(|| {
    include_str!("../../lexicons/currencies.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (m, c, p) = (f.next()?, f.next()?, f.next()?);
            Some((
                m.trim().to_string(),
                c.trim().to_string(),
                p.trim() == "prefix",
            ))
        })
        .collect()
});

fn currency(marker: &str, prefix: bool) -> Option<&'static str> {
    CURRENCIES
        .iter()
        .find(|(m, _, p)| *p == prefix && m.eq_ignore_ascii_case(marker))
        .map(|(_, c, _)| c.as_str())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PieceKind {
    Word,
    Number,
    Symbol,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Piece {
    kind: PieceKind,
    span: Span,
}

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩')
}

/// Splits `span` of `text` into words (letters and digits with inner hyphens and
/// apostrophes, starting with a letter), numbers (digits with inner `,` and `.`, and a
/// letter suffix such as `th` or `bn`), currency and percent symbols, and punctuation.
fn pieces(text: &str, span: Span) -> Vec<Piece> {
    let mut out = Vec::new();
    let Some(hay) = text.get(span.start..span.end) else {
        return out;
    };
    // The character at byte `i` of the stretch, if any; ASCII without decoding.
    let bytes = hay.as_bytes();
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => hay.get(i..).and_then(|r| r.chars().next()),
        None => None,
    };
    out.reserve(hay.len() / 4);
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let kind = if c.is_ascii_digit() {
            i += 1;
            while let Some(d) = at(i) {
                if d.is_ascii_digit() {
                    i += 1;
                } else if (d == ',' || d == '.') && at(i + 1).is_some_and(|n| n.is_ascii_digit()) {
                    i += 2;
                } else {
                    break;
                }
            }
            while let Some(d) = at(i).filter(|d| d.is_alphabetic()) {
                i += d.len_utf8();
            }
            PieceKind::Number
        } else if c.is_alphabetic() {
            i += c.len_utf8();
            while let Some(d) = at(i) {
                if d.is_alphanumeric() {
                    i += d.len_utf8();
                } else if let Some(n) = at(i + d.len_utf8())
                    .filter(|n| matches!(d, '-' | '\'' | '\u{2019}') && n.is_alphanumeric())
                {
                    i += d.len_utf8() + n.len_utf8();
                } else {
                    break;
                }
            }
            PieceKind::Word
        } else if is_currency_symbol(c) || c == '%' {
            i += c.len_utf8();
            PieceKind::Symbol
        } else {
            i += c.len_utf8();
            PieceKind::Punct
        };
        out.push(Piece {
            kind,
            span: Span::new(span.start + start, span.start + i),
        });
    }
    out
}

/// Words that end a counted noun phrase instead of belonging to it.
const STOP: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with",
    "than", "as", "that", "which", "who", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "will", "would", "it", "its", "their", "his", "her", "this", "these", "those", "per",
    "since", "ago", "before", "after", "while", "when", "but", "so", "more", "less", "over",
    "under", "about", "each", "every", "percent", "cent", "not", "no", "into", "last", "later",
    "earlier", "up", "down", "out", "there", "here", "then", "also", "only",
];

const TIME_UNITS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "century",
    "centuries",
];

/// Units of measurement, written out or as symbols, with the symbol they are given as.
const MEASURE_UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kms", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("mm", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("ft", "ft"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("inch", "in"),
    ("inches", "in"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("ton", "ton"),
    ("tons", "ton"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("litre", "l"),
    ("litres", "l"),
    ("liter", "l"),
    ("liters", "l"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("mph", "mph"),
    ("kph", "km/h"),
    ("kmh", "km/h"),
];

/// The symbol of a unit of measurement, written out or as a symbol (`kilometres`, `kg`).
fn measure_unit(word: &str) -> Option<&'static str> {
    MEASURE_UNITS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, symbol)| symbol)
}

/// Whether `w` looks like a plural common noun (`customers`, `soldiers`): what a number
/// before it counts.
fn is_plural_noun(w: &str) -> bool {
    w.ends_with('s') && w.starts_with(char::is_lowercase)
}

/// Distances run or swum in races (`the 1500m`, `the 100m final`).
const RACE_DISTANCES: &[f64] = &[
    50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0,
];

/// Words that make a number glued to `m` a distance of sport, not millions: `the 60m
/// hurdles`, `the 100m final`, `a 2.05m jump`.
const SPORT_WORDS: &[&str] = &[
    "hurdles",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "relay",
    "race",
    "final",
    "finals",
    "title",
    "champion",
    "champions",
    "championship",
    "record",
    "sprint",
    "heat",
    "heats",
    "gold",
    "silver",
    "bronze",
    "medal",
    "medallist",
    "medalist",
    "personal",
    "course",
    "event",
    "dash",
    "crown",
    "steeplechase",
    "individual",
    "semi-final",
    "semi-finals",
    "jump",
    "vault",
    "throw",
    "walk",
    "swim",
];

/// Words of money near a number glued to `m`: it counts millions (`a 100m deal`, `lost
/// 200m last year`), whatever else is near.
const MONEY_WORDS: &[&str] = &[
    "deal",
    "deals",
    "budget",
    "fee",
    "fees",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "loss",
    "losses",
    "sales",
    "bid",
    "fund",
    "funds",
    "debt",
    "debts",
    "cost",
    "costs",
    "year",
    "quarter",
    "takeover",
    "contract",
    "price",
    "income",
    "turnover",
    "investment",
    "spending",
    "bill",
    "rose",
    "fell",
    "raised",
    "worth",
    "valued",
    "paid",
    "spent",
    "lost",
    "earned",
    "owed",
    "saved",
    "invested",
    "borrowed",
    "sold",
    "bought",
];

/// Whether `1500m` at piece `i`, glued to a lower-case `m` with no currency before it,
/// is a distance in metres rather than millions. A word of money near it says millions.
/// Otherwise a word of sport follows (`the 60m hurdles`, `cleared 1.90m in the high
/// jump`), or it is a race's distance that counts nothing after it (`won the 800m.`,
/// not `100m euros` or `100m users`).
fn metres(text: &str, ps: &[Piece], i: usize, value: f64) -> bool {
    let near = |k: usize, words: &[&str]| word_is(text, ps.get(k), words);
    let money =
        (i.saturating_sub(3)..(i + 4).min(ps.len())).any(|k| k != i && near(k, MONEY_WORDS));
    if money {
        return false;
    }
    if (i + 1..(i + 5).min(ps.len())).any(|k| near(k, SPORT_WORDS)) {
        return true;
    }
    let next = ps.get(i + 1).filter(|n| n.kind == PieceKind::Word);
    let counts_something = next.is_some_and(|n| {
        let w = n.span.text(text);
        currency(w, false).is_some()
            || word_is(text, Some(n), &["of", "people", "a", "an"])
            || is_plural_noun(w)
    });
    RACE_DISTANCES.contains(&value) && !counts_something
}

const ORDINAL_NOUNS: &[&str] = &[
    "year",
    "anniversary",
    "month",
    "week",
    "day",
    "term",
    "round",
    "quarter",
    "decade",
    "century",
    "time",
    "place",
    "largest",
    "biggest",
    "consecutive",
    "straight",
];

const VAGUE: &[&str] = &[
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "numerous",
    "scores",
];

const SUPERLATIVES: &[&str] = &[
    "highest", "lowest", "largest", "biggest", "smallest", "fewest",
];

fn lower(text: &str, p: &Piece) -> String {
    p.span.text(text).to_lowercase()
}

/// Abbreviated month names, besides the full ones of [`crate::lexicon::MONTHS`].
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

fn word_is(text: &str, p: Option<&Piece>, words: &[&str]) -> bool {
    p.is_some_and(|p| {
        p.kind == PieceKind::Word
            && words
                .iter()
                .any(|w| p.span.text(text).eq_ignore_ascii_case(w))
    })
}

/// The value of a number piece (`2,000`, `1.5`, `75th`) and its letter suffix.
fn number_value(raw: &str) -> Option<(f64, &str)> {
    let digits_end = raw
        .char_indices()
        .find(|&(_, c)| c.is_alphabetic())
        .map_or(raw.len(), |(i, _)| i);
    let (digits, suffix) = raw.split_at(digits_end);
    let grouped = digits.contains(',');
    let clean: String = digits.chars().filter(|&c| c != ',').collect();
    if grouped && clean.matches('.').count() > 1 {
        return None;
    }
    // `1.234.567` groups thousands with dots.
    let clean = if clean.matches('.').count() > 1 {
        clean.replace('.', "")
    } else {
        clean
    };
    // A run of hundreds of digits is not a number anyone wrote to be read.
    let value = clean
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v < 1e18)?;
    Some((value, suffix))
}

fn spelled_value(word: &str) -> Option<(f64, NumberWordKind)> {
    if !WORD_SHAPES.admits(word) {
        return None;
    }
    spelled_lower(ascii_lower(word, &mut [0u8; 32])?)
}

/// The shapes of the words the parser knows (number words, vague counts,
/// superlatives, `record`, currency codes): for each pair of first letters, the lengths
/// that occur. Most words of a text fail this test, which costs far less than a
/// look-up.
struct WordShapes(Vec<u32>);

impl WordShapes {
    /// Where the shape of a word starting with `a`, `b` is kept; `b` is the second
    /// byte, if any.
    fn slot(a: u8, b: Option<u8>) -> Option<usize> {
        let a = a.to_ascii_lowercase();
        if !a.is_ascii_lowercase() {
            return None;
        }
        let b = match b.map(|b| b.to_ascii_lowercase()) {
            Some(b) if b.is_ascii_lowercase() => usize::from(b - b'a'),
            _ => 26,
        };
        Some(usize::from(a - b'a') * 27 + b)
    }

    fn add(&mut self, word: &str) {
        let b = word.as_bytes();
        if let (Some(slot), true) = (
            b.first()
                .and_then(|&a| WordShapes::slot(a, b.get(1).copied())),
            b.len() < 32,
        ) {
            self.0[slot] |= 1 << b.len();
        }
    }

    fn has(&self, word: &[u8]) -> bool {
        let slot = word
            .first()
            .and_then(|&a| WordShapes::slot(a, word.get(1).copied()));
        match slot {
            Some(slot) if word.len() < 32 => self.0[slot] & (1 << word.len()) != 0,
            _ => false,
        }
    }

    /// Whether `word` may be a known word, or a compound (`twenty-one`) whose first
    /// part may be.
    fn admits(&self, word: &str) -> bool {
        let b = word.as_bytes();
        self.has(b)
            || b.iter()
                .position(|&c| c == b'-')
                .is_some_and(|i| self.has(&b[..i]))
    }

    /// Whether `s` may hold a quantity: a digit, or a word of a known shape. Every
    /// quantity has one of them (a currency sign or `%` goes with a number), so a
    /// stretch without them is passed over in one cheap scan.
    fn may_hold_quantity(&self, s: &str) -> bool {
        let b = s.as_bytes();
        if b.iter().any(u8::is_ascii_digit) {
            return true;
        }
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_alphabetic() {
                let len = b[i..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(b.len() - i);
                if self.has(&b[i..i + len]) {
                    return true;
                }
                i += len;
            } else {
                i += 1;
            }
        }
        false
    }
}

static WORD_SHAPES: Lazy<WordShapes> = Lazy::new(|| {
    let mut shapes = WordShapes(vec![0; 26 * 27]);
    for w in NUMBER_WORDS.keys() {
        shapes.add(w);
    }
    let others = ["record", "usd", "eur", "gbp"];
    for w in VAGUE.iter().chain(SUPERLATIVES).chain(&others) {
        shapes.add(w);
    }
    shapes
});

/// `word` lower-cased into `buf`, when it is ASCII and fits: the words the quantity
/// parser knows are short and ASCII, and a copy on the stack costs no allocation.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let lowered = buf.get_mut(..word.len())?;
    if !word.is_ascii() {
        return None;
    }
    lowered.copy_from_slice(word.as_bytes());
    lowered.make_ascii_lowercase();
    core::str::from_utf8(lowered).ok()
}

/// [`spelled_value`] of a word already lower-cased.
fn spelled_lower(w: &str) -> Option<(f64, NumberWordKind)> {
    if let Some(&v) = NUMBER_WORDS.get(w) {
        return Some(v);
    }
    // `twenty-five`, `twenty-fifth`
    let (a, b) = w.split_once('-')?;
    let (tens, NumberWordKind::Cardinal) = *NUMBER_WORDS.get(a)? else {
        return None;
    };
    let (ones, kind) = *NUMBER_WORDS.get(b)?;
    (tens >= 20.0 && ones < 10.0 && kind != NumberWordKind::Scale).then_some((tens + ones, kind))
}

/// The qualifier that ends right before piece `i`, with the index of its first piece.
fn qualifier(text: &str, ps: &[Piece], i: usize) -> Option<(usize, Approximation)> {
    let w = |k: usize| -> String {
        i.checked_sub(k)
            .and_then(|j| ps.get(j))
            .filter(|p| p.kind == PieceKind::Word)
            .map(|p| lower(text, p))
            .unwrap_or_default()
    };
    let (one, two) = (w(1), w(2));
    let pair = match (two.as_str(), one.as_str()) {
        ("more" | "greater", "than") => Some(Approximation::MoreThan),
        ("less" | "fewer", "than") => Some(Approximation::LessThan),
        ("at", "least") => Some(Approximation::AtLeast),
        ("at", "most") | ("up", "to") => Some(Approximation::AtMost),
        ("close", "to") | ("an", "estimated") => Some(Approximation::About),
        _ => None,
    };
    if let Some(a) = pair {
        return Some((i - 2, a));
    }
    let single = match one.as_str() {
        "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "some"
        | "circa" | "estimated" | "approx" => Some(Approximation::About),
        "over" | "above" | "exceeding" => Some(Approximation::MoreThan),
        "under" | "below" => Some(Approximation::LessThan),
        _ => None,
    };
    single.map(|a| (i - 1, a))
}

/// The counted noun after piece `i`: up to three words, stopping at punctuation and at
/// function words.
fn unit_after(text: &str, ps: &[Piece], i: usize) -> Option<(usize, String)> {
    let mut words = Vec::new();
    let mut j = i;
    while j < ps.len() && words.len() < 3 {
        let p = &ps[j];
        if p.kind != PieceKind::Word || word_is(text, Some(p), STOP) {
            break;
        }
        let w = p.span.text(text);
        // A participle right after the number is the verb: `the two reached`.
        if words.is_empty() && w.len() > 4 && w.ends_with("ed") {
            break;
        }
        // A capitalised word after a lower-case one starts a name, not the noun.
        if !words.is_empty() && w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        words.push(w);
        j += 1;
        // A plural ends the noun phrase: `member states`, not `member states met`.
        if TIME_UNITS.iter().any(|t| w.eq_ignore_ascii_case(t)) || w.ends_with('s') {
            break;
        }
    }
    (!words.is_empty()).then(|| (j, words.join(" ")))
}

/// Every quantity in `span` of `text`, in text order.
pub(crate) fn find_in(text: &str, span: Span) -> Vec<Quantity> {
    let mut out = Vec::new();
    if !text
        .get(span.start..span.end)
        .is_some_and(|s| WORD_SHAPES.may_hold_quantity(s))
    {
        return out;
    }
    let ps = pieces(text, span);
    let mut i = 0;
    while i < ps.len() {
        match parse_at(text, &ps, i) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// A quantity that starts at piece `i`, with the index of the piece after it.
fn parse_at(text: &str, ps: &[Piece], i: usize) -> Option<(Quantity, usize)> {
    let p = ps[i];
    let raw = p.span.text(text);
    match p.kind {
        PieceKind::Symbol if is_currency_symbol(raw.chars().next()?) => {
            let code = currency(raw, true)?;
            let n = ps.get(i + 1).filter(|n| n.kind == PieceKind::Number)?;
            // `US$`: the letters glued to the symbol name the dollar.
            let code = match ps.get(i.wrapping_sub(1)) {
                Some(b) if i > 0 && b.span.end == p.span.start && b.kind == PieceKind::Word => {
                    currency(&format!("{}{raw}", b.span.text(text)), true).unwrap_or(code)
                }
                _ => code,
            };
            let (value, suffix) = number_value(n.span.text(text))?;
            let mut end = i + 2;
            let mut value = value * scale_suffix(suffix)?;
            if let Some(s) = scale_at(text, ps, end) {
                value *= s;
                end += 1;
            }
            Some(finish(
                text,
                ps,
                i,
                end,
                Some(value),
                Some(code.to_string()),
                QuantityKind::Money,
            ))
        }
        PieceKind::Word if raw.len() == 3 && word_is(text, Some(&p), &["USD", "EUR", "GBP"]) => {
            let n = ps.get(i + 1).filter(|n| n.kind == PieceKind::Number)?;
            let (value, suffix) = number_value(n.span.text(text))?;
            let mut value = value * scale_suffix(suffix)?;
            let mut end = i + 2;
            if let Some(s) = scale_at(text, ps, end) {
                value *= s;
                end += 1;
            }
            let code = raw.to_ascii_uppercase();
            Some(finish(
                text,
                ps,
                i,
                end,
                Some(value),
                Some(code),
                QuantityKind::Money,
            ))
        }
        PieceKind::Number => parse_number(text, ps, i),
        PieceKind::Word => parse_word(text, ps, i),
        _ => None,
    }
}

/// The multiplier of a letter suffix glued to a number (`5bn`, `3m`), `1` for none.
fn scale_suffix(suffix: &str) -> Option<f64> {
    match suffix.to_ascii_lowercase().as_str() {
        "" => Some(1.0),
        "k" => Some(1e3),
        "m" | "mn" => Some(1e6),
        "bn" | "b" => Some(1e9),
        "tn" | "trn" => Some(1e12),
        _ => None,
    }
}

/// The scale word at piece `i` (`million`), when there is one.
fn scale_at(text: &str, ps: &[Piece], i: usize) -> Option<f64> {
    let p = ps.get(i).filter(|p| p.kind == PieceKind::Word)?;
    match spelled_value(p.span.text(text))? {
        (v, NumberWordKind::Scale) => Some(v),
        _ => None,
    }
}

fn parse_number(text: &str, ps: &[Piece], i: usize) -> Option<(Quantity, usize)> {
    let p = ps[i];
    let raw = p.span.text(text);
    let (value, suffix) = number_value(raw)?;
    let suffix_l = suffix.to_ascii_lowercase();
    if matches!(suffix_l.as_str(), "st" | "nd" | "rd" | "th") {
        let unit = unit_after(text, ps, i + 1).map(|(_, u)| u);
        return Some(finish(
            text,
            ps,
            i,
            i + 1,
            Some(value),
            unit,
            QuantityKind::Ordinal,
        ));
    }
    if suffix_l == "s" && (1000.0..=2100.0).contains(&value) && raw.len() == 5 {
        return Some(finish(
            text,
            ps,
            i,
            i + 1,
            Some(value),
            None,
            QuantityKind::Year,
        ));
    }
    // `797p`, `56 pence`: pence are hundredths of a pound.
    let pence_word = word_is(text, ps.get(i + 1), &["pence", "penny"]);
    // `1080p`, `720p`: video resolutions, not pence.
    let resolution = matches!(
        value as u32,
        240 | 360 | 480 | 576 | 720 | 1080 | 1440 | 2160
    ) && value.fract() == 0.0;
    if (suffix_l == "p" && value < 10_000.0 && !resolution) || (suffix.is_empty() && pence_word) {
        let end = i + 1 + usize::from(pence_word);
        return Some(finish(
            text,
            ps,
            i,
            end,
            Some(value / 100.0),
            Some("GBP".into()),
            QuantityKind::Money,
        ));
    }
    // `5km`, `20kg`, and the athlete's `1500m`: a measurement.
    let glued_unit = measure_unit(suffix)
        .filter(|_| suffix != "m")
        .or_else(|| (suffix == "m" && metres(text, ps, i, value)).then_some("m"));
    if let Some(unit) = glued_unit {
        return Some(finish(
            text,
            ps,
            i,
            i + 1,
            Some(value),
            Some(unit.into()),
            QuantityKind::Measure,
        ));
    }
    let mut value = value * scale_suffix(suffix)?;
    let mut end = i + 1;
    let mut scaled = !suffix.is_empty();
    while let Some(s) = scale_at(text, ps, end) {
        value *= s;
        end += 1;
        scaled = true;
    }
    // `3.2%`, `40 percent`, `40 per cent`: how many pieces the percent sign takes.
    let next = ps.get(end);
    let percent = if next.is_some_and(|n| n.kind == PieceKind::Symbol && n.span.text(text) == "%")
        || word_is(text, next, &["percent", "pct"])
    {
        Some(1)
    } else if word_is(text, next, &["per"]) && word_is(text, ps.get(end + 1), &["cent"]) {
        Some(2)
    } else {
        None
    };
    if let Some(pieces) = percent {
        let q = finish(
            text,
            ps,
            i,
            end + pieces,
            Some(value),
            Some("percent".into()),
            QuantityKind::Percent,
        );
        return Some(q);
    }
    if let Some(code) = next
        .filter(|n| n.kind == PieceKind::Word)
        .and_then(|n| currency(n.span.text(text), false))
    {
        let q = finish(
            text,
            ps,
            i,
            end + 1,
            Some(value),
            Some(code.to_string()),
            QuantityKind::Money,
        );
        return Some(q);
    }
    let unit = unit_after(text, ps, end);
    let plain = !raw.contains([',', '.']) && raw.len() == 4 && !scaled;
    // Dates: `February 2023`, `March 3, 2024` give a year; the day of `March 3` and
    // `18 February` is no quantity.
    // A month's name; "May" only as written, as "may" is a verb.
    let month_at = |k: usize| {
        ps.get(k).is_some_and(|p| {
            let w = p.span.text(text);
            p.kind == PieceKind::Word
                && (w == "May"
                    || (!w.eq_ignore_ascii_case("may")
                        && (word_is(text, Some(p), &crate::lexicon::MONTHS)
                            || word_is(text, Some(p), MONTH_ABBREVIATIONS))))
        })
    };
    let after_month = i > 0 && month_at(i - 1);
    let after_date = i >= 3
        && ps[i - 1].span.text(text) == ","
        && ps[i - 2].kind == PieceKind::Number
        && month_at(i - 3);
    // `in 2023`, `March 3, 2024`, and `the 2022 Winter Olympics`: a name after a year is
    // an event, not what is counted.
    let named = unit
        .as_ref()
        .is_some_and(|(_, u)| u.starts_with(char::is_uppercase));
    if plain
        && (1000.0..=2100.0).contains(&value)
        && (after_month || after_date || unit.is_none() || named)
    {
        return Some(finish(
            text,
            ps,
            i,
            end,
            Some(value),
            None,
            QuantityKind::Year,
        ));
    }
    // ("Since March 20 soldiers have died": a plural noun after it makes it a count.)
    let counted_noun = unit.as_ref().is_some_and(|(_, u)| is_plural_noun(u));
    if !scaled && value < 32.0 && (month_at(end) || (after_month && !counted_noun)) {
        return None;
    }
    // "Kevin Spacey, 45, wrote": an age set off by commas after a name.
    let age = !scaled
        && value.fract() == 0.0
        && value < 120.0
        && i >= 2
        && ps[i - 1].span.text(text) == ","
        && ps[i - 2].kind == PieceKind::Word
        && ps[i - 2].span.text(text).starts_with(char::is_uppercase)
        && ps.get(end).is_some_and(|p| p.span.text(text) == ",");
    if age {
        return None;
    }
    Some(counted(text, ps, i, end, value, unit))
}

/// A count, or a duration when the counted noun is a unit of time.
fn counted(
    text: &str,
    ps: &[Piece],
    i: usize,
    end: usize,
    value: f64,
    unit: Option<(usize, String)>,
) -> (Quantity, usize) {
    // `5 km`, `1.5 million tonnes of grain`: the unit is the first word after it.
    let measure = unit
        .as_ref()
        .and_then(|(_, u)| u.split(' ').next().and_then(measure_unit));
    if let Some(symbol) = measure {
        return finish(
            text,
            ps,
            i,
            end + 1,
            Some(value),
            Some(symbol.into()),
            QuantityKind::Measure,
        );
    }
    match unit {
        Some((after, u)) if TIME_UNITS.iter().any(|t| u.eq_ignore_ascii_case(t)) => finish(
            text,
            ps,
            i,
            after,
            Some(value),
            Some(u.to_lowercase()),
            QuantityKind::Duration,
        ),
        Some((_, u)) => finish(text, ps, i, end, Some(value), Some(u), QuantityKind::Count),
        None => finish(text, ps, i, end, Some(value), None, QuantityKind::Count),
    }
}

fn parse_word(text: &str, ps: &[Piece], i: usize) -> Option<(Quantity, usize)> {
    let p = ps[i];
    let raw = p.span.text(text);
    if !WORD_SHAPES.admits(raw) {
        return None;
    }
    // Every word the parser knows is ASCII and short.
    let mut buf = [0u8; 32];
    let low = ascii_lower(raw, &mut buf)?;
    let is = |w: &str| low == w;
    if VAGUE.contains(&low) {
        let mut after = i + 1;
        if word_is(text, ps.get(after), &["of"]) {
            after += 1;
        }
        let unit = unit_after(text, ps, after).map(|(_, u)| u);
        return Some(finish(
            text,
            ps,
            i,
            i + 1,
            None,
            unit,
            QuantityKind::VagueCount,
        ));
    }
    if is("record") {
        let before = i.checked_sub(1).and_then(|j| ps.get(j));
        let after = ps.get(i + 1);
        let adjectival = (word_is(text, before, &["a", "new", "all-time"])
            && !word_is(text, after, &["of", "shows", "show"]))
            || word_is(
                text,
                after,
                &[
                    "high", "highs", "low", "lows", "number", "numbers", "level", "levels",
                    "amount", "year", "turnout",
                ],
            )
            || after.is_some_and(|a| matches!(a.kind, PieceKind::Number | PieceKind::Symbol));
        return adjectival
            .then(|| finish(text, ps, i, i + 1, None, None, QuantityKind::Superlative));
    }
    if SUPERLATIVES.contains(&low) {
        return Some(finish(
            text,
            ps,
            i,
            i + 1,
            None,
            None,
            QuantityKind::Superlative,
        ));
    }
    let (first, kind) = spelled_lower(low)?;
    match kind {
        NumberWordKind::Ordinal => {
            // Spelled ordinals are counted only before a noun of time or rank: `in its
            // third year`, not `the first step`.
            let noun = ps
                .get(i + 1)
                .filter(|n| word_is(text, Some(n), ORDINAL_NOUNS))?;
            let unit = noun.span.text(text).to_lowercase();
            Some(finish(
                text,
                ps,
                i,
                i + 2,
                Some(first),
                Some(unit),
                QuantityKind::Ordinal,
            ))
        }
        NumberWordKind::Scale => None,
        NumberWordKind::Cardinal => {
            // `twenty`, `two hundred and fifty`, `three million`
            let mut total = 0.0;
            let mut current = first;
            let mut end = i + 1;
            loop {
                let mut j = end;
                if word_is(text, ps.get(j), &["and"]) {
                    j += 1;
                }
                let Some(next) = ps.get(j).filter(|n| n.kind == PieceKind::Word) else {
                    break;
                };
                match spelled_value(next.span.text(text)) {
                    Some((v, NumberWordKind::Scale)) if j == end => {
                        current *= v;
                        if v >= 1000.0 {
                            total += current;
                            current = 0.0;
                        }
                    }
                    Some((v, NumberWordKind::Cardinal)) if j > end || current >= 100.0 => {
                        current += v;
                    }
                    _ => break,
                }
                end = j + 1;
            }
            let value = total + current;
            // `one` alone is a pronoun or an article as often as a number.
            if end == i + 1 && (is("one") || is("zero")) {
                return None;
            }
            let unit = unit_after(text, ps, end);
            // `the Six Nations`: a capitalised number word inside a sentence, before a
            // capitalised word, is part of a name and counts nothing (`Three Americans`
            // opening a sentence, `two Britons`, still count).
            let inside = i > 0 && ps[i - 1].kind == PieceKind::Word;
            if inside
                && raw.starts_with(char::is_uppercase)
                && unit
                    .as_ref()
                    .is_some_and(|(_, u)| u.starts_with(char::is_uppercase))
            {
                return None;
            }
            Some(counted(text, ps, i, end, value, unit))
        }
    }
}

/// Builds the quantity over pieces `i..end`, with the qualifier before it.
fn finish(
    text: &str,
    ps: &[Piece],
    i: usize,
    end: usize,
    value: Option<f64>,
    unit: Option<String>,
    kind: QuantityKind,
) -> (Quantity, usize) {
    let end = end.clamp(i + 1, ps.len());
    let qualified = match kind {
        QuantityKind::Count
        | QuantityKind::Money
        | QuantityKind::Percent
        | QuantityKind::Duration
        | QuantityKind::Measure => qualifier(text, ps, i),
        _ => None,
    };
    let start = qualified.map_or(i, |(s, _)| s);
    let span = Span::new(ps[start].span.start, ps[end - 1].span.end);
    let q = Quantity {
        span,
        value,
        unit,
        kind,
        approximation: qualified.map(|(_, a)| a),
    };
    (q, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_admit_every_known_word() {
        let others = ["record", "USD", "Eur", "gbp", "twenty-one", "Thirty-Third"];
        let known = NUMBER_WORDS
            .keys()
            .map(|k| k.to_string())
            .chain(VAGUE.iter().chain(SUPERLATIVES).map(|w| w.to_string()))
            .chain(others.iter().map(|w| w.to_string()));
        for word in known {
            let upper = word.to_ascii_uppercase();
            for w in [word.as_str(), upper.as_str()] {
                assert!(WORD_SHAPES.admits(w), "{w}");
                let line = format!("so {w}, then");
                assert!(WORD_SHAPES.may_hold_quantity(&line), "{line}");
            }
        }
        assert!(!WORD_SHAPES.may_hold_quantity("the cat sat on the mat"));
        assert!(WORD_SHAPES.may_hold_quantity("room 9"));
        assert!(find_quantities("the cat sat on the mat").is_empty());
    }

    fn one(text: &str) -> Quantity {
        let found = find_quantities(text);
        assert!(!found.is_empty(), "nothing found in {text:?}");
        found[0].clone()
    }

    #[test]
    fn table() {
        use Approximation as A;
        use QuantityKind as K;
        #[rustfmt::skip]
        type Case = (&'static str, &'static str, Option<f64>, Option<&'static str>, K, Option<A>);
        let cases: &[Case] = &[
            (
                "a deal worth $240 billion in 2031",
                "$240 billion",
                Some(240e9),
                Some("USD"),
                K::Money,
                None,
            ),
            (
                "the 32 member states met",
                "32",
                Some(32.0),
                Some("member states"),
                K::Count,
                None,
            ),
            (
                "its 75th anniversary",
                "75th",
                Some(75.0),
                Some("anniversary"),
                K::Ordinal,
                None,
            ),
            (
                "the dispute, now in its third year, goes on",
                "third year",
                Some(3.0),
                Some("year"),
                K::Ordinal,
                None,
            ),
            (
                "exports hit a record last spring",
                "record",
                None,
                None,
                K::Superlative,
                None,
            ),
            (
                "more than 2,000 workers marched",
                "more than 2,000",
                Some(2000.0),
                Some("workers"),
                K::Count,
                Some(A::MoreThan),
            ),
            (
                "1.5 million visitors came",
                "1.5 million",
                Some(1.5e6),
                Some("visitors"),
                K::Count,
                None,
            ),
            (
                "prices rose 3.2% last year",
                "3.2%",
                Some(3.2),
                Some("percent"),
                K::Percent,
                None,
            ),
            (
                "twenty-five ferries sailed",
                "twenty-five",
                Some(25.0),
                Some("ferries"),
                K::Count,
                None,
            ),
            (
                "two hundred and fifty boats",
                "two hundred and fifty",
                Some(250.0),
                Some("boats"),
                K::Count,
                None,
            ),
            (
                "three million tonnes of grain",
                "three million tonnes",
                Some(3e6),
                Some("t"),
                K::Measure,
                None,
            ),
            (
                "she won the 1500m in Rome",
                "1500m",
                Some(1500.0),
                Some("m"),
                K::Measure,
                None,
            ),
            (
                "the women's 60m hurdles",
                "60m",
                Some(60.0),
                Some("m"),
                K::Measure,
                None,
            ),
            (
                "she cleared 1.90m in the high jump",
                "1.90m",
                Some(1.9),
                Some("m"),
                K::Measure,
                None,
            ),
            (
                "the firm has 14m customers",
                "14m",
                Some(14e6),
                Some("customers"),
                K::Count,
                None,
            ),
            (
                "the firm lost 200m last year",
                "200m",
                Some(200e6),
                None,
                K::Count,
                None,
            ),
            (
                "a 100m deal",
                "100m",
                Some(100e6),
                Some("deal"),
                K::Count,
                None,
            ),
            (
                "paid a 50m fee",
                "50m",
                Some(50e6),
                Some("fee"),
                K::Count,
                None,
            ),
            (
                "it reaches 100m people",
                "100m",
                Some(100e6),
                Some("people"),
                K::Count,
                None,
            ),
            (
                "a loss of 100m euros",
                "100m euros",
                Some(100e6),
                Some("EUR"),
                K::Money,
                None,
            ),
            ("a 5km run", "5km", Some(5.0), Some("km"), K::Measure, None),
            (
                "they walked 12 miles home",
                "12 miles",
                Some(12.0),
                Some("mi"),
                K::Measure,
                None,
            ),
            (
                "about 20 kilograms of rice",
                "about 20 kilograms",
                Some(20.0),
                Some("kg"),
                K::Measure,
                Some(A::About),
            ),
            (
                "it was founded in 1949.",
                "1949",
                Some(1949.0),
                None,
                K::Year,
                None,
            ),
            (
                "it turns 75 years old",
                "75 years",
                Some(75.0),
                Some("years"),
                K::Duration,
                None,
            ),
            (
                "several firms were fined",
                "several",
                None,
                Some("firms"),
                K::VagueCount,
                None,
            ),
            (
                "about 40 per cent of voters",
                "about 40 per cent",
                Some(40.0),
                Some("percent"),
                K::Percent,
                Some(A::About),
            ),
            (
                "a fine of €3.5m was paid",
                "€3.5m",
                Some(3.5e6),
                Some("EUR"),
                K::Money,
                None,
            ),
            (
                "shares fell to 797p",
                "797p",
                Some(7.97),
                Some("GBP"),
                K::Money,
                None,
            ),
            (
                "a rise of 56 pence a litre",
                "56 pence",
                Some(0.56),
                Some("GBP"),
                K::Money,
                None,
            ),
            (
                "a loan of 20.7 kronor",
                "20.7 kronor",
                Some(20.7),
                Some("SEK"),
                K::Money,
                None,
            ),
            (
                "and two Britons were among them",
                "two",
                Some(2.0),
                Some("Britons"),
                K::Count,
                None,
            ),
            (
                "since March 20 soldiers died",
                "20",
                Some(20.0),
                Some("soldiers"),
                K::Count,
                None,
            ),
            (
                "on March 3, 2024 at noon",
                "2024",
                Some(2024.0),
                None,
                K::Year,
                None,
            ),
            (
                "they paid 500 euros each",
                "500 euros",
                Some(500.0),
                Some("EUR"),
                K::Money,
                None,
            ),
            (
                "up to 12 vessels",
                "up to 12",
                Some(12.0),
                Some("vessels"),
                K::Count,
                Some(A::AtMost),
            ),
            (
                "back in the 1990s it grew",
                "1990s",
                Some(1990.0),
                None,
                K::Year,
                None,
            ),
            (
                "US$5 billion in aid",
                "$5 billion",
                Some(5e9),
                Some("USD"),
                K::Money,
                None,
            ),
        ];
        for &(text, span, value, unit, kind, approx) in cases {
            let q = one(text);
            assert_eq!(q.span().text(text), span, "span in {text:?}");
            assert_eq!(q.kind(), kind, "kind in {text:?}");
            assert_eq!(q.unit(), unit, "unit in {text:?}");
            assert_eq!(q.approximation(), approx, "approximation in {text:?}");
            match (q.value(), value) {
                (Some(a), Some(b)) => assert!(
                    (a - b).abs() < 1e-6 * b.abs().max(1.0),
                    "value {a} for {b} in {text:?}"
                ),
                (a, b) => assert_eq!(a, b, "value in {text:?}"),
            }
        }
    }

    #[test]
    fn not_quantities() {
        let digits = "9".repeat(400);
        for text in [
            "one of them left",
            "the first step",
            "the G7 met",
            "COVID-19 spread",
            "a record of the talks",
            "on 18 February they met",
            "on February 18 they met",
            "Ann Lee, 45, left the board",
            "a 1080p video",
            "before the Six Nations began",
            digits.as_str(),
        ] {
            assert!(
                find_quantities(text).is_empty(),
                "{text:?}: {:?}",
                find_quantities(text)
            );
        }
    }

    #[test]
    fn several_in_one_text() {
        let text = "Trade between the two ports reached a record $240 billion in 2023.";
        let kinds: Vec<_> = find_quantities(text).iter().map(|q| q.kind()).collect();
        assert_eq!(
            kinds,
            [
                QuantityKind::Count,
                QuantityKind::Superlative,
                QuantityKind::Money,
                QuantityKind::Year
            ]
        );
    }
}
