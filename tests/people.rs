//! People: table tests on short invented texts.

use reportage::Article;

/// The names of the people an article finds.
fn names(text: &str) -> Vec<String> {
    Article::parse(text)
        .people()
        .iter()
        .map(|p| p.name().to_string())
        .collect()
}

#[test]
fn a_label_or_a_possessive_before_a_name_is_not_part_of_it() {
    let text = "Harbour news\n\n\
                The band Quayside's Chris Martin opened the festival. Tory Liam Fox and \
                Wing Christophe Dominici watched from the stand.\n";
    let found = names(text);
    for want in ["Chris Martin", "Liam Fox", "Christophe Dominici"] {
        assert!(found.iter().any(|n| n == want), "{want} not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|n| n.contains("Quayside") || n.contains("Tory")),
        "{found:?}"
    );
}

#[test]
fn clubs_parties_companies_and_events_are_not_people() {
    let text = "Harbour news\n\n\
                The Lib Dems and West Ham United were both at the General Election debate. \
                Shares in General Motors and Warner Bros fell, and Happy Mondays played the \
                York Stock Exchange party.\n";
    let found = names(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_first_name_the_list_lacks_is_not_taken_for_a_label() {
    let text = "Harbour news\n\nAndrés Manuel López Obrador visited the quay on Monday.\n";
    let found = names(text);
    assert!(
        !found.iter().any(|n| n == "Manuel López Obrador"),
        "{found:?}"
    );
}

#[test]
fn a_pronoun_opening_a_sentence_prefers_the_subject_of_the_sentence_before() {
    let text = "Harbour news\n\n\
                Mr Tom Reyes criticised Mr Karl Weber over the quay. He said the plans \
                would fail.\n";
    let article = Article::parse(text);
    let he = text.find("He said").expect("the pronoun");
    let owner = article
        .people()
        .iter()
        .find(|p| p.mentions().iter().any(|m| m.start == he))
        .map(|p| p.name().to_string());
    assert_eq!(owner.as_deref(), Some("Tom Reyes"));
}
