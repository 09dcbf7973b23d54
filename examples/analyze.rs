//! The crate's command line: reads an article and reports what `reportage` finds.
//!
//! ```text
//! analyze FILE            a readable report (FILE may be - for standard input)
//! analyze --json FILE     the analysis as JSON
//! analyze --jsonl         {"id": ..., "text": ...} lines on standard input,
//!                         one analysis per line on standard output
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::panic::AssertUnwindSafe;
use std::process::ExitCode;

use reportage::{Analyzer, Article, BlockKind};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: analyze [--json] FILE|-\n       analyze --jsonl < lines.jsonl";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut json = false;
    let mut jsonl = false;
    let mut file = None;
    for arg in &args {
        match arg.as_str() {
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            a if a.starts_with("--") => return usage_error(&format!("unknown option {a}")),
            a => {
                if file.replace(a.to_string()).is_some() {
                    return usage_error("more than one FILE given");
                }
            }
        }
    }
    if jsonl {
        if file.is_some() || json {
            return usage_error("--jsonl reads standard input and takes no FILE or --json");
        }
        return run_jsonl();
    }
    let Some(file) = file else {
        return usage_error("no FILE given");
    };
    let text = match read_text(&file) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("analyze: {message}");
            return ExitCode::FAILURE;
        }
    };
    let article = Article::parse(&text);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if json {
        let mut buffer = serde_json::to_vec_pretty(&article.analysis()).map_err(io::Error::other);
        buffer.as_mut().map(|b| b.push(b'\n')).ok();
        buffer.and_then(|b| out.write_all(&b))
    } else {
        report(&mut out, &article)
    };
    match written.and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("analyze: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("analyze: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn read_text(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(file).map(|b| bytes = b)
    };
    let name = if file == "-" { "standard input" } else { file };
    read.map_err(|e| format!("cannot read {name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// One output line: the input's id, then the analysis.
#[derive(Serialize)]
struct Row<'x, A: Serialize> {
    id: &'x Value,
    #[serde(flatten)]
    analysis: A,
}

#[derive(Serialize)]
struct Failure<'x> {
    id: &'x Value,
    error: String,
}

/// How many input lines are read before they are analysed together, one share per core.
const BATCH: usize = 512;

fn run_jsonl() -> ExitCode {
    let analyzer = Analyzer::default();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut number = 0usize;
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
    let mut finished = false;
    while !finished {
        batch.clear();
        while batch.len() < BATCH {
            let mut line = Vec::new();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => {
                    finished = true;
                    break;
                }
                Ok(_) => {
                    number += 1;
                    if !line.iter().all(u8::is_ascii_whitespace) {
                        batch.push((number, line));
                    }
                }
                Err(e) => {
                    eprintln!("analyze: cannot read standard input: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        // Analyse the batch on every core, each thread a contiguous share, so that the
        // rows come back in input order.
        let share = batch.len().div_ceil(threads).max(1);
        let rows: Vec<Vec<(Vec<u8>, Option<String>)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = batch
                .chunks(share)
                .map(|chunk| {
                    scope.spawn(|| {
                        chunk
                            .iter()
                            .map(|(n, line)| analyse_line(&analyzer, *n, line))
                            .collect()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        for (row, error) in rows.into_iter().flatten() {
            if let Some(message) = error {
                failed += 1;
                eprintln!("analyze: {message}");
            }
            if let Err(e) = out.write_all(&row) {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
                eprintln!("analyze: cannot write the output: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("analyze: cannot write the output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed > 0 {
        eprintln!("analyze: {failed} line(s) failed");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// One output row (with its line end) for input line `number`, and the message to report
/// when the line could not be read.
fn analyse_line(analyzer: &Analyzer, number: usize, line: &[u8]) -> (Vec<u8>, Option<String>) {
    let (mut row, error) = match parse_line(line) {
        Ok((id, text)) => {
            // A bug in the library must cost one line, not the batch: the line gets an
            // error row and the run goes on.
            let analysed = std::panic::catch_unwind(AssertUnwindSafe(|| {
                let article = analyzer.parse(&text);
                serde_json::to_vec(&Row {
                    id: &id,
                    analysis: article.analysis(),
                })
            }));
            match analysed {
                Ok(Ok(row)) => (row, None),
                Ok(Err(e)) => failure(&id, number, format!("cannot serialise the analysis: {e}")),
                Err(_) => failure(
                    &id,
                    number,
                    "internal error: the analysis panicked".to_string(),
                ),
            }
        }
        Err((id, error)) => failure(&id, number, error),
    };
    row.push(b'\n');
    (row, error)
}

fn failure(id: &Value, number: usize, error: String) -> (Vec<u8>, Option<String>) {
    let message = format!("line {number}: {error}");
    let row = serde_json::to_vec(&Failure { id, error })
        .unwrap_or_else(|_| b"{\"id\":null,\"error\":\"unprintable\"}".to_vec());
    (row, Some(message))
}

/// The id and text of one input line, or the id (null when unknown) and the reason.
fn parse_line(line: &[u8]) -> Result<(Value, String), (Value, String)> {
    let value: Value = serde_json::from_slice(line)
        .map_err(|e| (Value::Null, format!("not a JSON object: {e}")))?;
    let Value::Object(mut object) = value else {
        return Err((Value::Null, "not a JSON object".to_string()));
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    match object.remove("text") {
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" is not a string".to_string())),
        None => Err((id, "no \"text\" field".to_string())),
    }
}

fn report(out: &mut impl Write, article: &Article<'_>) -> io::Result<()> {
    let text = article.text();
    let structure = article.structure();
    writeln!(out, "Title:    {}", article.title().unwrap_or("(none)"))?;
    writeln!(out, "Byline:   {}", article.byline().unwrap_or("(none)"))?;
    writeln!(
        out,
        "Blocks:   {} ({} paragraphs), {} sentences, {} tokens",
        structure.blocks().len(),
        article.paragraphs().count(),
        article.sentences().len(),
        article.tokens().len()
    )?;
    writeln!(out, "\n== Structure")?;
    for block in structure.blocks() {
        if block.kind() == BlockKind::Paragraph {
            continue;
        }
        writeln!(
            out,
            "{:<12} {}",
            block.kind().as_str(),
            clip(block.span().text(text), 90)
        )?;
    }
    report_entities(out, article)?;
    report_quotes(out, article)?;
    report_claims(out, article)?;
    Ok(())
}

/// Mentions and entities (the gazetteer layer).
fn report_entities(out: &mut impl Write, article: &Article<'_>) -> io::Result<()> {
    let text = article.text();
    writeln!(out, "\n== Entities: {}", article.entities().len())?;
    for e in article.entities() {
        let entity = e.entity();
        writeln!(
            out,
            "{:>3}x {:<22} {:<26} {:<10} {}",
            e.count(),
            entity.id(),
            entity.kind().as_str(),
            entity.wikidata().unwrap_or("-"),
            entity.name()
        )?;
    }
    writeln!(out, "\n== Mentions: {}", article.mentions().len())?;
    for m in article.mentions() {
        let span = m.span();
        writeln!(
            out,
            "{:>6}..{:<6} {:<24} {:<8} {}",
            span.start,
            span.end,
            clip(span.text(text), 24),
            m.kind().as_str(),
            m.entity().id()
        )?;
    }
    Ok(())
}

/// People and who said what.
fn report_quotes(out: &mut impl Write, article: &Article<'_>) -> io::Result<()> {
    let text = article.text();
    writeln!(out, "\n== People: {}", article.people().len())?;
    for person in article.people() {
        let gender = match person.gender() {
            Some(reportage::Gender::Female) => ", female",
            Some(reportage::Gender::Male) => ", male",
            _ => "",
        };
        writeln!(
            out,
            "{} ({} mentions{gender})",
            person.name(),
            person.mentions().len()
        )?;
    }
    writeln!(out, "\n== Quotes: {}", article.quotes().len())?;
    // "speaker — cue — content", after `lead`.
    let line = |out: &mut dyn Write, lead: &str, quote: &reportage::Quote| {
        let speaker = quote.speaker().map_or("(unknown)", |s| s.name());
        let cue = quote.cue().map_or("-", |c| c.text(text));
        let pieces: Vec<&str> = quote.segments().iter().map(|s| s.text(text)).collect();
        let content = clip(&pieces.join(" … "), 120 - lead.len());
        writeln!(out, "{lead}{speaker} — {cue} — {content}")
    };
    for quote in article.quotes() {
        line(out, "", quote)?;
        // Reports told inside this one, by its speaker's word.
        for inner in quote.nested() {
            line(out, "    within: ", inner)?;
        }
    }
    Ok(())
}

/// Claims, ranked by check-worthiness.
fn report_claims(out: &mut impl Write, article: &Article<'_>) -> io::Result<()> {
    let text = article.text();
    let mut ranked: Vec<_> = article.claims().iter().collect();
    ranked.sort_by(|a, b| b.checkworthiness().total_cmp(&a.checkworthiness()));
    let worth = ranked.iter().filter(|c| c.is_checkworthy()).count();
    writeln!(out, "\n== Claims: {} ({worth} check-worthy)", ranked.len())?;
    for claim in ranked {
        let mark = if claim.is_checkworthy() { '*' } else { ' ' };
        let kind = claim.kind().as_str();
        let score = claim.checkworthiness();
        writeln!(
            out,
            "{mark} {score:.2} {kind:<21} {}",
            clip(claim.span().text(text), 80)
        )?;
        if let Some(source) = claim.source() {
            writeln!(
                out,
                "         source: {} ({:?})",
                source.name(),
                source.kind()
            )?;
        }
        for q in claim.quantities() {
            let value = q.value().map_or_else(|| "-".to_string(), |v| v.to_string());
            let unit = q.unit().unwrap_or("");
            let approx = if q.is_approximate() { " ~" } else { "" };
            let shown = q.span().text(text);
            writeln!(
                out,
                "         {}: {shown:?} = {value} {unit}{approx}",
                q.kind().as_str()
            )?;
        }
    }
    Ok(())
}

fn clip(s: &str, max: usize) -> String {
    let s = s.replace('\n', " ");
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}
