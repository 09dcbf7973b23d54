//! The gazetteer's matching core.
//!
//! * `matching/*`: the default gazetteer over news text (the sample articles in
//!   `benches/texts/`, and the BBC corpus under `../shared/corpus/` when it is there),
//!   read as MB/s; beside it a raw Aho-Corasick search of the same forms over the same
//!   text, once built with the library's defaults and once with the same automaton kind
//!   as the gazetteer, so that the cost of word boundaries, the case policy and the
//!   context rules reads as a ratio;
//! * `build/default`: parsing the embedded table and compiling the default gazetteer;
//! * `custom_10k/*`: building and searching a gazetteer of 10,000 entries.
//!
//! Run with `cargo bench --bench matching`.

use std::hint::black_box;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reportage::{Alias, Entity, EntityKind, Gazetteer, MentionKind};

const SAMPLES: [&str; 3] = [
    include_str!("texts/summit.txt"),
    include_str!("texts/energy.txt"),
    include_str!("texts/elections.txt"),
];

const DEFAULT_TABLE: &str = include_str!("../data/gazetteer.tsv");

/// At most this much of the BBC corpus, so that a run stays short.
const CORPUS_BYTES: usize = 2_000_000;

/// The bodies of the BBC corpus, joined by blank lines, when the file is at hand.
fn corpus() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc.jsonl");
    let raw = std::fs::read_to_string(path).ok()?;
    let mut out = String::new();
    for line in raw.lines() {
        let Ok(serde_json::Value::Object(row)) = serde_json::from_str(line) else {
            continue;
        };
        if let Some(serde_json::Value::String(text)) = row.get("text") {
            out.push_str(text);
            out.push_str("\n\n");
        }
        if out.len() >= CORPUS_BYTES {
            break;
        }
    }
    Some(out)
}

fn raw(forms: &[&str], kind: Option<AhoCorasickKind>) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(kind)
        .build(forms)
        .expect("the forms compile")
}

fn matching(c: &mut Criterion) {
    let gazetteer = Gazetteer::default_shared();
    let forms: Vec<&str> = gazetteer.search_forms().collect();
    let raw_default = raw(&forms, None);
    let raw_dfa = raw(&forms, Some(AhoCorasickKind::DFA));
    let mut texts = vec![("samples", SAMPLES.join("\n\n"))];
    if let Some(corpus) = corpus() {
        texts.push(("bbc", corpus));
    }
    let mut group = c.benchmark_group("matching");
    for (name, text) in &texts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{name}/gazetteer"), |b| {
            b.iter(|| black_box(gazetteer.find(black_box(text))).len())
        });
        group.bench_function(format!("{name}/raw_aho_corasick_default"), |b| {
            b.iter(|| raw_default.find_iter(black_box(text.as_str())).count())
        });
        group.bench_function(format!("{name}/raw_aho_corasick_dfa"), |b| {
            b.iter(|| raw_dfa.find_iter(black_box(text.as_str())).count())
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(20);
    group.bench_function("default", |b| {
        b.iter(|| {
            Gazetteer::builder()
                .add_tsv(black_box(DEFAULT_TABLE).as_bytes())
                .and_then(|b| b.build())
                .expect("the default table builds")
        })
    });
    group.finish();
}

/// 10,000 invented companies, each with a name, an acronym and a short form.
fn ten_thousand() -> Vec<Entity> {
    const FIRST: [&str; 20] = [
        "Amber",
        "Basalt",
        "Cedar",
        "Delta",
        "Ember",
        "Fjord",
        "Granite",
        "Harbour",
        "Iris",
        "Juniper",
        "Kestrel",
        "Lumen",
        "Meridian",
        "Nimbus",
        "Onyx",
        "Pinnacle",
        "Quartz",
        "Riverside",
        "Summit",
        "Tidewater",
    ];
    const SECOND: [&str; 25] = [
        "Analytics",
        "Biotech",
        "Capital",
        "Dynamics",
        "Energy",
        "Foods",
        "Genomics",
        "Holdings",
        "Industries",
        "Junction",
        "Kinetics",
        "Logistics",
        "Minerals",
        "Networks",
        "Optics",
        "Partners",
        "Quarries",
        "Robotics",
        "Shipping",
        "Textiles",
        "Utilities",
        "Ventures",
        "Works",
        "Yards",
        "Zinc",
    ];
    (0..10_000)
        .map(|i| {
            let name = format!(
                "{} {} {}",
                FIRST[i % 20],
                SECOND[(i / 20) % 25],
                ["Group", "Limited", "Company", "Trust"][(i / 500) % 4]
            );
            let short = format!("{} {} No {}", FIRST[i % 20], SECOND[(i / 20) % 25], i);
            Entity::new(format!("CO{i:05}"), EntityKind::Organisation, name)
                .with_alias(Alias::new(format!("ACQ{i:05}"), MentionKind::Acronym))
                .with_alias(Alias::new(short, MentionKind::Alias))
        })
        .collect()
}

fn custom(c: &mut Criterion) {
    let entities = ten_thousand();
    let build = || {
        let mut b = Gazetteer::builder();
        for e in &entities {
            b.add(e.clone());
        }
        b.build().expect("the custom gazetteer builds")
    };
    let mut group = c.benchmark_group("custom_10k");
    group.sample_size(10);
    group.bench_function("build", |b| b.iter(build));
    let gazetteer = build();
    let mut text = SAMPLES.join("\n\n");
    text.push_str(
        "\n\nShares in Cedar Logistics Group rose after ACQ00042 and Quartz Robotics No 417 \
         agreed a merger; Ember Energy Trust fell.\n",
    );
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find", |b| {
        b.iter(|| black_box(gazetteer.find(black_box(&text))).len())
    });
    group.finish();
}

criterion_group!(benches, matching, build, custom);
criterion_main!(benches);
