//! The public API, as a user calls it.

use reportage::{Analyzer, Article, BlockKind, Span, TokenKind};

const SAMPLE: &str = include_str!("../examples/data/harbour-accord.txt");

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Analyzer>();
    check::<reportage::AnalyzerBuilder>();
    check::<Article<'static>>();
    check::<reportage::Block>();
    check::<reportage::BlockKind>();
    check::<reportage::Structure>();
    check::<reportage::Token>();
    check::<reportage::TokenKind>();
    check::<reportage::Sentence>();
    check::<reportage::Span>();
    check::<reportage::Error>();
    check::<reportage::ErrorKind>();
    check::<reportage::Gazetteer>();
    check::<reportage::Entity>();
    check::<reportage::EntityKind>();
    check::<reportage::Mention>();
    check::<reportage::MentionKind>();
    check::<reportage::MentionedEntity>();
    check::<reportage::Person>();
    check::<reportage::Quote>();
    check::<reportage::QuoteKind>();
    check::<reportage::Speaker>();
    check::<reportage::SpeakerKind>();
    check::<reportage::Claim>();
    check::<reportage::ClaimKind>();
    check::<reportage::ClaimSource>();
    check::<reportage::CheckTarget>();
    check::<reportage::Quantity>();
    check::<reportage::QuantityKind>();
    check::<reportage::Approximation>();
    check::<reportage::Hedge>();
    check::<reportage::HedgeKind>();
    check::<reportage::GazetteerBuilder>();
    check::<reportage::Alias>();
    check::<reportage::Gender>();
    check::<reportage::Analysis<'static, 'static>>();
}

#[test]
fn structure_of_the_sample() {
    let article = Article::parse(SAMPLE);
    assert_eq!(
        article.title(),
        Some("Baltic ports agree on shared rules for drone inspections")
    );
    assert_eq!(article.byline(), Some("MARTA KALNINA – RIGA"));
    let of = |kind| -> Vec<&str> {
        article
            .structure()
            .of_kind(kind)
            .map(|b| b.span().text(SAMPLE))
            .collect()
    };
    assert_eq!(
        of(BlockKind::Caption),
        ["Inspectors watch a container ship leave the port of Tallinn on Monday."]
    );
    assert_eq!(of(BlockKind::Credit), ["Photo: Reuters"]);
    assert_eq!(
        of(BlockKind::PullQuote),
        ["Sharing what our drones see is the fastest way to close the gaps"]
    );
    assert_eq!(of(BlockKind::Heading), ["What happens next?"]);
    assert_eq!(of(BlockKind::Tags), ["#ports #Baltic #drones #shipping"]);
    assert_eq!(of(BlockKind::Boilerplate).len(), 3);
    assert_eq!(article.paragraphs().count(), 8);
}

#[test]
fn sentences_of_a_paragraph() {
    let article = Article::parse(SAMPLE);
    let sentences: Vec<&str> = article
        .sentences()
        .iter()
        .filter(|s| s.text(SAMPLE).contains("Kadri Lepp"))
        .map(|s| s.text(SAMPLE))
        .collect();
    assert_eq!(
        sentences,
        [
            "“We cannot check every ship alone, and we should not have to,” said Estonian Infrastructure Minister Kadri Lepp."
        ]
    );
    // The quotation that follows is a sentence of its own.
    assert!(
        article.sentences().iter().any(|s| s.text(SAMPLE)
            == "“Sharing what our drones see is the fastest way to close the gaps.”")
    );
}

#[test]
fn tokens_have_kinds_and_spans() {
    let text = "It rose 12% to €14.5 million, said @portwatch.";
    let article = Article::parse(text);
    let tokens: Vec<(&str, TokenKind)> = article
        .tokens()
        .iter()
        .map(|t| (t.text(text), t.kind()))
        .collect();
    assert!(tokens.contains(&("12", TokenKind::Number)));
    assert!(tokens.contains(&("%", TokenKind::Symbol)));
    assert!(tokens.contains(&("€", TokenKind::Symbol)));
    assert!(tokens.contains(&("14.5", TokenKind::Number)));
    assert!(tokens.contains(&("@portwatch", TokenKind::Handle)));
    assert_eq!(tokens.last(), Some(&(".", TokenKind::Punctuation)));
}

