//! Properties that hold for every input: no panic, spans inside the text and on char
//! boundaries, tokens that cover the text, sentences that partition their blocks.

use proptest::prelude::*;
use reportage::{Article, Span};

/// Text built from the characters that make news text hard: quote marks of every kind,
/// line breaks, combining marks, right-to-left and CJK script, controls, terminators.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "''",
        "„",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "a",
        "The",
        "said",
        "U.S.",
        "Mr.",
        ".",
        "?",
        "!",
        "…",
        "...",
        ",",
        ":",
        "-",
        "—",
        "#",
        "@",
        "$",
        "240",
        "3.2",
        "75th",
        "e\u{301}",
        "\u{301}",
        "مرحبا",
        "\u{202E}",
        "\u{200F}",
        "北京",
        "。",
        "\u{0}",
        "\u{7}",
        "\u{2029}",
        "Photo:",
        "By ",
        "NATO",
        "China's",
        "Ж",
        "🙂",
        "\u{FEFF}",
        "(",
        ")",
        "Leave a Reply",
        "#tag",
        "she warned",
        "according to",
        "Americans",
        "Jordan",
        "Georgia",
        "EPA",
        "wounded",
        "Mark",
        "Beijing",
        "US",
        "the",
        "President",
        "Jens Stoltenberg",
        "he",
        "told",
        ";",
        "“wounded",
        "rigged,”",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end,
        "{what} {span:?} ends before it starts"
    );
    assert!(
        span.end <= text.len(),
        "{what} {span:?} ends after the text"
    );
    assert!(
        text.is_char_boundary(span.start),
        "{what} {span:?} starts inside a char"
    );
    assert!(
        text.is_char_boundary(span.end),
        "{what} {span:?} ends inside a char"
    );
}

fn check_all(text: &str) {
    let article = Article::parse(text);

    let blocks = article.structure().blocks();
    for (i, b) in blocks.iter().enumerate() {
        check_span(text, b.span(), "block");
        assert!(!b.span().is_empty(), "empty block");
        if i > 0 {
            assert!(
                blocks[i - 1].span().end <= b.span().start,
                "blocks overlap or are out of order"
            );
        }
    }

    let tokens = article.tokens();
    let mut covered = 0;
    for (i, t) in tokens.iter().enumerate() {
        check_span(text, t.span(), "token");
        assert!(!t.span().is_empty(), "empty token");
        if i > 0 {
            assert!(
                tokens[i - 1].span().end <= t.span().start,
                "tokens overlap or are out of order"
            );
        }
        // Only white space lies between tokens.
        assert!(
            text[covered..t.span().start]
                .chars()
                .all(char::is_whitespace),
            "a character no token covers"
        );
        covered = t.span().end;
    }
    assert!(
        text[covered..].chars().all(char::is_whitespace),
        "a character no token covers"
    );

    let sentences = article.sentences();
    for (i, s) in sentences.iter().enumerate() {
        check_span(text, s.span(), "sentence");
        assert!(!s.span().is_empty(), "empty sentence");
        if i > 0 {
            assert!(
                sentences[i - 1].span().end <= s.span().start,
                "sentences overlap or are out of order"
            );
        }
        let block = blocks[s.block()];
        assert!(
            block.span().contains(s.span()),
            "a sentence leaves its block"
        );
    }
    // The sentences of each prose block cover all of it but the white space between them.
    for (bi, block) in blocks.iter().enumerate() {
        if !block.kind().is_prose() {
            assert!(
                sentences.iter().all(|s| s.block() != bi),
                "a sentence in a block that is not prose"
            );
            continue;
        }
        let mut at = block.span().start;
        for s in sentences.iter().filter(|s| s.block() == bi) {
            assert!(
                text[at..s.span().start].chars().all(char::is_whitespace),
                "a gap between sentences"
            );
            at = s.span().end;
        }
        assert!(
            text[at..block.span().end].chars().all(char::is_whitespace),
            "the block's end is in no sentence"
        );
    }

    for m in article.mentions() {
        check_span(text, m.span(), "mention");
    }
    for q in article.quotes() {
        check_span(text, q.span(), "quote");
        check_span(text, q.content(), "quote content");
        if let Some(cue) = q.cue() {
            check_span(text, cue, "cue");
        }
        if let Some(speaker) = q.speaker() {
            check_span(text, speaker.span(), "speaker");
        }
    }
    for p in article.people() {
        for &m in p.mentions() {
            check_span(text, m, "person mention");
        }
    }
    for c in article.claims() {
        check_span(text, c.span(), "claim");
    }
    let json = serde_json::to_string(&article.analysis()).expect("the analysis serialises");
    assert!(json.starts_with('{'));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_read_safely(text in any::<String>()) {
        check_all(&text);
    }

    #[test]
    fn tricky_text_is_read_safely(text in tricky_text()) {
        check_all(&text);
    }
}

#[test]
fn edge_cases() {
    for text in [
        "",
        " ",
        "\n",
        "“",
        "”“”“”“",
        "''''''''",
        "\"\"\"\"\"",
        ".",
        "...",
        "?!?!",
        "\u{0}\u{1}\u{2}",
        "e\u{301}\u{301}\u{301}",
        "مرحبا بالعالم. كيف حالك؟",
        "#",
        "@",
        "U.S.",
        "Mr.",
    ] {
        check_all(text);
    }
}
