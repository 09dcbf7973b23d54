//! Prints who said what in an article: one line per quote, "speaker — cue — content",
//! with the reports nested in a quote indented below it.
//!
//! ```text
//! cargo run --example quotes -- ARTICLE.txt
//! ```

use std::process::ExitCode;

use reportage::Article;

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
    for quote in article.quotes() {
        let speaker = quote.speaker().map_or("(unknown)", |s| s.name());
        let cue = quote.cue().map_or("", |c| c.text(&text));
        let content = quote.content().text(&text).replace('\n', " ");
        println!("{speaker} — {cue} — {content}");
        for inner in quote.nested() {
            let speaker = inner.speaker().map_or("(unknown)", |s| s.name());
            let cue = inner.cue().map_or("", |c| c.text(&text));
            let content = inner.content().text(&text).replace('\n', " ");
            println!("    within: {speaker} — {cue} — {content}");
        }
    }
    ExitCode::SUCCESS
}
