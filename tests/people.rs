//! People: table tests on short invented texts.

use reportage::{Article, Gender, Person};

/// The person of `article` named `name`.
fn person_named<'a>(article: &'a Article, name: &str) -> &'a Person {
    article
        .people()
        .iter()
        .find(|p| p.name() == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

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

/// The name of the person that the first occurrence of `pronoun` in `text` resolves to.
fn owner_of(text: &str, pronoun: &str) -> Option<String> {
    let at = text.find(pronoun).expect("the pronoun");
    Article::parse(text)
        .people()
        .iter()
        .find(|p| p.mentions().iter().any(|m| m.start == at))
        .map(|p| p.name().to_string())
}

#[test]
fn a_pronoun_after_a_quotation_prefers_the_subject_chained_through_pronouns() {
    // "He" opens its sentence and is Tom Reyes; the "he" of the tag after the quotation
    // stands in the subject's place too, and Karl Weber, named later, is only an object.
    let text = "Harbour news\n\n\
                Mr Tom Reyes spoke at the quay on Monday. He praised Mr Karl Weber as a \
                builder. \u{201c}The work is done,\u{201d} he said.\n";
    assert_eq!(owner_of(text, "he said").as_deref(), Some("Tom Reyes"));
    // With a comma outside the marks, as in American copy.
    let text = "Harbour news\n\n\
                Mr Tom Reyes spoke at the quay on Monday. He praised Mr Karl Weber as a \
                builder. \"The work is done\", he said.\n";
    assert_eq!(owner_of(text, "he said").as_deref(), Some("Tom Reyes"));
    // A pronoun inside a sentence, not after a quotation, still takes the person last
    // named.
    let text = "Harbour news\n\n\
                Mr Tom Reyes spoke at the quay on Monday. He praised Mr Karl Weber, and \
                the crowd cheered as he bowed.\n";
    assert_eq!(owner_of(text, "he bowed").as_deref(), Some("Karl Weber"));
}

#[test]
fn a_pronoun_opening_a_paragraph_prefers_the_subject_named_after_its_roles() {
    // The subject is named after a party and a role, and the paragraph ends with an
    // object of the same gender; the next paragraph's "He" is still the subject.
    let text = "Harbour news\n\n\
                Port Workers Union leader Tom Reyes has said members have lost faith in \
                Mr Karl Weber as port director.\n\n\
                He said the strike would go on.\n";
    assert_eq!(owner_of(text, "He said").as_deref(), Some("Tom Reyes"));
    // A plain word before the name is no opening phrase: the person last named wins.
    let text = "Harbour news\n\n\
                Workers who back Tom Reyes have lost faith in Mr Karl Weber.\n\n\
                He said the strike would go on.\n";
    assert_eq!(owner_of(text, "He said").as_deref(), Some("Karl Weber"));
}

#[test]
fn a_subject_after_a_role_of_several_words_is_the_one_a_pronoun_prefers() {
    let text = "Harbour news\n\n\
                Shadow home secretary Tom Reyes criticised Mr Karl Weber. \u{201c}It is \
                wrong,\u{201d} he said.\n";
    assert_eq!(owner_of(text, "he said").as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_surname_after_a_title_joins_the_person_whose_gender_fits_and_sir_takes_a_first_name() {
    let text = "Court news\n\n\
                Harold Vance is on trial. Margaret Vance testified on Monday. Mr Vance \
                denied the charge.\n\n\
                Sir Geoffrey Lamb opened the hearing. Sir Geoffrey said it would last a \
                week.\n";
    let article = Article::parse(text);
    let mentions_of = |name: &str| {
        article
            .people()
            .iter()
            .find(|p| p.name() == name)
            .map(|p| {
                p.mentions()
                    .iter()
                    .map(|m| &text[m.start..m.end])
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    assert!(
        mentions_of("Harold Vance").contains(&"Vance"),
        "{:?}",
        article.people()
    );
    let margaret = mentions_of("Margaret Vance");
    assert!(!margaret.is_empty(), "{:?}", article.people());
    assert!(!margaret.contains(&"Vance"));
    assert!(mentions_of("Geoffrey Lamb").contains(&"Geoffrey"));
    assert!(
        names(text).iter().all(|n| n != "Geoffrey"),
        "{:?}",
        names(text)
    );
}

#[test]
fn firms_and_bands_with_a_persons_name_are_not_people() {
    let found = names(
        "Market news\n\n\
         Morgan Stanley said shares would rise, and Merrill Lynch agreed. Franz Ferdinand \
         played in Glasgow. Analyst Ana Ruiz said the rally would last.\n",
    );
    assert!(found.iter().any(|n| n == "Ana Ruiz"), "{found:?}");
    for firm in ["Morgan Stanley", "Merrill Lynch", "Franz Ferdinand"] {
        assert!(!found.iter().any(|n| n == firm), "{firm} in {found:?}");
    }
}

#[test]
fn first_names_from_beyond_the_english_lists_make_people() {
    let found = names(
        "Market news\n\n\
         Aisha Bello runs the firm. Bello said profits rose. Kwame Mensah and Priya Raman \
         agreed.\n",
    );
    for person in ["Aisha Bello", "Kwame Mensah", "Priya Raman"] {
        assert!(
            found.iter().any(|n| n == person),
            "{person} not in {found:?}"
        );
    }
}

#[test]
fn a_byline_names_each_of_its_writers_but_not_its_outlet() {
    let found =
        names("Harbour deal signed\n\nBy MARIA LOPEZ and DAVID CHEN\n\nThe deal was signed.\n");
    assert!(found.iter().any(|n| n == "Maria Lopez"), "{found:?}");
    assert!(found.iter().any(|n| n == "David Chen"), "{found:?}");
    let found =
        names("Harbour deal signed\n\nBy JOHN SMITH, HARBOUR NEWS\n\nThe deal was signed.\n");
    assert_eq!(found, ["John Smith"]);
    // Each name after "and" opens with a first name, and a lower-case word ends them.
    let found = names(
        "Harbour deal signed\n\nBy Maria Lopez and David Chen in Madrid\n\nThe deal was \
         signed.\n",
    );
    assert_eq!(found, ["Maria Lopez", "David Chen"]);
    let found =
        names("Harbour deal signed\n\nBy MARIA LOPEZ and HARBOUR STAFF\n\nThe deal was signed.\n");
    assert_eq!(found, ["Maria Lopez"]);
}

#[test]
fn a_first_name_used_for_both_lets_he_resolve() {
    assert_eq!(
        owner_of(
            "Steel news\n\nLakshmi Mittal bought the plant. He said it would stay open.\n",
            "He said"
        )
        .as_deref(),
        Some("Lakshmi Mittal")
    );
}

#[test]
fn sir_and_a_first_name_is_only_someone_met_with_that_title() {
    let text = "Sport news\n\n\
                Sir Tom Reyes retired on Monday. Tom Smith, a fan, was at the ground. Sir \
                Tom said he was proud.\n";
    let article = Article::parse(text);
    let reyes = article
        .people()
        .iter()
        .find(|p| p.name() == "Tom Reyes")
        .expect("Tom Reyes");
    let at = text.rfind("Tom said").expect("the mention");
    assert!(
        reyes.mentions().iter().any(|m| m.start == at),
        "{:?}",
        article.people()
    );
}

#[test]
fn a_pronoun_opening_a_sentence_prefers_the_subject_of_the_sentence_before() {
    let text = "Harbour news\n\n\
                Mr Tom Reyes criticised Mr Karl Weber over the quay. He said the plans \
                would fail.\n";
    assert_eq!(owner_of(text, "He said").as_deref(), Some("Tom Reyes"));
}

#[test]
fn roles_are_written_out_and_never_cross_a_verb() {
    let text = "Gov. Andrew Hale denied the charge. Mary Cole, the mayor, met Anna Lee. \
The governor said he was innocent. The mayor said the deal was done.\n";
    let article = Article::parse(text);
    let person = |name: &str| person_named(&article, name);
    assert!(
        person("Andrew Hale")
            .roles()
            .iter()
            .any(|r| r == "governor")
    );
    assert!(person("Mary Cole").roles().iter().any(|r| r == "mayor"));
    assert!(person("Anna Lee").roles().is_empty());
    let speaker_of = |piece: &str| {
        article
            .quotes()
            .iter()
            .find(|q| q.content().text(text).contains(piece))
            .and_then(|q| q.speaker())
            .map(|s| s.name().to_string())
    };
    assert_eq!(speaker_of("innocent").as_deref(), Some("Andrew Hale"));
    assert_eq!(
        speaker_of("the deal was done").as_deref(),
        Some("Mary Cole")
    );
}

#[test]
fn a_first_name_alone_by_a_verb_of_saying_joins_the_full_name() {
    let text = "Serena Morgan retired on Friday after losing to Alfonso Reyes's niece. \
\"I am proud,\" Serena said. \"We loved playing with Alfonso,\" she added.\n";
    let article = Article::parse(text);
    let person = |name: &str| person_named(&article, name);
    assert_eq!(person("Serena Morgan").mentions().len(), 3);
    // Inside a quotation, away from any cue, the first name joins nobody.
    assert_eq!(person("Alfonso Reyes").mentions().len(), 1);
    let q = article
        .quotes()
        .iter()
        .find(|q| q.content().text(text).contains("I am proud"))
        .expect("a quote");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Serena Morgan"));
}

#[test]
fn a_role_before_the_name_and_corrected_first_names_tell_the_gender() {
    let text = "His wife, Jean Harris, made the cake. Rangers manager Philippe Clement \
praised the fans. Kirsty Wark chaired the debate.\n";
    let article = Article::parse(text);
    let gender = |name: &str| person_named(&article, name).gender();
    assert_eq!(gender("Jean Harris"), Some(Gender::Female));
    assert_eq!(gender("Philippe Clement"), Some(Gender::Male));
    assert_eq!(gender("Kirsty Wark"), Some(Gender::Female));
}

#[test]
fn a_first_name_alone_joins_nobody_when_it_is_a_place_or_two_people_bear_it() {
    let text = "Chelsea Barker scored twice. Chelsea said the striker had signed.\n\n\
Tom Reyes and Tom Ames met. \"We agreed,\" Tom said.\n\n\
He had phoned his wife, Tom Blake told the court.\n";
    let article = Article::parse(text);
    let alone = |word: &str| {
        article
            .people()
            .iter()
            .flat_map(|p| p.mentions())
            .any(|m| m.text(text) == word)
    };
    assert!(!alone("Chelsea"));
    assert!(!alone("Tom"));
    // A role before the name, with a verb after it, tells no gender.
    assert_eq!(
        person_named(&article, "Tom Blake").gender(),
        Some(Gender::Male)
    );
}

#[test]
fn first_names_the_common_word_rule_left_out_make_people_before_a_surname() {
    let names = names("Walter Hughes met Carol Reyes and Grace Okafor on Monday.\n");
    assert_eq!(names, ["Walter Hughes", "Carol Reyes", "Grace Okafor"]);
}