#[test]
fn analyzer_is_shared_across_threads() {
    let analyzer = Analyzer::default();
    let titles: Vec<Option<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| analyzer.parse(SAMPLE).title().map(str::to_string)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        titles
            .iter()
            .all(|t| t.as_deref()
                == Some("Baltic ports agree on shared rules for drone inspections"))
    );
}

#[test]
fn claim_threshold_is_clamped() {
    assert_eq!(
        Analyzer::builder()
            .claim_threshold(3.0)
            .build()
            .claim_threshold(),
        1.0
    );
    assert_eq!(
        Analyzer::builder()
            .claim_threshold(-1.0)
            .build()
            .claim_threshold(),
        0.0
    );
    let default = Analyzer::default().claim_threshold();
    assert_eq!(
        Analyzer::builder()
            .claim_threshold(f32::NAN)
            .build()
            .claim_threshold(),
        default
    );
}

#[test]
fn analysis_has_the_documented_shape() {
    let article = Article::parse(SAMPLE);
    let json = serde_json::to_value(article.analysis()).unwrap();
    let structure = &json["structure"];
    for key in [
        "paragraphs",
        "headings",
        "captions",
        "credits",
        "pull_quotes",
        "tags",
        "boilerplate",
    ] {
        assert!(structure[key].is_array(), "structure.{key} is a list");
    }
    let title = &structure["title"];
    let span = Span::new(
        title["start"].as_u64().unwrap() as usize,
        title["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        span.text(SAMPLE),
        "Baltic ports agree on shared rules for drone inspections"
    );
    assert!(structure["byline"].is_object());
    for key in [
        "sentences",
        "mentions",
        "entities",
        "people",
        "quotes",
        "claims",
    ] {
        assert!(json[key].is_array(), "{key} is a list");
    }
    assert_eq!(
        json["sentences"].as_array().unwrap().len(),
        article.sentences().len()
    );
}

#[test]
fn nested_quotes_serialise_under_their_outer_quote() {
    let text = "Port talks\n\nAides say Ana Ruiz promised to stay in the job.\n\n\
                Tomas Rieger said the quay was safe.\n";
    let article = Article::parse(text);
    let json = serde_json::to_value(article.analysis()).unwrap();
    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    let nested = quotes[0]["nested"].as_array().expect("a nested list");
    assert_eq!(nested.len(), 1);
    assert_eq!(nested[0]["speaker"]["name"], "Ana Ruiz");
    let content = &nested[0]["content"];
    let span = Span::new(
        content["start"].as_u64().unwrap() as usize,
        content["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(span.text(text), "to stay in the job");
    // Left out where there is nothing nested.
    assert!(quotes[1].get("nested").is_none(), "{:?}", quotes[1]);
}

#[test]
fn segments_serialise_when_an_attribution_interrupts_the_content() {
    let text = "Port talks\n\n“We are ready,” she said. “The ships can come.”\n\n\
                Tomas Rieger said the quay was safe.\n";
    let article = Article::parse(text);
    let json = serde_json::to_value(article.analysis()).unwrap();
    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    let pieces: Vec<&str> = quotes[0]["segments"]
        .as_array()
        .expect("a segment list")
        .iter()
        .map(|s| {
            let start = s["start"].as_u64().unwrap() as usize;
            let end = s["end"].as_u64().unwrap() as usize;
            &text[start..end]
        })
        .collect();
    assert_eq!(pieces, ["“We are ready,”", "“The ships can come.”"]);
    // Left out where the content is one piece.
    assert!(quotes[1].get("segments").is_none(), "{:?}", quotes[1]);
}

#[test]
fn a_huge_line_and_many_marks_are_read() {
    let long = "a".repeat(1 << 20);
    let article = Article::parse(&long);
    assert_eq!(article.tokens().len(), 1);
    assert_eq!(article.sentences().len(), 1);
    let marks = "“”\"'".repeat(10_000);
    let article = Article::parse(&marks);
    assert_eq!(
        article.tokens().len(),
        article
            .tokens()
            .iter()
            .filter(|t| t.kind() == TokenKind::QuoteMark)
            .count()
    );
}
