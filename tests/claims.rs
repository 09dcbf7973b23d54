//! Claims: which sentences make them, their kind, source, quantities, hedges and score.
//! Every text here is invented.

use proptest::prelude::*;
use reportage::{
    Analyzer, Article, CheckTarget, ClaimKind, HedgeKind, QuantityKind, SpeakerKind,
    find_quantities,
};

/// A one-paragraph article under a title, so that the sentence is body text.
fn body(sentence: &str) -> String {
    format!("Harbour news\n\n{sentence}\n")
}

fn kinds(text: &str) -> Vec<ClaimKind> {
    Article::parse(text)
        .claims()
        .iter()
        .map(|c| c.kind())
        .collect()
}

#[test]
fn kinds_of_single_claims() {
    let cases: &[(&str, ClaimKind)] = &[
        (
            "Freight through the port of Velna rose by 12% in 2024.",
            ClaimKind::Quantity,
        ),
        (
            "The new ferry terminal will open to passengers in the coming months.",
            ClaimKind::Prediction,
        ),
        (
            "The closure of the canal led to a shortage of grain in the northern towns.",
            ClaimKind::CorrelationCausation,
        ),
        (
            "Under the harbour law, foreign trawlers are not allowed to fish inside the bay.",
            ClaimKind::LawsRules,
        ),
        (
            "The Velna council voted against the plan to sell the old lighthouse.",
            ClaimKind::Voting,
        ),
        (
            "A poll of dock workers found wide support for the longer shifts.",
            ClaimKind::PublicOpinion,
        ),
        (
            "The fishermen's union wants to renegotiate the quotas with the ministry.",
            ClaimKind::Support,
        ),
        (
            "The mayor opened the rebuilt fish market on Monday morning.",
            ClaimKind::Other,
        ),
    ];
    for &(sentence, kind) in cases {
        assert_eq!(kinds(&body(sentence)), [kind], "{sentence:?}");
    }
}

#[test]
fn what_makes_no_claim() {
    for sentence in [
        "Will the ferry ever sail again?",
        "The council should act now.",
        "Yes.",
        "I think it is a shame.",
    ] {
        let text = body(sentence);
        assert!(
            Article::parse(&text).claims().is_empty(),
            "{sentence:?} made {:?}",
            Article::parse(&text).claims()
        );
    }
}

#[test]
fn titles_make_no_claims() {
    let text =
        "Ferry traffic doubled in 2024\n\nThe harbour board met on Monday to discuss repairs.\n";
    let article = Article::parse(text);
    let title = article.structure().title().map(|b| b.span());
    for claim in article.claims() {
        assert!(title.is_none_or(|t| !t.overlaps(claim.span())));
    }
}

#[test]
fn according_to_gives_the_source() {
    let text =
        body("According to the Velna Harbour Board, cargo traffic fell by a third last winter.");
    let article = Article::parse(&text);
    let claim = &article.claims()[0];
    let source = claim.source().expect("a source");
    assert_eq!(source.name(), "Velna Harbour Board");
    assert_eq!(
        claim.span().text(&text),
        "cargo traffic fell by a third last winter"
    );
    assert_eq!(claim.check_target(), CheckTarget::Content);
}

#[test]
fn unnamed_sources() {
    let text = body("It was also learned that the shipyard has laid off 300 welders.");
    let article = Article::parse(&text);
    let claim = &article.claims()[0];
    assert_eq!(claim.source().map(|s| s.kind()), Some(SpeakerKind::Unnamed));
    assert_eq!(
        claim.span().text(&text),
        "the shipyard has laid off 300 welders"
    );
    assert_eq!(claim.quantities()[0].value(), Some(300.0));
}

#[test]
fn an_unnamed_channel_reporting_what_an_actor_knows() {
    let text = body(
        "It was learned that the Velna Port Authority knows that the dredger sank in 40 metres of water.",
    );
    let article = Article::parse(&text);
    let claim = article
        .claims()
        .iter()
        .find(|c| c.source().is_some())
        .expect("an attributed claim");
    assert_eq!(
        claim.source().map(|s| s.name()),
        Some("Velna Port Authority")
    );
    assert_eq!(
        claim.span().text(&text),
        "the dredger sank in 40 metres of water"
    );
}

