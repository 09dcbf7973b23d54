//! Prints who said what in an article: one line per quote, "speaker — cue — content"
//! (its pieces joined by " … " where the attribution interrupts it),
//! with the reports nested in a quote indented below it.
//!
//! ```text
//! cargo run --example quotes -- ARTICLE.txt
//! ```

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
    for person in article.people() {
        let gender = person
            .gender()
            .map_or(String::new(), |g| format!(" ({g:?})").to_lowercase());
        println!(
            "person: {}{gender}, {} mention(s)",
            person.name(),
            person.mentions().len()
        );
    }
    // "speaker — cue — what was said", its pieces joined where the attribution
    // interrupts it.
    let line = |lead: &str, quote: &Quote| {
        let speaker = quote.speaker().map_or("(unknown)", |s| s.name());
        let cue = quote.cue().map_or("", |c| c.text(&text));
        let pieces: Vec<&str> = quote.segments().iter().map(|s| s.text(&text)).collect();
        let content = pieces.join(" … ").replace('\n', " ");
        println!("{lead}{speaker} — {cue} — {content}");
    };
    for quote in article.quotes() {
        line("", quote);
        for inner in quote.nested() {
            line("    within: ", inner);
        }
    }
    ExitCode::SUCCESS
}
