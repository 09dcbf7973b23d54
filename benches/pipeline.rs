//! Whole-article benchmarks: each layer over sample articles and the news corpus beside
//! the project (when present), and adversarial inputs that would expose super-linear
//! time. Every group reports bytes per second.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use reportage::Article;

const SAMPLES: [(&str, &str); 2] = [
    (
        "harbour-accord",
        include_str!("../examples/data/harbour-accord.txt"),
    ),
    (
        "river-council",
        include_str!("../examples/data/river-council.txt"),
    ),
];

/// The texts of the news corpus beside the project, if it is there.
fn corpus() -> Option<Vec<String>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc.jsonl");
    let data = std::fs::read_to_string(path).ok()?;
    let texts = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    Some(texts)
}

fn layers(c: &mut Criterion) {
    let mut group = c.benchmark_group("layers");
    for (name, text) in SAMPLES {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("structure", name), text, |b, t| {
            b.iter(|| Article::parse(black_box(t)).structure().blocks().len())
        });
        group.bench_with_input(BenchmarkId::new("tokens", name), text, |b, t| {
            b.iter(|| Article::parse(black_box(t)).tokens().len())
        });
        group.bench_with_input(BenchmarkId::new("sentences", name), text, |b, t| {
            b.iter(|| Article::parse(black_box(t)).sentences().len())
        });
        group.bench_with_input(BenchmarkId::new("analysis", name), text, |b, t| {
            b.iter(|| {
                let article = Article::parse(black_box(t));
                (
                    article.claims().len(),
                    article.quotes().len(),
                    article.entities().len(),
                )
            })
        });
    }
    group.finish();
}

fn news_corpus(c: &mut Criterion) {
    let Some(texts) = corpus() else { return };
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("structure+tokens+sentences", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    let article = Article::parse(t);
                    article.tokens().len() + article.sentences().len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("analysis", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    let article = Article::parse(t);
                    article.claims().len() + article.quotes().len() + article.mentions().len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Inputs built to hurt: the time per byte must stay within a small factor of ordinary
/// news text (the `news` row, the sample article repeated to the same size).
fn adversarial(c: &mut Criterion) {
    const SIZE: usize = 1 << 20;
    let news = SAMPLES[0].1.repeat(SIZE / SAMPLES[0].1.len() + 1);
    let inputs = [
        ("news", news),
        ("one-line-no-spaces", "x".repeat(SIZE)),
        ("quote-marks", "“\"”'‘’«»".repeat(SIZE / 16)),
        ("one-char-lines", "a\n".repeat(10_000)),
        ("terminators", ". ".repeat(SIZE / 2)),
        ("abbreviations", "Mr. U.S. J. ".repeat(SIZE / 12)),
        // One sentence of many attributions, each with an aside in brackets.
        (
            "attributions",
            "“We win,” said Mr. Lee (a view shared by all), ".repeat(SIZE / 52),
        ),
        // Inverted speakers with a stray mark and a phrase of time, in one sentence.
        ("inverted", "x ’ said Ana Ruiz today ".repeat(SIZE / 26)),
        // One sentence of many cues whose subjects are plain phrases: the subject search
        // once looked back to the sentence's start from each of them.
        ("subjects", "Ruiz expects them to ".repeat(SIZE / 21)),
        // One sentence of many reports of one speaker named far back, each a claim read
        // with its speaker; and coordinated verbs whose subject is looked for.
        (
            "far-speakers",
            "Citing reports that he lied, Trump said ".repeat(SIZE / 40),
        ),
        (
            "coordinated",
            "Aides say Ruiz stayed and said ".repeat(SIZE / 31),
        ),
        // Many quotations no one is named for, after a narrated sentence.
        (
            "leftovers",
            format!(
                "“It was hard,” said Nadal. He smiled and left. {}",
                "“alpha beta gamma delta epsilon zeta” ".repeat(SIZE / 40)
            ),
        ),
    ];
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("foundation", name), text, |b, t| {
            b.iter(|| {
                let article = Article::parse(black_box(t));
                article.tokens().len() + article.sentences().len()
            })
        });
        group.bench_with_input(BenchmarkId::new("analysis", name), text, |b, t| {
            b.iter(|| {
                let article = Article::parse(black_box(t));
                article.claims().len() + article.quotes().len() + article.mentions().len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, layers, news_corpus, adversarial);
criterion_main!(benches);