#[test]
fn a_predicate_after_according_to_continues_the_clause() {
    let text = body(
        "The fleet, which was \u{201c}in ruins\u{201d} in 2019 according to Tom Brandt, now has a record 40 ships.",
    );
    let article = Article::parse(&text);
    let claims = article.claims();
    let whole = claims
        .iter()
        .find(|c| c.span().text(&text).ends_with("now has a record 40 ships"))
        .expect("the main clause");
    assert!(whole.span().text(&text).starts_with("The fleet"));
    assert_eq!(whole.kind(), ClaimKind::Quantity);
}

#[test]
fn quantities_and_hedges_inside_a_claim() {
    let text = body("The port may handle more than 2,000 containers a day by 2030.");
    let article = Article::parse(&text);
    let claim = &article.claims()[0];
    let q: Vec<_> = claim
        .quantities()
        .iter()
        .map(|q| (q.span().text(&text), q.kind(), q.is_approximate()))
        .collect();
    assert_eq!(
        q,
        [
            ("more than 2,000", QuantityKind::Count, true),
            ("2030", QuantityKind::Year, false)
        ]
    );
    let hedges: Vec<_> = claim.hedges().iter().map(|h| h.kind()).collect();
    assert_eq!(hedges, [HedgeKind::Possibility]);
}

#[test]
fn the_month_may_is_no_hedge() {
    let text = body("The ferry to Velna resumed service in May after 14 weeks of repairs.");
    let article = Article::parse(&text);
    let claim = &article.claims()[0];
    assert!(
        claim
            .hedges()
            .iter()
            .all(|h| h.kind() != HedgeKind::Possibility),
        "{:?}",
        claim.hedges()
    );
    // The modal still counts, capitalised at the start of a sentence too.
    let text = body("May the ferry resume service soon? The ferry may resume service in May.");
    let article = Article::parse(&text);
    let hedges: Vec<_> = article
        .claims()
        .iter()
        .flat_map(|c| c.hedges())
        .map(|h| (h.span().text(&text), h.kind()))
        .collect();
    assert_eq!(hedges, [("may", HedgeKind::Possibility)]);
}

#[test]
fn relative_clauses_are_claims_of_their_own() {
    let text = body(
        "The harbour master, who will retire in June after 30 years, opened the new dredging channel on Monday.",
    );
    let claims = Article::parse(&text).claims().to_vec();
    assert!(claims.len() >= 2, "{claims:?}");
    assert!(claims.iter().any(|c| c.kind() == ClaimKind::Prediction));
}

#[test]
fn threshold_decides_checkworthy() {
    let text = body("Freight through the port of Velna rose by 12% in 2024.");
    let all = Analyzer::builder().claim_threshold(0.0).build();
    let article = all.parse(&text);
    assert!(article.claims().iter().all(|c| c.is_checkworthy()));
    let strict = Analyzer::builder().claim_threshold(1.0).build();
    let article = strict.parse(&text);
    for c in article.claims() {
        assert_eq!(c.is_checkworthy(), c.checkworthiness() >= 1.0);
        assert!((0.0..=1.0).contains(&c.checkworthiness()));
    }
}

#[test]
fn specific_claims_outrank_vague_ones() {
    let specific = body(
        "Velna's exports of timber to Norway rose by 40% to $3.2 billion in 2023, the highest on record.",
    );
    let vague = body("Things are getting better and better for everyone around here.");
    let score = |t: &str| {
        Article::parse(t)
            .claims()
            .iter()
            .map(|c| c.checkworthiness())
            .fold(0.0f32, f32::max)
    };
    assert!(score(&specific) > score(&vague));
}

#[cfg(feature = "serde")]
#[test]
fn json_rows() {
    let text = body("According to the Velna Harbour Board, cargo traffic fell by 12% in 2024.");
    let article = Article::parse(&text);
    let json = serde_json::to_value(article.analysis()).unwrap();
    let claim = &json["claims"][0];
    for key in [
        "span",
        "sentence",
        "kind",
        "checkworthiness",
        "checkworthy",
        "source",
        "check_target",
        "quantities",
        "hedges",
        "entities",
        "people",
    ] {
        assert!(claim.get(key).is_some(), "no {key} in {claim}");
    }
    assert_eq!(claim["source"]["name"], "Velna Harbour Board");
    assert_eq!(claim["quantities"][0]["kind"], "percent");
    assert_eq!(claim["quantities"][0]["value"], 12.0);
}

