//! Prints who said what in an article: one line per quote, "speaker — cue — content"
//! (its pieces joined by " … " where the attribution interrupts it),
//! with the reports nested in a quote indented below it.
//!
//! ```text
//! cargo run --example quotes -- ARTICLE.txt
//! ```

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use reportage::{Article, Quote};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: quotes ARTICLE.txt");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("quotes: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let article = Article::parse(&text);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match print(&mut out, &article, &text).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // `quotes FILE | head`: the reader has all it wants.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quotes: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the people, then one line per quote.
fn print(out: &mut impl Write, article: &Article<'_>, text: &str) -> io::Result<()> {
    for person in article.people() {
        let gender = person
            .gender()
            .map_or(String::new(), |g| format!(" ({g:?})").to_lowercase());
        writeln!(
            out,
            "person: {}{gender}, {} mention(s)",
            person.name(),
            person.mentions().len()
        )?;
    }
    // "speaker — cue — what was said", its pieces joined where the attribution
    // interrupts it.
    let mut line = |lead: &str, quote: &Quote| {
        let speaker = quote.speaker().map_or("(unknown)", |s| s.name());
        let cue = quote.cue().map_or("", |c| c.text(text));
        let pieces: Vec<&str> = quote.segments().iter().map(|s| s.text(text)).collect();
        let content = pieces.join(" … ").replace('\n', " ");
        writeln!(out, "{lead}{speaker} — {cue} — {content}")
    };
    for quote in article.quotes() {
        line("", quote)?;
        for inner in quote.nested() {
            line("    within: ", inner)?;
        }
    }
    Ok(())
}