#[test]
fn hard_inputs_do_not_panic() {
    for text in [
        "",
        "\u{201c}\u{201d}\u{201c}",
        "\"\"\"''\u{ab}\u{bb}",
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd} 12% \u{5e2}\u{5d5}\u{5dc}\u{5dd}.",
        "\u{0}\u{1}\u{7f} $ % , according to",
        "According to",
        "it was learned that",
        ", who , which , and ; , but",
        "$$$ 1,2,3,,4 5.6.7 99th 2023s",
    ] {
        let article = Article::parse(text);
        for c in article.claims() {
            assert!(text.get(c.span().start..c.span().end).is_some());
        }
    }
}

#[test]
fn long_sentences_stay_fast() {
    // One endless sentence full of clause markers and quotation marks: the work per
    // sentence must stay linear in its length.
    let piece = "the mayor, who said \u{201c}yes, and no\u{201d}, which rose 5%, and it fell; ";
    let text = body(&piece.repeat(3000));
    let started = std::time::Instant::now();
    let article = Article::parse(&text);
    let _ = article.claims();
    assert!(started.elapsed().as_secs() < 20);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn quantity_parsing_never_panics(text in "\\PC{0,80}") {
        for q in find_quantities(&text) {
            prop_assert!(text.get(q.span().start..q.span().end).is_some());
        }
    }

    #[test]
    fn quantity_parsing_on_numberish_text(text in "[0-9$€%.,a-z \u{2019}'-]{0,60}") {
        for q in find_quantities(&text) {
            prop_assert!(text.get(q.span().start..q.span().end).is_some());
        }
    }

    #[test]
    fn claims_never_panic(text in "(\\PC|[\n“”\"'?.,;])*") {
        let article = Article::parse(&text);
        for c in article.claims() {
            prop_assert!(text.get(c.span().start..c.span().end).is_some());
            prop_assert!((0.0..=1.0).contains(&c.checkworthiness()));
            for q in c.quantities() {
                prop_assert!(c.sentence().contains(q.span()));
            }
        }
    }
}

#[test]
fn reported_would_is_future_and_expected_to_is_a_hedge() {
    let text = body(
        "The minister said the ferry to Velna would resume service in May. If the storm \
         returned, the ferry would stay in port for 14 weeks. The new quay is expected to \
         cost 40 million euros.",
    );
    let article = Article::parse(&text);
    let hedges: Vec<_> = article
        .claims()
        .iter()
        .flat_map(|c| c.hedges())
        .map(|h| (h.span().text(&text).to_string(), h.kind()))
        .collect();
    let kind_of = |word: &str, nth: usize| {
        hedges
            .iter()
            .filter(|(w, _)| w == word)
            .nth(nth)
            .map(|&(_, k)| k)
    };
    assert_eq!(kind_of("would", 0), Some(HedgeKind::Future), "{hedges:?}");
    assert_eq!(
        kind_of("would", 1),
        Some(HedgeKind::Conditional),
        "{hedges:?}"
    );
    assert_eq!(
        kind_of("is expected to", 0),
        Some(HedgeKind::Future),
        "{hedges:?}"
    );
}

#[test]
fn a_claim_does_not_end_on_a_dangling_conjunction() {
    let text = body(
        "The port's profits were better than the forecast of 59 million euros, and it \
         expects a rise in full-year revenues.",
    );
    let article = Article::parse(&text);
    assert!(!article.claims().is_empty());
    for c in article.claims() {
        let t = c.span().text(&text);
        assert!(
            !t.ends_with(" and") && !t.ends_with(','),
            "claim ends dangling: {t:?}"
        );
    }
}

#[test]
fn yet_and_while_can_end_a_claim() {
    let text = body(
        "The port of Velna has not decided on the 500 job cuts yet. The new quay will stay \
         closed for a while.",
    );
    let article = Article::parse(&text);
    let ends: Vec<&str> = article
        .claims()
        .iter()
        .map(|c| c.span().text(&text))
        .collect();
    assert!(ends.iter().any(|t| t.ends_with("job cuts yet")), "{ends:?}");
    assert!(ends.iter().any(|t| t.ends_with("for a while")), "{ends:?}");
}
