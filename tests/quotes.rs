//! Who said what: table tests on short invented texts, and a property that no input
//! makes the quotes layer panic or report a span off a character boundary.

use proptest::prelude::*;
use reportage::{Article, Quote, QuoteKind, SpeakerKind};

/// What a test expects of one quote: its kind, a piece of its content, its speaker's
/// name (None: no speaker) and its cue.
struct Want {
    kind: QuoteKind,
    content: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
}

const fn want(
    kind: QuoteKind,
    content: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
) -> Want {
    Want {
        kind,
        content,
        speaker,
        cue,
    }
}

/// Runs one article and checks that every wanted quote is found with its kind, speaker
/// and cue, and that no other quote is.
fn check(text: &str, wants: &[Want]) {
    let article = Article::parse(text);
    let quotes = article.quotes();
    let shown: Vec<String> = quotes
        .iter()
        .map(|q| {
            format!(
                "{:?} [{}] by {:?} cue {:?}",
                q.kind(),
                q.content().text(text),
                q.speaker().map(|s| s.name()),
                q.cue().map(|c| c.text(text))
            )
        })
        .collect();
    for w in wants {
        let found = quotes
            .iter()
            .find(|q| q.content().text(text).contains(w.content));
        let Some(q) = found else {
            panic!(
                "no quote holds {:?} in {text:?}; found {shown:#?}",
                w.content
            );
        };
        assert_eq!(
            q.kind(),
            w.kind,
            "kind of {:?}; found {shown:#?}",
            w.content
        );
        assert_eq!(
            q.speaker().map(|s| s.name()),
            w.speaker,
            "speaker of {:?}; found {shown:#?}",
            w.content
        );
        assert_eq!(
            q.cue().map(|c| c.text(text)),
            w.cue,
            "cue of {:?}; found {shown:#?}",
            w.content
        );
    }
    assert_eq!(quotes.len(), wants.len(), "in {text:?}: {shown:#?}");
}

const TITLE: &str = "Harbour talks resume in Valletta\n\n";

/// The quote of `article` with the shortest content that holds `piece`.
fn quote_holding<'a>(article: &'a Article, text: &str, piece: &str) -> &'a Quote {
    article
        .quotes()
        .iter()
        .filter(|q| q.content().text(text).contains(piece))
        .min_by_key(|q| q.content().len())
        .unwrap_or_else(|| panic!("no quote holds {piece:?} in {text:?}"))
}

/// The name of the speaker of the quote holding `piece`.
fn speaker_name(article: &Article, text: &str, piece: &str) -> Option<String> {
    quote_holding(article, text, piece)
        .speaker()
        .map(|s| s.name().to_string())
}

/// Checks that the quote holding `piece` of `text` has the speaker `name`.
fn assert_speaker(article: &Article, text: &str, piece: &str, name: &str) {
    assert_eq!(
        speaker_name(article, text, piece).as_deref(),
        Some(name),
        "speaker of {piece:?}"
    );
}

/// Checks that the quote holding `piece` of `text` has the content `want`.
fn assert_content(article: &Article, text: &str, piece: &str, want: &str) {
    assert_eq!(
        quote_holding(article, text, piece).content().text(text),
        want
    );
}

/// Whether the content of the quote holding `piece` of `text` ends with `tail`.
fn content_ends_with(article: &Article, text: &str, piece: &str, tail: &str) -> bool {
    quote_holding(article, text, piece)
        .content()
        .text(text)
        .ends_with(tail)
}

/// Checks that the quote holding each piece of `text` has the speaker named with it.
fn assert_speakers(text: &str, wants: &[(&str, &str)]) {
    let article = Article::parse(text);
    for &(piece, name) in wants {
        assert_speaker(&article, text, piece, name);
    }
}

/// Whether no quote's speaker is named `name`.
fn no_speaker_named(article: &Article, name: &str) -> bool {
    article
        .quotes()
        .iter()
        .all(|q| q.speaker().is_none_or(|s| s.name() != name))
}

/// Whether no quote's content holds `piece`.
fn no_quote_holds(article: &Article, text: &str, piece: &str) -> bool {
    article
        .quotes()
        .iter()
        .all(|q| !q.content().text(text).contains(piece))
}

/// Checks that each of `wants` is the content of a quote of `text`.
fn assert_contents(text: &str, wants: &[&str]) {
    let article = Article::parse(text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(text))
        .collect();
    for want in wants {
        assert!(contents.contains(want), "{want:?} not in {contents:?}");
    }
}

#[test]
fn direct_quotes_in_both_orders() {
    let text = format!(
        "{TITLE}Port Minister Clara Mendes spoke on Monday.\n\n\
         “The harbour will reopen in May,” Mendes said in a statement.\n\n\
         “We are ready,” said harbour master Tomas Rieger.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "The harbour will reopen in May",
                Some("Clara Mendes"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "We are ready",
                Some("Tomas Rieger"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn mixed_partial_and_indirect() {
    let text = format!(
        "{TITLE}Fisheries Minister Anna Borg said that the quota was “far too low” for the island.\n\n\
         Borg points out that the fleet has shrunk by half since 2010.\n\n\
         The union called the plan a “betrayal” of the coast.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Mixed,
                "the quota was “far too low” for the island",
                Some("Anna Borg"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the fleet has shrunk by half since 2010",
                Some("Anna Borg"),
                Some("points out"),
            ),
            want(
                QuoteKind::Partial,
                "“betrayal”",
                Some("The union"),
                Some("called"),
            ),
        ],
    );
}

#[test]
fn according_to_at_either_end() {
    let text = format!(
        "{TITLE}According to the port authority, traffic fell by a third in June.\n\n\
         Ferries will run twice a day, according to harbour master Tomas Rieger.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::AccordingTo,
                "traffic fell by a third in June",
                Some("the port authority"),
                Some("According to"),
            ),
            want(
                QuoteKind::AccordingTo,
                "Ferries will run twice a day",
                Some("Tomas Rieger"),
                Some("according to"),
            ),
        ],
    );
}

#[test]
fn pronouns_and_roles_resolve_to_people() {
    let text = format!(
        "{TITLE}Janet Okafor, the port's chief engineer, visited the docks.\n\n\
         She said the cranes were safe.\n\n\
         The engineer warned that repairs would take a year.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the cranes were safe",
                Some("Janet Okafor"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "repairs would take a year",
                Some("Janet Okafor"),
                Some("warned"),
            ),
        ],
    );
}

#[test]
fn parenthetical_cues() {
    let text = format!("{TITLE}The new pier, the mayor believes, must open “before the summer.”\n");
    check(
        &text,
        &[want(
            QuoteKind::Mixed,
            "must open “before the summer.”",
            Some("the mayor"),
            Some("believes"),
        )],
    );
}

#[test]
fn stray_marks_do_not_shift_later_pairs() {
    // The first paragraph opens a mark it never closes; the second must still pair.
    let text = format!(
        "{TITLE}The captain said the storm was “worse than any in years.\n\n\
         “We lost two boats,” the captain said.\n"
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "We lost two boats");
    assert_eq!(q.kind(), QuoteKind::Direct);
    assert!(q.content().text(&text).starts_with('“'));
}

#[test]
fn quotation_over_paragraphs_reopens_and_closes_once() {
    let text = format!(
        "{TITLE}The report's author, Lena Schulz, wrote:\n\n\
         “The harbour has no plan for storms.\n\n\
         “It has no money for one either.”\n\n\
         The council did not reply.\n"
    );
    let article = Article::parse(&text);
    let q = article.quotes().first().expect("one quote");
    let content = q.content().text(&text);
    assert!(
        content.contains("no plan for storms") && content.contains("no money"),
        "{content:?}"
    );
    assert_eq!(q.speaker().map(|s| s.name()), Some("Lena Schulz"));
}

#[test]
fn straight_and_doubled_quotes() {
    let straight = format!("{TITLE}\"The docks are closed,\" said harbour master Tomas Rieger.\n");
    check(
        &straight,
        &[want(
            QuoteKind::Direct,
            "The docks are closed",
            Some("Tomas Rieger"),
            Some("said"),
        )],
    );
    let doubled = format!("{TITLE}''The docks are closed,'' said harbour master Tomas Rieger.\n");
    check(
        &doubled,
        &[want(
            QuoteKind::Direct,
            "The docks are closed",
            Some("Tomas Rieger"),
            Some("said"),
        )],
    );
    let guillemets = format!("{TITLE}«The docks are closed,» said harbour master Tomas Rieger.\n");
    check(
        &guillemets,
        &[want(
            QuoteKind::Direct,
            "The docks are closed",
            Some("Tomas Rieger"),
            Some("said"),
        )],
    );
}

#[test]
fn unnamed_sources_and_organisations_speak() {
    let text = format!("{TITLE}Officials said the ferry would be replaced.\n");
    let article = Article::parse(&text);
    let q = article.quotes().first().expect("one quote");
    let speaker = q.speaker().expect("a speaker");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
    assert_eq!(speaker.name(), "Officials");
}

#[test]
fn no_speaker_is_guessed_for_a_lone_fragment() {
    let text = format!(
        "{TITLE}Is the harbour safe?\n\nThe port now relies on “real-time weather data from the coast.”\n"
    );
    let article = Article::parse(&text);
    let q = article.quotes().first().expect("the fragment");
    assert_eq!(q.kind(), QuoteKind::Partial);
    assert!(q.speaker().is_none());
}

#[test]
fn people_are_named_with_titles_first_names_and_surnames() {
    let text = format!(
        "{TITLE}Port Minister Clara Mendes met spokeswoman Ines Duarte and Rui Albergaria, 54, a fisherman.\n\n\
         Mendes said she was hopeful.\n"
    );
    let article = Article::parse(&text);
    let names: Vec<&str> = article.people().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["Clara Mendes", "Ines Duarte", "Rui Albergaria"]);
    let mendes = &article.people()[0];
    // The full name, the surname and "she".
    assert_eq!(mendes.mentions().len(), 3, "{:?}", mendes.mentions());
}

#[test]
fn signatures_transcripts_and_the_one_told() {
    let signature = format!("{TITLE}“The ferries must run on time.” ― Marta Lindqvist\n");
    check(
        &signature,
        &[want(
            QuoteKind::Direct,
            "The ferries must run on time",
            Some("Marta Lindqvist"),
            Some("―"),
        )],
    );
    let transcript = format!(
        "{TITLE}HOST: Will the harbour reopen in May?\n\nMENDES: It will, if the weather holds.\n"
    );
    let article = Article::parse(&transcript);
    let speakers: Vec<_> = article
        .quotes()
        .iter()
        .filter_map(|q| q.speaker().map(|s| s.name().to_string()))
        .collect();
    assert_eq!(speakers, ["HOST", "MENDES"]);
    let told = format!("{TITLE}“We are not finished,” she told Radio Malta.\n");
    check(
        &told,
        &[want(
            QuoteKind::Direct,
            "We are not finished",
            Some("she"),
            Some("told"),
        )],
    );
}

#[test]
fn report_boundaries_passives_and_nested_reports() {
    let text = format!(
        "{TITLE}Fisheries Minister Anna Borg spoke on Tuesday.\n\n\
         The new quota will cut the catch by a third, said Mr. Rieger, the head of the harbour board.\n\n\
         Borg acknowledged the strain on small boats, especially during the winter storms.\n\n\
         The quota plan was first reported by the Island Gazette.\n\n\
         Rieger called the minister a “dreamer,” a “gambler” and “reckless.”\n\n\
         The union said the ministry called for a review.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "The new quota will cut the catch by a third",
                Some("Rieger"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the strain on small boats",
                Some("Anna Borg"),
                Some("acknowledged"),
            ),
            want(
                QuoteKind::Indirect,
                "The quota plan",
                Some("the Island Gazette"),
                Some("reported"),
            ),
            want(
                QuoteKind::Partial,
                "the minister a “dreamer,” a “gambler” and “reckless.”",
                Some("Rieger"),
                Some("called"),
            ),
            want(
                QuoteKind::Indirect,
                "the ministry called for a review",
                Some("The union"),
                Some("said"),
            ),
        ],
    );
    let article = Article::parse(&text);
    let said = article
        .quotes()
        .iter()
        .find(|q| q.cue().is_some_and(|c| c.text(&text) == "said"))
        .map(|q| q.content().text(&text));
    assert!(said.is_some_and(|c| !c.contains("head of the harbour board")));
    let acknowledged = article
        .quotes()
        .iter()
        .find(|q| q.cue().is_some_and(|c| c.text(&text) == "acknowledged"))
        .map(|q| q.content().text(&text));
    assert!(acknowledged.is_some_and(|c| !c.contains("winter")));
}

#[test]
fn empty_and_mark_only_texts() {
    for text in [
        "",
        "“",
        "”",
        "\"\"\"",
        "'' '' ''",
        "« » « »",
        "“\n\n”\n\n“",
        "said",
        "according to",
    ] {
        let article = Article::parse(text);
        for q in article.quotes() {
            assert!(text.get(q.content().start..q.content().end).is_some());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_spans_fit(text in "(\\PC|[“”‘’\"'«» \n,.:]|said |according to |He |She ){0,80}") {
        let article = Article::parse(&text);
        for q in article.quotes() {
            prop_assert!(text.get(q.content().start..q.content().end).is_some());
            prop_assert!(text.get(q.span().start..q.span().end).is_some());
            if let Some(c) = q.cue() {
                prop_assert!(text.get(c.start..c.end).is_some());
            }
            if let Some(s) = q.speaker() {
                prop_assert!(text.get(s.span().start..s.span().end).is_some());
            }
            // Segments lie in the content, in order, each on char boundaries.
            let mut from = q.content().start;
            for seg in q.segments() {
                prop_assert!(text.get(seg.start..seg.end).is_some());
                prop_assert!(q.content().contains(*seg) && seg.start >= from);
                from = seg.end;
            }
        }
        for p in article.people() {
            for m in p.mentions() {
                prop_assert!(text.get(m.start..m.end).is_some());
            }
        }
    }

    #[test]
    fn only_quote_marks(text in "[“”‘’\"'«»„ \n]{0,60}") {
        let article = Article::parse(&text);
        let _ = article.quotes();
    }
}

#[test]
fn participle_after_a_comma_has_the_clause_subject() {
    let text = format!(
        "{TITLE}The Gozo Fishing Cooperative asked for a delay to the new quota rules, \
         warning that smaller boats would be sold off.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "smaller boats would be sold off",
            Some("The Gozo Fishing Cooperative"),
            Some("warning"),
        )],
    );
}

#[test]
fn said_of_names_what_was_spoken_about_not_the_speaker() {
    let text = format!(
        "{TITLE}Port Minister Clara Mendes presented the plan on Monday.\n\n\
         “It is fair to every fleet,” Tomas Rieger, a harbour pilot at Marsaxlokk and a \
         member of the union, said of Mendes’s plan.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "It is fair to every fleet",
            Some("Tomas Rieger"),
            Some("said"),
        )],
    );
}

#[test]
fn a_name_before_a_chain_of_appositions_speaks() {
    let text = format!(
        "{TITLE}Clara Mendes, the port minister of Malta, a member of the Harbour Council, \
         said the quay would reopen in May.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the quay would reopen in May",
            Some("Clara Mendes"),
            Some("said"),
        )],
    );
}

#[test]
fn a_that_clause_is_reported_even_when_the_subject_is_hard_to_find() {
    let text = format!(
        "{TITLE}To varying degrees, all agreed that the levy would fall hardest on small boats.\n\n\
         After harbour officials insisted in June that the quay would reopen, the ferries \
         waited.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the levy would fall hardest on small boats",
                Some("all"),
                Some("agreed"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay would reopen",
                Some("harbour officials"),
                Some("insisted"),
            ),
        ],
    );
    // What follows the comma is the main clause, not what was said.
    let article = Article::parse(&text);
    assert!(
        article
            .quotes()
            .iter()
            .all(|q| !q.content().text(&text).contains("ferries"))
    );
}

#[test]
fn thinking_verbs_take_a_clause_without_that_and_gerunds_report_nothing() {
    let text = format!(
        "{TITLE}Many of the skippers believe the new quotas are unfair.\n\n\
         It is worth noting that the quotas were set in 2019.\n\n\
         The harbour master left without saying that the quay was closed.\n\n\
         “Get off the pier,” she yells.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the new quotas are unfair",
                Some("Many of the skippers"),
                Some("believe"),
            ),
            want(
                QuoteKind::Direct,
                "Get off the pier",
                Some("she"),
                Some("yells"),
            ),
        ],
    );
}

#[test]
fn a_noun_of_saying_reports_its_that_clause_for_its_owner() {
    let text = format!(
        "{TITLE}Inspectors checked Clara Mendes’s claim that the quay had been repaired twice.\n\n\
         The ferry company faces growing concerns that its boats are too old.\n\n\
         The ferry that the council bought has been repaired.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay had been repaired twice",
                Some("Clara Mendes"),
                Some("claim"),
            ),
            want(
                QuoteKind::Indirect,
                "its boats are too old",
                None,
                Some("concerns"),
            ),
        ],
    );
}

#[test]
fn participles_and_second_verbs_take_their_clause_subject() {
    let text = format!(
        "{TITLE}Clara Mendes thanked Tomas Rieger before asking him, “Will the quay be ready?”\n\n\
         When the levy came up on Monday, Tomas Rieger laughed and said that \
         it would never pass.\n\n\
         The harbour pilots were also polite, perhaps recognizing that the ferries need them.\n\n\
         A 2019 study that appeared in a shipping journal found that the quay was sinking.\n\n\
         Chastened by the reviews, the Harbour Board revised its plan, promising that fees \
         would fall.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Mixed,
                "Will the quay be ready?",
                Some("Clara Mendes"),
                Some("asking"),
            ),
            want(
                QuoteKind::Indirect,
                "it would never pass",
                Some("Tomas Rieger"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the ferries need them",
                Some("The harbour pilots"),
                Some("recognizing"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay was sinking",
                Some("A 2019 study"),
                Some("found"),
            ),
            want(
                QuoteKind::Indirect,
                "fees would fall",
                Some("the Harbour Board"),
                Some("promising"),
            ),
        ],
    );
}

#[test]
fn party_tags_and_verbs_of_telling_after_a_quotation() {
    let text = format!(
        "{TITLE}“The quay will be rebuilt,” Senator Ann Lee, D-Ore., said Tuesday.\n\n\
         “We were never asked,” Tomas Rieger, a harbour pilot at Marsaxlokk, told the Harbour \
         Gazette.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "The quay will be rebuilt",
                Some("Ann Lee"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "We were never asked",
                Some("Tomas Rieger"),
                Some("told"),
            ),
        ],
    );
}

#[test]
fn a_quoted_name_given_to_an_object_is_what_the_subject_called_it() {
    let text = format!(
        "{TITLE}Clara Mendes openly admires the old harbour master as a “true seaman of the \
         island,” and the crews agree.\n\n\
         The pilot was known as a “fixer” in the port.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Mixed,
            "the old harbour master as a “true seaman of the island,”",
            Some("Clara Mendes"),
            Some("admires"),
        )],
    );
}

#[test]
fn an_infinitive_reports_for_the_subject_of_the_verb_that_controls_it() {
    let text = format!(
        "{TITLE}Clara Mendes appeared to suggest that the quay would close in May.\n\n\
         Tomas Rieger has refused to discuss the harbour fees.\n\n\
         The senators forced Clara Mendes to admit that the quay was sinking.\n\n\
         There is no way to tell whether the fees will rise.\n\n\
         The new law requires pilots to tell the harbour master when a ship is late.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay would close in May",
                Some("Clara Mendes"),
                Some("suggest"),
            ),
            want(
                QuoteKind::Indirect,
                "the harbour fees",
                Some("Tomas Rieger"),
                Some("discuss"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay was sinking",
                Some("Clara Mendes"),
                Some("admit"),
            ),
        ],
    );
}

#[test]
fn colon_sentences_relative_pronouns_and_asides_give_speakers() {
    let text = format!(
        "{TITLE}On Monday, Clara Mendes made the following comment:\n\n\
         “The quay will not close while I am minister.”\n\n\
         Instead, the study -- which notes that the quay sank by ten centimetres -- was shelved.\n\n\
         Pilots want lower fees (they say the fees are high and argue that ships will leave).\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "The quay will not close while I am minister.",
                Some("Clara Mendes"),
                None,
            ),
            want(
                QuoteKind::Indirect,
                "the quay sank by ten centimetres",
                Some("the study"),
                Some("notes"),
            ),
            want(
                QuoteKind::Indirect,
                "the fees are high",
                Some("they"),
                Some("say"),
            ),
            want(
                QuoteKind::Indirect,
                "ships will leave",
                Some("they"),
                Some("argue"),
            ),
        ],
    );
}

#[test]
fn sentence_subjects_after_quotations_and_opening_participles() {
    let text = format!(
        "{TITLE}“Keep the lights on,” Clara Mendes tells Tomas Rieger before asking him, \
         “Will the quay be ready?”\n\n\
         Following a late meeting, the Harbour Board called the plan “reckless.”\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "Keep the lights on",
                Some("Clara Mendes"),
                Some("tells"),
            ),
            want(
                QuoteKind::Mixed,
                "Will the quay be ready?",
                Some("Clara Mendes"),
                Some("asking"),
            ),
            want(
                QuoteKind::Partial,
                "“reckless.”",
                Some("the Harbour Board"),
                Some("called"),
            ),
        ],
    );
}

#[test]
fn the_subject_of_a_passive_cue_is_not_its_speaker() {
    let text = format!(
        "{TITLE}Tomas Rieger was accused of hiding the harbour accounts.\n\n\
         Clara Mendes has been harshly criticized for closing the quay.\n\n\
         Clara Mendes is saying that the quay will reopen.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "hiding the harbour accounts",
                None,
                Some("accused"),
            ),
            want(
                QuoteKind::Indirect,
                "closing the quay",
                None,
                Some("criticized"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay will reopen",
                Some("Clara Mendes"),
                Some("saying"),
            ),
        ],
    );
}

#[test]
fn unnamed_sources_after_the_cue_and_having_said_that() {
    let text = format!(
        "{TITLE}“The pilots are in a frenzy,” said one harbour source in the room.\n\n\
         Having said that, there are some pilots who argue that the fees are fair.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "The pilots are in a frenzy",
                Some("one harbour source in the room"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the fees are fair",
                Some("some pilots"),
                Some("argue"),
            ),
        ],
    );
}

#[test]
fn an_opening_phrase_before_the_speaker_is_not_what_was_said() {
    let text = format!(
        "{TITLE}In an interview on “Harbour Radio,” Clara Mendes said the quay would reopen in May.\n\n\
         In the end the quay will be rebuilt, Tomas Rieger said.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay would reopen in May",
                Some("Clara Mendes"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "In the end the quay will be rebuilt",
                Some("Tomas Rieger"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn as_clauses_and_clauses_after_an_inverted_looking_cue() {
    let text = format!(
        "{TITLE}The ferry did not sail on Monday, as harbour officials have said.\n\n\
         Tomas Rieger, who studies harbour law, said Clara Mendes’s plan didn’t add up.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "The ferry did not sail on Monday",
                Some("harbour officials"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "Clara Mendes’s plan didn’t add up",
                Some("Tomas Rieger"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn titles_in_quotation_marks_quote_no_one() {
    let text = format!(
        "{TITLE}“The quay is safe,” Rieger, a harbour pilot, said Thursday on Harbour Radio’s \
         “Morning at the Port.”\n\n\
         The film “Boats of the North” opened on Friday.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "The quay is safe",
            Some("Rieger"),
            Some("said"),
        )],
    );
}

#[test]
fn a_cue_that_opens_the_text_reads_nothing_before_it() {
    // Found by the property tests: the word before a cue at the very start of the text.
    for text in ["told.", "told", "said, “x”", "asking", "told that he would"] {
        let article = Article::parse(text);
        for q in article.quotes() {
            assert!(q.content().end <= text.len());
        }
    }
}

#[test]
fn a_headline_reports_once_and_a_capitalised_cue_can_open_the_sentence() {
    let text = "Mendes Says Harbour Board Will Tell of Losses and Delays\n\n\
                VALLETTA - The board met on Monday.\n\n\
                Said Rieger: “I do not think the board will tell us anything.”\n";
    check(
        text,
        &[
            want(
                QuoteKind::Indirect,
                "Harbour Board Will Tell of Losses and Delays",
                Some("Mendes"),
                Some("Says"),
            ),
            want(
                QuoteKind::Direct,
                "I do not think the board will tell us anything.",
                Some("Rieger"),
                Some("Said"),
            ),
        ],
    );
}

#[test]
fn phrasal_cues_in_every_form_and_as_someone_put_it() {
    let text = format!(
        "{TITLE}The new levy is, as one harbour economist put it, “a tax on thrift.”\n\n\
         Mayor Ann Lowe went on to point out that the budget was balanced.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "a tax on thrift",
                Some("one harbour economist"),
                Some("put it"),
            ),
            want(
                QuoteKind::Indirect,
                "the budget was balanced",
                Some("Ann Lowe"),
                Some("point out"),
            ),
        ],
    );
}

#[test]
fn a_curly_mark_does_not_reopen_a_straight_one() {
    // A straight mark left open by a scraper is not continued by the curly quotation of
    // the next paragraph: that quotation stands alone.
    let text = format!(
        "{TITLE}\"The quay was calm that night. Nobody on the boats expected the storm to turn.\n\n\
         “We were lucky,” Rieger said.\n"
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "We were lucky");
    let content = q.content().text(&text);
    assert!(!content.contains("Nobody"), "{content:?}");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Rieger"));
}

#[test]
fn a_determined_subject_after_an_opening_phrase_speaks() {
    let text = format!(
        "{TITLE}In the harbour’s favor, the engineers I interviewed said the new quay was sound.\n\n\
         Still, most pilots we asked said the channel was too narrow.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the new quay was sound",
                Some("the engineers I interviewed"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the channel was too narrow",
                Some("most pilots we asked"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_quotation_with_its_own_attribution_is_no_continuation() {
    let text = format!(
        "{TITLE}“The quay will reopen in May,” Ann Lee said. “It is not safe yet,” the pilot Tomas \
         Kerr added on Monday.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "The quay will reopen in May",
                Some("Ann Lee"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "It is not safe yet",
                Some("Tomas Kerr"),
                Some("added"),
            ),
        ],
    );
    // The first quote ends with its own quotation.
    let article = Article::parse(&text);
    let first = &article.quotes()[0];
    assert!(!first.content().text(&text).contains("not safe"));
}

#[test]
fn a_pronoun_after_a_quotation_is_not_someone_named_inside_it() {
    let text = format!(
        "{TITLE}The analyst Peter Hensel has studied the port for years.\n\n\
         “That way, Mr Rieger can keep his promise to the pilots,” he told the Gazette.\n\n\
         Tomas Rieger is the mayor.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "keep his promise",
            Some("Peter Hensel"),
            Some("told"),
        )],
    );
}

#[test]
fn add_write_and_report_with_a_plain_object_report_nothing() {
    let text = format!(
        "{TITLE}Kerr added the last try before the whistle. The firm reported a 20% rise in \
         profit, and Lee wrote a book about the quay.\n\n\
         “It was hard,” Kerr added. Lee added that the quay would reopen. The Gazette \
         reported that the ferry was late.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "It was hard",
                Some("Kerr"),
                Some("added"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay would reopen",
                Some("Lee"),
                Some("added"),
            ),
            want(
                QuoteKind::Indirect,
                "the ferry was late",
                Some("The Gazette"),
                Some("reported"),
            ),
        ],
    );
}

#[test]
fn the_medium_told_is_no_part_of_what_was_said() {
    let text = format!(
        "{TITLE}Mr Rieger told Harbour Radio 4's Morning programme the quay was safe.\n\n\
         Ann Lee told the Island News website the ferry was late.\n\n\
         Tomas Kerr told the story of the storm.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay was safe",
                Some("Rieger"),
                Some("told"),
            ),
            want(
                QuoteKind::Indirect,
                "the ferry was late",
                Some("Ann Lee"),
                Some("told"),
            ),
            want(
                QuoteKind::Indirect,
                "the story of the storm",
                Some("Tomas Kerr"),
                Some("told"),
            ),
        ],
    );
    let article = Article::parse(&text);
    for q in article.quotes() {
        let content = q.content().text(&text);
        assert!(
            !content.contains("programme") && !content.contains("website"),
            "{content:?}"
        );
    }
}

#[test]
fn a_noun_of_saying_belongs_to_its_owner_not_to_whoever_reacts_to_it() {
    let text = format!(
        "{TITLE}Shares in Quay Holdings rose on speculation that a bid was coming.\n\n\
         Ann Lee rejected speculation that the quay would close.\n\n\
         The report that the ferry sank was false.\n\n\
         The new figures contradict the Valletta police’s earlier claim that the pier was empty.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "a bid was coming",
                None,
                Some("speculation"),
            ),
            // What she rejects is the speculation: her report holds it, and it is no
            // claim of hers.
            want(
                QuoteKind::Indirect,
                "speculation that the quay would close",
                Some("Ann Lee"),
                Some("rejected"),
            ),
            want(QuoteKind::Indirect, "the ferry sank", None, Some("report")),
            want(
                QuoteKind::Indirect,
                "the pier was empty",
                Some("the Valletta police"),
                Some("claim"),
            ),
        ],
    );
}

#[test]
fn a_quotation_that_is_a_whole_sentence_is_direct() {
    let text = format!(
        "{TITLE}Ann Lee said the quay had flooded twice. “It was a disaster for the town.”\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay had flooded twice",
                Some("Ann Lee"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "It was a disaster for the town",
                Some("Ann Lee"),
                None,
            ),
        ],
    );
}

#[test]
fn someone_s_aide_is_not_the_last_person_named() {
    let text = format!(
        "{TITLE}Mayor Ann Lee visited the quay on Monday.\n\n\
         “The repairs will start soon,” the mayor’s press secretary said.\n"
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "repairs");
    let speaker = q.speaker().expect("the spokesman speaks");
    assert_ne!(speaker.name(), "Ann Lee");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
}

#[test]
fn a_straight_mark_left_open_gives_way_to_a_curly_quotation() {
    // The scraper left a straight mark at the start of the paragraph; the curly
    // quotation inside it is what was said.
    let text = format!(
        "{TITLE}\"The crowd grew quiet as Ann Lee walked onto the quay, shouting “Open the port now!”\n"
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "Open the port");
    let content = q.content().text(&text);
    assert!(!content.contains("crowd"), "{content:?}");
}

#[test]
fn a_participle_before_a_speaker_is_no_part_of_its_name() {
    let text = format!(
        "{TITLE}The mayor was forced to defend not paying an engineer who said he was owed \
         money for the quay.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "he was owed money",
            Some("an engineer"),
            Some("said"),
        )],
    );
}

#[test]
fn a_sentence_ending_in_a_colon_names_its_own_speaker() {
    let text = format!(
        "{TITLE}“We will reopen the quay,” Ann Lee said. The pilots were less sure. Their \
         leader Tomas Kerr made a plea to the board: “Give us a date.”\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "We will reopen the quay",
                Some("Ann Lee"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "Give us a date",
                Some("Tomas Kerr"),
                None,
            ),
        ],
    );
}

#[test]
fn a_demonym_before_a_company_is_not_the_state_speaking() {
    let text = format!(
        "{TITLE}The Maltese firm said profits rose. The French government said it would act.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "profits rose",
                Some("The Maltese firm"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "it would act",
                Some("France"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn the_byline_s_author_is_nobody_the_text_quotes() {
    let text = "Harbour dues to fall\n\nBy JOHN DOE, HARBOUR CORRESPONDENT\n\n\
                The harbour master announced on Wednesday that dues would fall by a third. \
                He said the cut would cost the port 2 million euros.\n\n\
                “It is a fair deal,” the harbour master said.\n";
    let article = Article::parse(text);
    for q in article.quotes() {
        assert_ne!(
            q.speaker().map(|s| s.name()),
            Some("John Doe"),
            "{:?}",
            q.content().text(text)
        );
    }
    assert!(article.quotes().len() >= 3);
}

#[test]
fn charge_challenge_and_highlight_report_only_a_clause() {
    let text = format!(
        "{TITLE}The board charged fees for the quay and challenged the ruling in court. \
         Rieger highlighted the cost of the repairs. Lee assumed her post in May.\n\n\
         Ann Lee charged that the board had hidden the cost.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the board had hidden the cost",
            Some("Ann Lee"),
            Some("charged"),
        )],
    );
}

#[test]
fn a_participle_in_an_opening_phrase_reports_nothing() {
    let text =
        format!("{TITLE}In a message posted Friday, Ann Lee said the quay would reopen in June.\n");
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the quay would reopen",
            Some("Ann Lee"),
            Some("said"),
        )],
    );
}

#[test]
fn a_passive_report_inside_another_adds_nobody() {
    let text = format!("{TITLE}Ann Lee said she was asked to leave the quay.\n");
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "she was asked to leave the quay",
            Some("Ann Lee"),
            Some("said"),
        )],
    );
}

#[test]
fn second_review_regressions_stay_fixed() {
    // A participle after "said" is an adjective of what was said; a verb that takes
    // plain objects still reports a clause whose verb is in the past; an adjective after
    // a possessive keeps the owner; an opening phrase without a comma is no speaker.
    let text = format!(
        "{TITLE}Police said reported thefts had fallen by a third.\n\n\
         The company reported profits rose 5% in the year.\n\n\
         Trump’s disputed claim that the vote was stolen spread fast.\n\n\
         On Tuesday Rieger tweeted, “The quay will be rebuilt.”\n\n\
         At a press conference the mayor announced, “The quay will reopen.”\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "reported thefts had fallen",
                Some("Police"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "profits rose 5%",
                Some("The company"),
                Some("reported"),
            ),
            want(
                QuoteKind::Indirect,
                "the vote was stolen",
                Some("Trump"),
                Some("claim"),
            ),
            want(
                QuoteKind::Direct,
                "The quay will be rebuilt",
                Some("Rieger"),
                Some("tweeted"),
            ),
            want(
                QuoteKind::Direct,
                "The quay will reopen",
                Some("the mayor"),
                Some("announced"),
            ),
        ],
    );
}

#[test]
fn a_relative_clause_with_its_own_report_ends_what_was_said() {
    let text = format!(
        "{TITLE}Ann Lee said the board had ignored the pilots, which she said was a mistake.\n"
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "ignored the pilots");
    let content = q.content().text(&text);
    assert!(!content.contains("mistake"), "{content:?}");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Ann Lee"));
}

#[test]
fn a_subordinate_clause_opening_what_was_said_does_not_end_it() {
    let text = format!(
        "{TITLE}The pilots worried that if the board held up the deal, the harbour company \
         could threaten to close the quay.\n"
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "held up the deal");
    let content = q.content().text(&text);
    assert!(content.contains("close the quay"), "{content:?}");
    assert_eq!(q.speaker().map(|s| s.name()), Some("The pilots"));
}

#[test]
fn a_quoted_title_in_the_attribution_does_not_stop_the_continuation() {
    let text = format!(
        "{TITLE}“He is right about the quay,” Flynn, a harbour pilot, said Thursday on Harbour \
         Radio’s “Morning at the Port.” “I mean, there is a lot of frustration in the ranks.”\n"
    );
    let article = Article::parse(&text);
    let quotes = article.quotes();
    assert_eq!(
        quotes.len(),
        1,
        "{:?}",
        quotes
            .iter()
            .map(|q| q.content().text(&text))
            .collect::<Vec<_>>()
    );
    let content = quotes[0].content().text(&text);
    assert!(content.contains("right about the quay") && content.contains("frustration"));
    assert_eq!(quotes[0].speaker().map(|s| s.name()), Some("Flynn"));
}

#[test]
fn a_fronted_as_clause_and_a_trailing_attribution() {
    let text = format!(
        "{TITLE}As Ann Lee put it in a statement to the harbour board in July, the quay is \
         the heart of the town.\n\n\
         Those repairs are continuing, she said.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay is the heart of the town",
                Some("Ann Lee"),
                Some("put it"),
            ),
            want(
                QuoteKind::Indirect,
                "Those repairs are continuing",
                Some("Ann Lee"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_passive_without_its_agent_reports_nothing_before_it() {
    let text = format!(
        "{TITLE}The mayor wants the board to pardon Ann Lee, who has not been charged with any \
         crime.\n"
    );
    let article = Article::parse(&text);
    for q in article.quotes() {
        assert_ne!(
            q.cue().map(|c| c.text(&text)),
            Some("charged"),
            "{:?}",
            q.content().text(&text)
        );
    }
}

#[test]
fn that_after_a_noun_before_says_is_a_relative_pronoun() {
    let text =
        format!("{TITLE}The board published a study of the pier that says the quay is unsafe.\n");
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the quay is unsafe",
            Some("a study of the pier"),
            Some("says"),
        )],
    );
}

#[test]
fn as_stated_in_a_source_reports_the_main_clause() {
    let text = format!(
        "{TITLE}As reported by the Island Gazette, the ferry was late on Monday.\n\n\
         As expected, the pier stayed closed.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the ferry was late on Monday",
            Some("the Island Gazette"),
            Some("reported"),
        )],
    );
}

#[test]
fn an_aside_in_brackets_after_the_speaker_is_passed_over() {
    let text = format!(
        "{TITLE}Taxing the quay ''is a misguided approach,'' said Mr. Burman (a view shared by \
         everyone I met at the harbour).\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Mixed,
            "is a misguided approach",
            Some("Burman"),
            Some("said"),
        )],
    );
}

#[test]
fn a_sentence_of_many_attributions_reports_each_quotation_alone() {
    // Found by review: every cue reported back to the sentence's start, so the work
    // grew with the square of the sentence's length.
    let text: String = (0..300)
        .map(|i| format!("“We win {i},” said Mr. Lee, "))
        .collect();
    let article = Article::parse(&text);
    let quotes = article.quotes();
    assert!(quotes.len() >= 250, "{}", quotes.len());
    for q in quotes {
        assert!(
            q.content().text(&text).len() < 120,
            "{:?}",
            q.content().text(&text)
        );
    }
}

#[test]
fn an_occasion_at_the_end_of_a_report_is_no_part_of_it() {
    let text = format!(
        "{TITLE}Mayor Ines Okafor promised as much in an interview with the Herald last week.\n\n\
         The union's leader, Tom Reyes, said the buses were late in a letter to the council, \
         and the answers were never sent.\n"
    );
    let article = Article::parse(&text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    // The occasion ends what was said ...
    assert!(contents.contains(&"as much"), "{contents:?}");
    // ... unless a clause follows it: then it is inside what was said.
    assert!(
        contents
            .iter()
            .any(|c| c.contains("in a letter to the council")),
        "{contents:?}"
    );
}

#[test]
fn a_phrase_of_time_or_place_after_an_inverted_speaker_ends_the_name() {
    let text = format!(
        "{TITLE}“Prices will rise,” said Ana Ruiz on Friday.\n\n\
         “Rates will hold,” said Tom Reyes of Velna Bank in a statement issued in Kyiv.\n\n\
         “We won,” said Lena Vogel afterwards.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "Prices will rise",
                Some("Ana Ruiz"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "Rates will hold",
                Some("Tom Reyes"),
                Some("said"),
            ),
            want(
                QuoteKind::Direct,
                "We won",
                Some("Lena Vogel"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_clause_after_a_phrase_of_time_is_what_was_said() {
    let text = format!(
        "{TITLE}The Velna Port Authority said on Thursday there were no plans to sell the quay.\n\n\
         Ana Ruiz said last week she would not stand again.\n\n\
         Tom Reyes spoke at the harbour on Friday.\n"
    );
    let article = Article::parse(&text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    assert!(
        contents.contains(&"there were no plans to sell the quay"),
        "{contents:?}"
    );
    assert!(
        contents.contains(&"she would not stand again"),
        "{contents:?}"
    );
    assert!(
        !contents.iter().any(|c| c.contains("harbour")),
        "{contents:?}"
    );
}

#[test]
fn the_owner_named_by_a_possessive_is_not_the_speaker() {
    let text = format!(
        "{TITLE}Striker Tom Reyes has been linked with a move to Velna.\n\n\
         His agent said the player would stay at the club.\n\n\
         His lawyer Ana Ruiz said the contract was valid.\n\n\
         His tweets said the club had lied.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the player would stay",
                Some("His agent"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the contract was valid",
                Some("Ana Ruiz"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the club had lied",
                Some("Tom Reyes"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_phrase_before_an_aside_opened_by_a_participle_speaks() {
    let text = format!("{TITLE}The report, published on Monday, said prices had risen sharply.\n");
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "prices had risen sharply",
            Some("The report"),
            Some("said"),
        )],
    );
}

#[test]
fn a_second_verb_speaks_for_the_named_bearer_of_a_role() {
    let text = format!(
        "{TITLE}Velna United chairman Tom Reyes said the club would appeal and claimed \
         the referee was wrong.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the club would appeal",
                Some("Tom Reyes"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the referee was wrong",
                Some("Tom Reyes"),
                Some("claimed"),
            ),
        ],
    );
}

#[test]
fn according_to_a_measure_is_no_source_and_a_sentence_adverb_opens_the_phrase() {
    let text = format!(
        "{TITLE}Fines were set according to how much each firm earned.\n\n\
         However, according to researchers at Velna University, the chip will be faster.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::AccordingTo,
            "the chip will be faster",
            Some("researchers at Velna University"),
            Some("according to"),
        )],
    );
}

#[test]
fn an_adjective_of_feeling_reports_for_its_subject() {
    let text = format!(
        "{TITLE}Critics are worried that the quay will flood.\n\n\
         Ana Ruiz remains convinced that the plan will work.\n\n\
         He was not convinced by the arguments of Tom Reyes.\n\n\
         The losses have convinced Velna Motors to leave the market.\n\n\
         As far as Ana Ruiz is concerned the findings must not be ignored.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay will flood",
                Some("Critics"),
                Some("worried"),
            ),
            want(
                QuoteKind::Indirect,
                "the plan will work",
                Some("Ana Ruiz"),
                Some("convinced"),
            ),
        ],
    );
}

#[test]
fn a_cue_nested_in_what_was_said_does_not_hide_the_next_speakers_clause() {
    let text = format!(
        "{TITLE}Republicans said they were increasingly convinced the inquiry had failed \
         and Democrats accused the party of stoking the issue.\n"
    );
    let article = Article::parse(&text);
    let said = article
        .quotes()
        .iter()
        .find(|q| q.cue().map(|c| c.text(&text)) == Some("said"))
        .expect("the report of 'said'");
    let content = said.content().text(&text);
    assert!(content.ends_with("the inquiry had failed"), "{content:?}");
}

#[test]
fn a_bare_form_that_is_also_a_noun_is_a_cue_only_after_its_subject() {
    let text = format!(
        "{TITLE}Security firms estimate that half of all e-mail is spam.\n\n\
         Critics fear the move could cost jobs.\n\n\
         Ministers debated a bill which critics claim would close the quay.\n\n\
         Passengers could claim compensation for delays.\n\n\
         There are fears demand may not be met.\n\n\
         The tax report was late.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "half of all e-mail is spam",
                Some("Security firms"),
                Some("estimate"),
            ),
            want(
                QuoteKind::Indirect,
                "the move could cost jobs",
                Some("Critics"),
                Some("fear"),
            ),
            want(
                QuoteKind::Indirect,
                "would close the quay",
                Some("critics"),
                Some("claim"),
            ),
        ],
    );
}

#[test]
fn a_narrated_sentence_naming_someone_else_ends_a_continued_quotation() {
    let text = format!(
        "{TITLE}\u{201c}What a way to end the year,\u{201d} said Ana Ruiz afterwards. Coach Tom Reyes \
         wants her in the team next year. \u{201c}I think it will help us a lot.\u{201d}\n\n\
         \u{201c}We played well,\u{201d} said Lena Vogel. She smiled. \u{201c}We will win the next one.\u{201d}\n"
    );
    let article = Article::parse(&text);
    let by = |needle: &str| {
        article
            .quotes()
            .iter()
            .find(|q| q.content().text(&text).contains(needle))
            .and_then(|q| q.speaker().map(|s| s.name().to_string()))
    };
    assert_eq!(by("help us a lot").as_deref(), Some("Tom Reyes"));
    assert_eq!(by("What a way").as_deref(), Some("Ana Ruiz"));
    // A sentence about the same speaker, by pronoun, still continues her quote.
    let vogel = quote_holding(&article, &text, "We played well");
    assert!(vogel.content().text(&text).contains("win the next one"));
}

#[test]
fn a_gerund_subject_after_a_comma_opens_no_aside() {
    let text = format!(
        "{TITLE}The judges ruled that despite being used to share songs, file-sharing could \
         not be banned.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "file-sharing could not be banned",
            Some("The judges"),
            Some("ruled"),
        )],
    );
}

#[test]
fn a_verb_of_naming_after_a_comma_has_no_speaker_after_it() {
    let text = format!("{TITLE}The new phone, dubbed a leisure gadget, was built in Velna.\n");
    let article = Article::parse(&text);
    for q in article.quotes() {
        assert_ne!(
            q.speaker().map(|s| s.name()),
            Some("a leisure gadget"),
            "{:?}",
            q.content().text(&text)
        );
    }
}

#[test]
fn the_one_quoted_as_saying_speaks_not_the_medium() {
    let text = format!(
        "{TITLE}The Velna Herald quoted Ana Ruiz as saying the quay was unsafe.\n\n\
         Tom Reyes was quoted in a Velna newspaper as saying he would like to leave.\n\n\
         His book is now widely seen as predicting the digital age.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay was unsafe",
                Some("Ana Ruiz"),
                Some("saying"),
            ),
            want(
                QuoteKind::Indirect,
                "he would like to leave",
                Some("Tom Reyes"),
                Some("saying"),
            ),
        ],
    );
}

#[test]
fn a_subordinate_clause_after_the_cue_is_part_of_what_was_said() {
    let text = format!(
        "{TITLE}Ana Ruiz said while it was an agreement in principle, the groups would meet again.\n\n\
         Tom Reyes pointed out that Velna, Ostra and the Harbour Board, which joined later, \
         have announced plans to vote.\n"
    );
    let article = Article::parse(&text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    assert!(
        contents.contains(&"while it was an agreement in principle, the groups would meet again"),
        "{contents:?}"
    );
    // A list of subjects is no clause of its own: the report is not cut inside it.
    assert!(
        contents
            .iter()
            .any(|c| c.starts_with("Velna, Ostra and the Harbour Board")
                && c.ends_with("plans to vote")),
        "{contents:?}"
    );
}

#[test]
fn a_participle_after_a_comma_has_no_speaker_after_it() {
    let text = format!(
        "{TITLE}Ana Ruiz failed to run in the final, citing a leg injury.\n\n\
         “He did well,” Tom Reyes said, suggesting the debate erased all memory of the first.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "a leg injury",
                Some("Ana Ruiz"),
                Some("citing"),
            ),
            want(
                QuoteKind::Direct,
                "He did well",
                Some("Tom Reyes"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the debate erased all memory of the first",
                Some("Tom Reyes"),
                Some("suggesting"),
            ),
        ],
    );
}

#[test]
fn a_name_after_the_role_of_an_inverted_speaker_speaks() {
    let text = format!("{TITLE}“Costs will rise,” said the port's chief executive, Ana Ruiz.\n");
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "Costs will rise",
            Some("Ana Ruiz"),
            Some("said"),
        )],
    );
}

#[test]
fn a_dash_that_opens_the_next_line_is_no_signature() {
    let text = format!(
        "{TITLE}Tom Reyes spoke after the game.\n\n\
         “It is good to know we can do something to help.”\n\
         - The match will be shown on Velna TV at noon.\n\n\
         “Freedom is never given.” ― Ana Ruiz\n"
    );
    let article = Article::parse(&text);
    let speakers: Vec<Option<&str>> = article
        .quotes()
        .iter()
        .map(|q| q.speaker().map(|s| s.name()))
        .collect();
    assert!(
        !speakers
            .iter()
            .any(|s| s.is_some_and(|s| s.starts_with("The match"))),
        "{speakers:?}"
    );
    assert!(speakers.contains(&Some("Ana Ruiz")), "{speakers:?}");
}

#[test]
fn review_cases_for_this_sessions_rules() {
    let text = format!(
        "{TITLE}The monthly jobs report showed that hiring slowed.\n\n\
         He filed an expenses claim that was later rejected.\n\n\
         “We will fight on,” said Tom Reyes. She beat Ana Ruiz in the final. \
         “It is only one game.”\n\n\
         Velna, according to the harbour board, will grow by 1% this year.\n\n\
         So far investors seem concerned that rates will rise.\n\n\
         Lena Vogel said the minister had lied in a statement to parliament.\n"
    );
    let article = Article::parse(&text);
    let quotes = article.quotes();
    let holding = |needle: &str| {
        quotes
            .iter()
            .find(|q| q.content().text(&text).contains(needle))
    };
    // "report" and "claim" after a noun phrase with its own verb are nouns.
    assert!(
        quotes
            .iter()
            .all(|q| q.cue().map(|c| c.text(&text)) != Some("report")
                && q.cue().map(|c| c.text(&text)) != Some("claim")),
        "{:?}",
        quotes
            .iter()
            .map(|q| q.content().text(&text))
            .collect::<Vec<_>>()
    );
    // An object named in a narrated sentence does not take the next quotation.
    let game = holding("only one game").expect("the second quotation");
    assert_eq!(game.speaker().map(|s| s.name()), Some("Tom Reyes"));
    // A subject before "according to X," is part of what was said.
    let grow = holding("will grow by 1%").expect("the according-to report");
    assert!(grow.content().text(&text).starts_with("Velna"));
    // "So far" is not "as far as ... is concerned", and a verb of being before the
    // adjective of feeling still leads to its subject.
    let rates = holding("rates will rise").expect("the investors' belief");
    assert_eq!(rates.speaker().map(|s| s.name()), Some("investors"));
    // An occasion after a clause stays in what was said.
    assert!(holding("lied in a statement to parliament").is_some());
}

#[test]
fn an_infinitive_of_purpose_reports_for_the_clauses_subject() {
    let text = format!(
        "{TITLE}Ana Ruiz took to Twitter overnight to accuse the board of lying about the deal.\n\n\
         Tom Reyes used a speech to say the port was safe.\n\n\
         The arms could be used by Velna to threaten its rival.\n\n\
         It took a fine tackle to deny the striker.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the board of lying about the deal",
                Some("Ana Ruiz"),
                Some("accuse"),
            ),
            want(
                QuoteKind::Indirect,
                "the port was safe",
                Some("Tom Reyes"),
                Some("say"),
            ),
        ],
    );
}

#[test]
fn a_participle_after_an_object_speaks_for_the_subject_and_a_time_phrase_is_no_subject() {
    let text = format!(
        "{TITLE}The harbour board recently issued a statement saying the quay was safe.\n\n\
         Last month the port authority said the ferry would resume.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay was safe",
                Some("The harbour board"),
                Some("saying"),
            ),
            want(
                QuoteKind::Indirect,
                "the ferry would resume",
                Some("the port authority"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_quotation_before_quoted_as_saying_is_the_one_quoted() {
    let text = format!(
        "{TITLE}“Prices will rise,” the Velna Herald quoted one trader as saying.\n\n\
         “We mourn a great company,” the agency quoted port worker Ana Ruiz as saying.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "Prices will rise",
                Some("one trader"),
                Some("saying"),
            ),
            want(
                QuoteKind::Direct,
                "We mourn a great company",
                Some("Ana Ruiz"),
                Some("saying"),
            ),
        ],
    );
}

#[test]
fn the_name_of_the_one_told_runs_over_small_words() {
    let text = format!(
        "{TITLE}Mobile TV will be a big business within five years, analysts told the Velna \
         New Media and Broadcasting Conference last week.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "Mobile TV will be a big business within five years",
            Some("analysts"),
            Some("told"),
        )],
    );
}

#[test]
fn according_to_after_a_conjunction_opens_the_clause_after_it() {
    let text = format!(
        "{TITLE}Reyes is keen to bolster his defence and, according to reports, talks with \
         Velna United are under way.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::AccordingTo,
            "talks with Velna United are under way",
            Some("reports"),
            Some("according to"),
        )],
    );
}

#[test]
fn a_by_phrase_after_a_passive_complement_names_the_speaker() {
    let text = format!(
        "{TITLE}The port has been criticised for its “incessant delays” by shipping \
         campaigners in Velna.\n\n\
         It is predicted that there will be two billion phones in use by the end of 2025.\n\n\
         The group is opposed to any takeover by Mr Reyes.\n"
    );
    let article = Article::parse(&text);
    let by = |needle: &str| {
        article
            .quotes()
            .iter()
            .find(|q| q.content().text(&text).contains(needle))
            .map(|q| (q.content().text(&text), q.speaker().map(|s| s.name())))
    };
    assert_eq!(
        by("incessant delays"),
        Some(("for its “incessant delays”", Some("shipping campaigners")))
    );
    // A time after "by" and an agent inside what was said name no speaker.
    assert_eq!(by("billion phones").and_then(|(_, s)| s), None);
    assert_eq!(by("takeover").and_then(|(_, s)| s), None);
}

#[test]
fn and_inside_a_role_before_a_name_keeps_the_name() {
    let text = format!(
        "{TITLE}“The results were solid,” Velna Motors chairman and chief executive Tom \
         Reyes said.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "The results were solid",
            Some("Tom Reyes"),
            Some("said"),
        )],
    );
}

#[test]
fn a_sentence_adverb_set_off_by_commas_opens_no_report() {
    let text = format!(
        "{TITLE}According to Tom Reyes, basically, the port is closed.\n\n\
         Ana Ruiz wrote that, nonetheless, the plan would work.\n\n\
         The port's owners admitted, however, that the quay was unsafe.\n"
    );
    assert_contents(
        &text,
        &[
            "the port is closed",
            "the plan would work",
            "that the quay was unsafe",
        ],
    );
}

#[test]
fn a_report_naming_someone_else_inside_another_is_nested() {
    let text = format!(
        "{TITLE}Aides say Ana Ruiz promised to stay in the job until May.\n\n\
         Tomas Rieger said the board believed Ana Ruiz had warned that the quay was unsafe.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "Ana Ruiz promised to stay in the job until May",
                Some("Aides"),
                Some("say"),
            ),
            want(
                QuoteKind::Indirect,
                "the board believed Ana Ruiz had warned",
                Some("Tomas Rieger"),
                Some("said"),
            ),
        ],
    );
    let article = Article::parse(&text);
    let first = &article.quotes()[0];
    let nested: Vec<(&str, Option<&str>)> = first
        .nested()
        .iter()
        .map(|q| (q.content().text(&text), q.speaker().map(|s| s.name())))
        .collect();
    assert_eq!(nested, [("to stay in the job until May", Some("Ana Ruiz"))]);
    // Ruiz's warning is nested in Rieger's report; what the board believed adds nobody
    // named and is no separate report.
    let second = &article.quotes()[1];
    assert!(
        second
            .nested()
            .iter()
            .any(|q| q.speaker().map(|s| s.name()) == Some("Ana Ruiz")
                && q.content().text(&text) == "the quay was unsafe"),
        "{:?}",
        second.nested()
    );
    assert!(second.nested().iter().all(|q| q.nested().is_empty()));
}

#[test]
fn a_clause_of_its_own_after_but_ends_the_report_before_it() {
    let text = format!(
        "{TITLE}Unions oppose the plans but Mr Rieger said savings had already been made.\n\n\
         She criticised the new quota - but Ana Ruiz said the boats would adapt.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the plans",
                Some("Unions"),
                Some("oppose"),
            ),
            want(
                QuoteKind::Indirect,
                "savings had already been made",
                Some("Rieger"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the new quota",
                Some("She"),
                Some("criticised"),
            ),
            want(
                QuoteKind::Indirect,
                "the boats would adapt",
                Some("Ana Ruiz"),
                Some("said"),
            ),
        ],
    );
    let article = Article::parse(&text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    assert!(contents.contains(&"the plans"), "{contents:?}");
    assert!(contents.contains(&"the new quota"), "{contents:?}");
    assert!(article.quotes().iter().all(|q| q.nested().is_empty()));
}

#[test]
fn a_phrase_of_time_ends_a_short_plain_object() {
    let text = format!(
        "{TITLE}Ana Ruiz praised their help during the winter storms.\n\n\
         Tomas Rieger predicted a recovery during 2026 is on the way.\n\n\
         The union attacked the minister since the vote on the quota.\n\n\
         Critics said the minister, during the debate, refused to answer.\n\n\
         The harbour master promised to stay in the job until May.\n\n\
         Police said the skipper attacked him during the night.\n"
    );
    assert_contents(
        &text,
        &[
            "their help",
            "a recovery during 2026 is on the way",
            "the minister",
            "the minister, during the debate, refused to answer",
            "to stay in the job until May",
            "the skipper attacked him during the night",
        ],
    );
}

#[test]
fn a_participle_opening_the_sentence_reports_for_the_main_subject() {
    let text = format!(
        "{TITLE}Citing an unfounded theory, Ana Ruiz repeatedly accused Tomas Rieger of lying.\n\n\
         Claiming that the criticism is designed to pressure the board, Rieger told \
         reporters that the deal was fair.\n\n\
         Bemoaning the “phony system,” Ana Ruiz accused the board of bias.\n\n\
         Speaking on condition of anonymity, an official said the quay was unsafe.\n\n\
         Realising his error, Rieger left the room.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "an unfounded theory",
                Some("Ana Ruiz"),
                Some("Citing"),
            ),
            want(
                QuoteKind::Indirect,
                "Tomas Rieger of lying",
                Some("Ana Ruiz"),
                Some("accused"),
            ),
            want(
                QuoteKind::Indirect,
                "the criticism is designed to pressure the board",
                Some("Tomas Rieger"),
                Some("Claiming"),
            ),
            want(
                QuoteKind::Indirect,
                "the deal was fair",
                Some("Tomas Rieger"),
                Some("told"),
            ),
            want(
                QuoteKind::Mixed,
                "the “phony system,”",
                Some("Ana Ruiz"),
                Some("Bemoaning"),
            ),
            want(
                QuoteKind::Indirect,
                "the board of bias",
                Some("Ana Ruiz"),
                Some("accused"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay was unsafe",
                Some("an official"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_share_of_a_relative_pronoun_speaks_for_its_antecedent() {
    let text = format!(
        "{TITLE}The plan angered the dock workers, many of whom say the new quota is unfair.\n"
    );
    let article = Article::parse(&text);
    let quote = article
        .quotes()
        .iter()
        .find(|q| q.content().text(&text) == "the new quota is unfair")
        .expect("the workers' report");
    let speaker = quote.speaker().expect("a speaker");
    assert_eq!(speaker.span().text(&text), "many of whom");
    assert_eq!(speaker.name(), "the dock workers");
}

#[test]
fn a_question_word_opens_a_clause_after_a_verb_of_showing() {
    let text = format!(
        "{TITLE}The audit shows how the port lost money.\n\n\
         The manual shows how to moor a boat.\n\n\
         Finding what we have in common is the hard part.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "how the port lost money",
            Some("The audit"),
            Some("shows"),
        )],
    );
}

#[test]
fn the_phrase_before_a_relative_clause_is_the_subject() {
    let text = format!(
        "{TITLE}The man who led the strike said the port was unsafe.\n\n\
         Fishermen who lost boats in the storm say the quota is unfair.\n\n\
         The boats who Ana Ruiz counted said nothing.\n\n\
         The quota, which critics say is unfair, starts in May.\n"
    );
    let article = Article::parse(&text);
    let by = |content: &str| {
        article
            .quotes()
            .iter()
            .find(|q| q.content().text(&text) == content)
            .and_then(|q| q.speaker())
            .map(|s| s.name().to_string())
    };
    assert_eq!(by("the port was unsafe").as_deref(), Some("The man"));
    assert_eq!(by("the quota is unfair").as_deref(), Some("Fishermen"));
    // The pronoun is the object of the clause, and `which` is the object of the cue:
    // neither gives its phrase as the speaker.
    assert!(
        article
            .quotes()
            .iter()
            .filter_map(|q| q.speaker())
            .all(|s| s.name() != "The boats" && s.name() != "The quota"),
        "{:?}",
        article.quotes()
    );
}

#[test]
fn a_one_word_source_before_a_headline_colon_speaks() {
    let text = "Survey: Dock workers back the new quota\n\n\
                The survey of 400 workers was published on Monday.\n";
    let article = Article::parse(text);
    let quote = article.quotes().first().expect("the headline's report");
    assert_eq!(
        quote.content().text(text),
        "Dock workers back the new quota"
    );
    assert_eq!(quote.speaker().map(|s| s.name()), Some("Survey"));
    for label in ["Analysis", "Result", "Brexit", "Coronavirus"] {
        let text =
            format!("{label}: Dock workers back the new quota\n\nThe survey was published.\n");
        let article = Article::parse(&text);
        assert!(
            article
                .quotes()
                .iter()
                .all(|q| q.speaker().map(|s| s.name()) != Some(label)),
            "{label}: {:?}",
            article.quotes()
        );
    }
}

#[test]
fn a_title_case_headline_reports_once_and_its_verb_is_nobody() {
    let text = "Retired General Says Harbour Will Tell of 'Storms and Delight.'\n\n\
                The harbour museum opened on Saturday with a speech by the mayor.\n";
    let article = Article::parse(text);
    let quote = article.quotes().first().expect("the headline's report");
    assert_eq!(quote.cue().map(|c| c.text(text)), Some("Says"));
    assert_eq!(
        quote.content().text(text),
        "Harbour Will Tell of 'Storms and Delight.'"
    );
    assert!(
        article.people().iter().all(|p| p.name() != "Says"),
        "{:?}",
        article.people()
    );
}

#[test]
fn a_relative_clause_with_a_report_of_its_own_ends_the_report() {
    let text = format!(
        "{TITLE}Ana Ruiz endorsed Tomas Rieger, who says he is honoured.\n\n\
         The minister condemned the leaflet, which the union says cost the port a fortune.\n\n\
         Ana Ruiz said the skipper, who later left, claimed the nets were cut.\n"
    );
    assert_contents(
        &text,
        &[
            "Tomas Rieger",
            "he is honoured",
            "the leaflet",
            "the skipper, who later left, claimed the nets were cut",
        ],
    );
}

#[test]
fn a_title_case_headline_keeps_its_verb_out_of_the_name_and_its_infinitive() {
    let text = "Railing Against The Board, Ana Ruiz Vows To End Harbour Fees\n\n\
                The harbour master spoke at a meeting of the board on Monday.\n";
    let article = Article::parse(text);
    let names: Vec<&str> = article.people().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["Ana Ruiz"]);
    let vow = article
        .quotes()
        .iter()
        .find(|q| q.cue().map(|c| c.text(text)) == Some("Vows"))
        .expect("the vow");
    assert_eq!(vow.content().text(text), "To End Harbour Fees");
    assert_eq!(vow.speaker().map(|s| s.name()), Some("Ana Ruiz"));
    let railing = article
        .quotes()
        .iter()
        .find(|q| q.cue().map(|c| c.text(text)) == Some("Railing Against"))
        .expect("the participle's report");
    assert_eq!(railing.content().text(text), "The Board");
}

#[test]
fn media_without_a_name_is_an_unnamed_source() {
    let text = format!(
        "{TITLE}The board met to discuss the test, which state media claimed now allows the \
         port to build ships.\n\nLocal media reported that the quay was closed.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "which state media claimed now allows the port to build ships",
                Some("state media"),
                Some("claimed"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay was closed",
                Some("Local media"),
                Some("reported"),
            ),
        ],
    );
    let article = Article::parse(&text);
    assert!(
        article
            .quotes()
            .iter()
            .all(|q| q.speaker().map(|s| s.kind()) == Some(SpeakerKind::Unnamed))
    );
}

#[test]
fn what_someone_expects_or_wants_of_another_is_reported() {
    let text = format!(
        "{TITLE}Tomas Rieger expects them to become scarcer over time.\n\n\
         Most skippers, however, want them to stay in place.\n\n\
         Tomas Rieger expected him.\n"
    );
    let article = Article::parse(&text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    assert!(
        contents.contains(&"them to become scarcer over time"),
        "{contents:?}"
    );
    assert!(contents.contains(&"them to stay in place"), "{contents:?}");
    assert!(!contents.contains(&"him"), "{contents:?}");
}

#[test]
fn a_phrase_of_time_after_a_quoted_name_ends_the_report() {
    let text = format!(
        "{TITLE}Ana Ruiz called the quota a “crazy system” during a stop in Sliema.\n\n\
         Tomas Rieger described the harbour as a “disgrace” Wednesday on the radio.\n\n\
         Ana Ruiz said the port had enjoyed a “golden period” during the past decade.\n\n\
         Tomas Rieger said Veritas - Latin for “truth” - would avoid the old lies.\n"
    );
    assert_contents(
        &text,
        &[
            "the quota a “crazy system”",
            "the harbour as a “disgrace”",
            "the port had enjoyed a “golden period” during the past decade",
            "Veritas - Latin for “truth” - would avoid the old lies",
        ],
    );
}

#[test]
fn a_contracted_pronoun_speaks_as_its_pronoun() {
    let text = format!(
        "{TITLE}Ana Ruiz spoke to the board on Monday.\n\n\
         She'd said the port was unsafe.\n\n\
         I’ve argued that the quay is old.\n\n\
         Tomas Rieger spoke later. He's said the fees will rise.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the port was unsafe",
                Some("Ana Ruiz"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay is old",
                Some("I"),
                Some("argued"),
            ),
            want(
                QuoteKind::Indirect,
                "the fees will rise",
                Some("Tomas Rieger"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_nested_report_stays_nested_when_a_joined_clause_follows() {
    let text =
        format!("{TITLE}Aides say Ana Ruiz promised to stay, but Mr Lopez said she would leave.\n");
    let article = Article::parse(&text);
    let top: Vec<(&str, Option<&str>)> = article
        .quotes()
        .iter()
        .map(|q| (q.content().text(&text), q.speaker().map(|s| s.name())))
        .collect();
    assert_eq!(
        top,
        [
            ("Ana Ruiz promised to stay", Some("Aides")),
            ("she would leave", Some("Lopez")),
        ]
    );
    let nested: Vec<&str> = article.quotes()[0]
        .nested()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    assert_eq!(nested, ["to stay"]);
}

#[test]
fn a_short_title_case_headline_still_reports() {
    for (line, content) in [
        ("Fed Says It Will Act", "It Will Act"),
        ("Harbour Master Says Port Is Safe", "Port Is Safe"),
    ] {
        let text =
            format!("{line}\n\nThe statement came on Monday after a long meeting of the board.\n");
        let article = Article::parse(&text);
        let contents: Vec<&str> = article
            .quotes()
            .iter()
            .map(|q| q.content().text(&text))
            .collect();
        assert_eq!(contents, [content], "{line}");
    }
    let text = "Retired General Reveals Secret Plan For Peace\n\nThe general spoke on Monday.\n";
    let article = Article::parse(text);
    assert!(article.people().is_empty(), "{:?}", article.people());
}

#[test]
fn a_lead_phrase_or_adverb_alone_before_the_speaker_is_not_what_was_said() {
    let text = format!(
        "{TITLE}Like President Ruiz, I believe in the good sense of the voters.\n\n\
         Nonetheless, I write this because I know the port.\n\n\
         According to the Gazette, basically.\n\n\
         The port will close in May, the minister said.\n"
    );
    let article = Article::parse(&text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(&text))
        .collect();
    assert_eq!(contents, ["The port will close in May"]);
}

#[test]
fn a_medium_that_has_learned_something_reports_it() {
    let text = format!(
        "{TITLE}The minister hired a nurse to keep her treatment under wraps, the Gazette has learned.\n\n\
         The Gazette has learnt that the port will close.\n\n\
         She has learned to sail.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "The minister hired a nurse to keep her treatment under wraps",
                Some("the Gazette"),
                Some("has learned"),
            ),
            want(
                QuoteKind::Indirect,
                "the port will close",
                Some("The Gazette"),
                Some("has learnt"),
            ),
        ],
    );
}

#[test]
fn a_relative_clause_set_off_by_commas_reports_up_to_its_closing_comma() {
    let text = "Harbour row\n\nThe mayor, who's called for a new quay, spoke on Monday.\n\n\
                Ana Ruiz, who insists she is not bitter, said the port would recover.\n\n\
                The union, which praised the Jubilee, Northern and Piccadilly lines, is on strike.\n";
    let article = Article::parse(text);
    let by: Vec<(&str, Option<&str>)> = article
        .quotes()
        .iter()
        .map(|q| (q.content().text(text), q.speaker().map(|s| s.name())))
        .collect();
    for want in [
        ("a new quay", Some("The mayor")),
        ("she is not bitter", Some("Ana Ruiz")),
        ("the port would recover", Some("Ana Ruiz")),
        (
            "the Jubilee, Northern and Piccadilly lines",
            Some("The union"),
        ),
    ] {
        assert!(by.contains(&want), "{want:?} not in {by:?}");
    }
}

#[test]
fn a_bare_form_after_a_form_of_be_is_no_cue() {
    let text = format!(
        "{TITLE}Tomas Rieger, who is mock elections manager at the club, spoke.\n\n\
         Critics are concerned that the quota is too low.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the quota is too low",
            Some("Critics"),
            Some("concerned"),
        )],
    );
}

#[test]
fn a_report_inside_another_by_the_same_speaker_is_not_nested() {
    let text = format!(
        "{TITLE}Ana Ruiz reiterated calls for a review of the quota.\n\n\
         Tomas Rieger has denied claims that he knew the nets were cut.\n"
    );
    let article = Article::parse(&text);
    assert_eq!(article.quotes().len(), 2, "{:?}", article.quotes());
    assert!(
        article.quotes().iter().all(|q| q.nested().is_empty()),
        "{:?}",
        article.quotes()
    );
}

#[test]
fn a_clause_after_the_cue_is_what_was_said_not_the_speaker() {
    // Before: "the ferry company lost the contract" and "the levy undervalued the port"
    // were taken as speakers, and the subject before the cue as what was said.
    let text = format!(
        "{TITLE}Anna Vella, 61, of Sliema, who watched the vote from the gallery, said the \
         ferry company lost the contract.\n\nThe union, which saw its members walk out, \
         said the levy undervalued the port.\n\nThe council, which runs the quay, says the \
         plan works.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the ferry company lost the contract",
                Some("Anna Vella"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the levy undervalued the port",
                Some("The union"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the plan works",
                Some("The council"),
                Some("says"),
            ),
        ],
    );
}

#[test]
fn a_sentence_subject_is_a_phrase_not_the_words_up_to_a_verb() {
    // A second verb of the subject that opens the sentence: before, its speaker was
    // "A Maltese" and "A docker walked".
    let text = format!(
        "{TITLE}A Maltese party spokesman played down the dispute and said the talks \
         would resume.\n\nA docker walked off the quay and accused the minister of lying.\n"
    );
    let article = Article::parse(&text);
    let speaker = |content: &str| {
        quote_holding(&article, &text, content)
            .speaker()
            .map(|s| s.name().to_string())
    };
    assert_eq!(
        speaker("the talks would resume").as_deref(),
        Some("A Maltese party spokesman")
    );
    assert_eq!(speaker("the minister").as_deref(), Some("A docker"));
}

#[test]
fn a_description_with_a_role_resolves_to_the_person() {
    let text = format!(
        "{TITLE}Comedian Marco Zammit will host the gala.\n\nThe 52-year-old comedian said \
         the show would go ahead.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the show would go ahead",
            Some("Marco Zammit"),
            Some("said"),
        )],
    );
}

#[test]
fn including_goes_on_with_what_was_said() {
    // Before, the report ended at the comma and lost its list.
    let text = format!(
        "{TITLE}The board said it would cut costs, including forty jobs at the port.\n\n\
         Unions fear the plan could close three yards, including the one in Marsa.\n"
    );
    assert_contents(
        &text,
        &[
            "it would cut costs, including forty jobs at the port",
            "the plan could close three yards, including the one in Marsa",
        ],
    );
}

#[test]
fn a_second_verb_after_a_set_off_attribution_is_the_speakers() {
    // Before, the first report ran on over its own attribution and the second verb,
    // and "but warned" spoke for "The truck market".
    let text = format!(
        "{TITLE}The truck market is improving, the ferry line said, but warned that \
         freight was not growing.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "The truck market is improving",
                Some("the ferry line"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "freight was not growing",
                Some("the ferry line"),
                Some("warned"),
            ),
        ],
    );
}

#[test]
fn a_form_in_s_before_by_is_a_noun() {
    // Before, "claims" was read as a verb with "The ban" as its speaker.
    let text = format!(
        "{TITLE}The ban outweighed public doubts and claims by publicans that jobs would \
         be lost.\n"
    );
    check(&text, &[]);
}

#[test]
fn a_cue_word_after_an_adjective_is_a_noun() {
    // Before, "protests" and "plans" were read as verbs: "The strike follows angry"
    // spoke, and "The mayor launched new" planned to close the quay.
    let text = format!(
        "{TITLE}The strike follows angry protests after the union said the fund was \
         empty.\n\nThe mayor launched new plans to close the quay.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the fund was empty",
            Some("the union"),
            Some("said"),
        )],
    );
}

#[test]
fn segments_leave_out_an_attribution_that_interrupts_the_content() {
    let text = format!(
        "{TITLE}“We are ready,” said Mark Hill, who runs the yard. “Nobody saw it \
         coming.”\n\nThe port, Ana Ruiz said, will reopen in May.\n\nThe rules, which \
         the paper said could change, are strict.\n\n“He called it ‘madness’ and left,” \
         she said.\n"
    );
    let article = Article::parse(&text);
    let pieces = |content: &str| -> Vec<&str> {
        let q = quote_holding(&article, &text, content);
        q.segments().iter().map(|s| s.text(&text)).collect()
    };
    assert_eq!(
        pieces("We are ready"),
        ["“We are ready,”", "“Nobody saw it coming.”"]
    );
    assert_eq!(pieces("will reopen"), ["The port", "will reopen in May"]);
    // No attribution set off by commas: one piece.
    assert_eq!(pieces("could change").len(), 1);
    // A quotation inside the quotation is no piece of its own.
    assert_eq!(pieces("madness"), ["“He called it ‘madness’ and left,”"]);
}

#[test]
fn segments_of_quotations_around_a_tag_with_an_apposition() {
    let text = format!(
        "{TITLE}“Nobody is against safety,” the union's director, Ana Ruiz, told \
         reporters. “But a ship that waits is a ship lost.”\n"
    );
    let article = Article::parse(&text);
    let q = &article.quotes()[0];
    let pieces: Vec<&str> = q.segments().iter().map(|s| s.text(&text)).collect();
    assert_eq!(
        pieces,
        [
            "“Nobody is against safety,”",
            "“But a ship that waits is a ship lost.”"
        ]
    );
}

#[test]
fn it_speaks_for_the_body_that_spoke_just_before() {
    // Before, the speaker of "It added" was "It".
    let text = format!(
        "{TITLE}The port authority said the quay was safe. It added that ferries would \
         run on Friday.\n\nThe union said the strike was over. Ferries ran all week and \
         tickets sold out. It said more boats would come.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay was safe",
                Some("The port authority"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "ferries would run on Friday",
                Some("The port authority"),
                Some("added"),
            ),
            want(
                QuoteKind::Indirect,
                "the strike was over",
                Some("The union"),
                Some("said"),
            ),
            // Two sentences on, `it` may be anything the text spoke of.
            want(
                QuoteKind::Indirect,
                "more boats would come",
                Some("It"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn an_age_or_a_nationality_names_the_person_the_article_gave_it() {
    // Before, "the 20-year-old" and "the 31-year-old" stayed unresolved, and "the
    // Spaniard" spoke as Spain.
    let text = format!(
        "{TITLE}David Novak, 20, beat Tomas Berdych in three sets.\n\n\
         “For me, this was a big success,” said the 20-year-old.\n\n\
         Paula Ruiz won the race in Leeds, and her rival Ana Lopez was third.\n\n\
         “I am very happy,” said the 31-year-old.\n\n\
         Carlos Moya lost to Roger Federer in Rome.\n\n\
         “I played badly,” said the Spaniard.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Direct,
                "big success",
                Some("David Novak"),
                Some("said"),
            ),
            // Not the last person named: the one the sentence was about.
            want(
                QuoteKind::Direct,
                "very happy",
                Some("Paula Ruiz"),
                Some("said"),
            ),
            // No one was called the Spaniard: the description stays.
            want(
                QuoteKind::Direct,
                "played badly",
                Some("the Spaniard"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_name_that_owns_a_spokesman_or_a_body_is_not_the_speaker() {
    // Before, all three spoke as Joseph Calleja.
    let text = format!(
        "{TITLE}Prime Minister Joseph Calleja met the unions on Monday.\n\n\
         Mr Calleja's official spokesman said the talks went well.\n\n\
         Mr Calleja's Harbour Council said the quay would reopen.\n\n\
         Mr Calleja's statement said the port was safe.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the talks went well",
                Some("Mr Calleja's official spokesman"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay would reopen",
                Some("Mr Calleja's Harbour Council"),
                Some("said"),
            ),
            // His own words: he still speaks.
            want(
                QuoteKind::Indirect,
                "the port was safe",
                Some("Joseph Calleja"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn an_apposition_before_the_cue_is_no_inverted_report() {
    // Before, "the news" spoke and "Leading plaintiff, the University of Leeds" was
    // what it said; "the Tories" spoke alone.
    let text = format!(
        "{TITLE}Leading plaintiff, the University of Leeds, announced the news, adding \
         that ten directors will pay.\n\nThe Scottish National Party and the Tories say \
         the issue should be decided in Scotland.\n\nLabour MP and former minister Jack \
         Cunningham says he will stand down.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the news",
                Some("the University of Leeds"),
                Some("announced"),
            ),
            want(
                QuoteKind::Indirect,
                "ten directors will pay",
                Some("the University of Leeds"),
                Some("adding"),
            ),
            want(
                QuoteKind::Indirect,
                "the issue should be decided",
                Some("The Scottish National Party and the Tories"),
                Some("say"),
            ),
            // Two roles of one person are not two sources.
            want(
                QuoteKind::Indirect,
                "he will stand down",
                Some("Jack Cunningham"),
                Some("says"),
            ),
        ],
    );
}

#[test]
fn the_one_told_is_no_part_of_a_clause_opened_by_a_pronoun() {
    // Before, "the Gazette he hoped ..." and "reporters she would ..." were what was
    // said.
    let text = format!(
        "{TITLE}Home Secretary Ana Ruiz told the Gazette she hoped a deal could be \
         reached.\n\nTom Reyes told reporters he would resign.\n"
    );
    assert_contents(
        &text,
        &["she hoped a deal could be reached", "he would resign"],
    );
}

#[test]
fn continue_before_a_plain_object_reports_nothing() {
    // Before, "his comeback from injury" was what the striker continued to say.
    let text = format!(
        "{TITLE}Tom Reyes came third as he continues his comeback from injury.\n\n\
         “We will win,” Ana Ruiz continued.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "We will win",
            Some("Ana Ruiz"),
            Some("continued"),
        )],
    );
}

#[test]
fn an_attribution_that_ends_a_paragraph_reports_its_own_sentence() {
    // Before, the report ran back to the start of the paragraph.
    let text = format!(
        "{TITLE}The port closed in May after a storm. Ferries were cancelled for a week, \
         Ana Ruiz said.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "Ferries were cancelled for a week",
            Some("Ana Ruiz"),
            Some("said"),
        )],
    );
    let article = Article::parse(&text);
    assert_eq!(
        article.quotes()[0].content().text(&text),
        "Ferries were cancelled for a week"
    );
}

#[test]
fn the_narrower_rules_leave_plain_reports_alone() {
    // Each of these was lost or misread by a first version of a rule of this kind:
    // "-s before by" took "says by next year" for a noun, the verb test in a speaker
    // after the cue took "officials this week" for a clause, and sources joined by
    // "and" took in "Sales fell".
    let text = format!(
        "{TITLE}The minister says by next year the tax will fall.\n\n\
         The virus is spreading, said the health officials on Monday.\n\n\
         Sales fell and the company says demand will recover.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "by next year the tax will fall",
                Some("The minister"),
                Some("says"),
            ),
            want(
                QuoteKind::Indirect,
                "The virus is spreading",
                Some("the health officials"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "demand will recover",
                Some("the company"),
                Some("says"),
            ),
        ],
    );
}

#[test]
fn an_age_matches_whole_numbers_only() {
    // "the 5-year-old" is not "the 15-year-old Ali Khan".
    let text = format!(
        "{TITLE}Sara Lee coached the 15-year-old Ali Khan in Leeds.\n\n\
         “I am thrilled,” said the 5-year-old.\n"
    );
    let article = Article::parse(&text);
    let speaker = article.quotes()[0].speaker().map(|s| s.name().to_string());
    assert_ne!(speaker.as_deref(), Some("Ali Khan"));
}

#[test]
fn a_list_before_the_cue_belongs_to_the_whole_subject() {
    // Before, "Spain and Italy" spoke, and "Latvia and Lithuania" spoke with
    // "Ministers from Estonia" as what they said.
    let text = format!(
        "{TITLE}Officials from France, Spain and Italy said the talks would resume.\n\n\
         Ministers from Estonia, Latvia and Lithuania agreed to share drone footage.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the talks would resume",
                Some("Officials from France, Spain and Italy"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "to share drone footage",
                Some("Ministers from Estonia, Latvia and Lithuania"),
                Some("agreed"),
            ),
        ],
    );
}

#[test]
fn an_infinitive_after_a_day_ends_the_phrase_of_time() {
    // Before, "on Friday to suspend interest payments" was read as a phrase of time
    // up to the comma, and what followed the comma was what was agreed.
    let text = format!(
        "{TITLE}Creditors agreed on Friday to suspend interest payments, in a deal with \
         the club.\n"
    );
    let article = Article::parse(&text);
    let quote = &article.quotes()[0];
    assert!(
        quote
            .content()
            .text(&text)
            .starts_with("to suspend interest payments"),
        "{:?}",
        quote.content().text(&text)
    );
}

#[test]
fn a_plural_possessive_inside_a_name_or_before_a_body_stays_in_the_speaker() {
    let text = format!(
        "{TITLE}The Baltic Shippers' Association claims the fees are unfair. The \
         dockers\u{2019} union said the ban was wrong. Mr Reyes' lawyer said he would \
         appeal.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the fees are unfair",
                Some("The Baltic Shippers' Association"),
                Some("claims"),
            ),
            want(
                QuoteKind::Indirect,
                "the ban was wrong",
                Some("The dockers\u{2019} union"),
                Some("said"),
            ),
            // A person's possessive before a plain noun is not the speaker's name.
            want(
                QuoteKind::Indirect,
                "he would appeal",
                Some("lawyer"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_bare_day_after_the_cue_opens_no_speaker_and_the_clause_follows() {
    let text = format!(
        "{TITLE}Ana Ruiz said Tuesday she would vote against the plan. Officials said \
         yesterday the port was closed.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "she would vote against the plan",
                Some("Ana Ruiz"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the port was closed",
                Some("Officials"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_relative_clause_about_the_speaker_is_no_part_of_what_was_said() {
    // After the cue, and before it with verbs and auxiliaries inside the clause.
    let text = format!(
        "{TITLE}The report was false, said a senior official who spoke on condition of \
         anonymity. The fees will rise, a port manager who was at the meeting said.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "The report was false",
                Some("a senior official"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "The fees will rise",
                Some("a port manager"),
                Some("said"),
            ),
        ],
    );
    // A verb that does not invert keeps its subject before it: the people who marched
    // are what was pointed to, not who pointed.
    let text = format!(
        "{TITLE}Ana Ruiz said the vote was lost. She, like the mayor, pointed to the \
         thousands of people who marched against the plan.\n"
    );
    let article = Article::parse(&text);
    assert_speaker(&article, &text, "thousands of people", "Ana Ruiz");
}

#[test]
fn a_denied_report_is_what_the_subject_denies_not_what_the_subject_claims() {
    let text = format!(
        "{TITLE}Ana Ruiz rejected claims that the port was unsafe. The closure sparked \
         fears that jobs would go.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "claims that the port was unsafe",
            Some("Ana Ruiz"),
            Some("rejected"),
        )],
    );
}

#[test]
fn an_aside_opened_by_whose_and_an_apposition_after_a_name_are_passed_over() {
    let text = format!(
        "{TITLE}The minister, whose plan is due on Monday, also dismissed reports that the \
         port would close. Tom Reyes, the port director, whose office is in Riga, has said \
         the fees will rise.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "reports that the port would close",
                Some("The minister"),
                Some("dismissed"),
            ),
            want(
                QuoteKind::Indirect,
                "the fees will rise",
                Some("Tom Reyes"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_short_quotation_after_a_colon_runs_on_into_the_paragraph_that_reopens_it() {
    let text = format!(
        "{TITLE}Ana Ruiz said: \"Our members are angry.\n\n\"But we will win.\"\n\n\
         The talks resume on Monday.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "\"Our members are angry.\n\n\"But we will win.\"",
            Some("Ana Ruiz"),
            Some("said"),
        )],
    );
}

#[test]
fn a_name_set_off_after_a_role_that_opens_the_sentence_speaks() {
    let text = format!(
        "{TITLE}Valletta's honorary mayor, Tom Reyes, said the day was special. \
         Mr Karl Weber, an adviser to the council, said fees would rise.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the day was special",
                Some("Tom Reyes"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "fees would rise",
                Some("Karl Weber"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn a_quotation_after_the_tag_that_runs_over_paragraphs_joins_the_quote() {
    let text = format!(
        "{TITLE}\u{201c}Our members are angry,\u{201d} Ana Ruiz said. \u{201c}We have \
         waited for years.\n\n\u{201c}But we will win.\u{201d}\n\nThe talks resume on \
         Monday.\n"
    );
    let article = Article::parse(&text);
    assert_eq!(article.quotes().len(), 1, "{:?}", article.quotes());
    let q = quote_holding(&article, &text, "But we will win");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Ana Ruiz"));
    let pieces: Vec<&str> = q.segments().iter().map(|s| s.text(&text)).collect();
    assert_eq!(
        pieces,
        [
            "\u{201c}Our members are angry,\u{201d}",
            "\u{201c}We have waited for years.\n\n\u{201c}But we will win.\u{201d}"
        ]
    );
}

#[test]
fn a_possessive_pronoun_owns_a_person_or_a_body_and_speaks_through_its_own_words() {
    let text = format!(
        "{TITLE}Tom Reyes won the vote on Monday. His statement said he was grateful. His \
         challenger, Ana Ruiz, said she would fight on. Her neighbour Karl Weber said he \
         was shocked. His lawyers said the count was fair.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "he was grateful",
                Some("Tom Reyes"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "she would fight on",
                Some("Ana Ruiz"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "he was shocked",
                Some("Karl Weber"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the count was fair",
                Some("His lawyers"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn cars_and_players_are_recalled_memories_are_recalled_by_someone() {
    let text = format!(
        "{TITLE}Sakura Motors is recalling 20,000 cars, the company said. The striker was \
         only recalled after an injury. Ana Ruiz recalled that the quay had flooded.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "Sakura Motors is recalling 20,000 cars",
                Some("the company"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the quay had flooded",
                Some("Ana Ruiz"),
                Some("recalled"),
            ),
        ],
    );
}

#[test]
fn a_noun_before_a_verb_of_being_and_an_admission_to_hospital_report_nothing() {
    let text = format!(
        "{TITLE}Its best-known brands include Harbour Ale and Quay Gin. The claims were \
         rejected in court. The skipper was admitted to hospital on Monday. Ana Ruiz \
         admitted the port was late.\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Indirect,
            "the port was late",
            Some("Ana Ruiz"),
            Some("admitted"),
        )],
    );
}

#[test]
fn the_noun_of_a_body_refers_back_to_the_body_named_with_it() {
    let text = format!(
        "{TITLE}The Harbour Pilots Association lost its appeal on Monday. The association \
         said it would go on. The fund said the money was safe. The Bank of Valletta \
         raised rates. The bank said prices were rising.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "it would go on",
                Some("Harbour Pilots Association"),
                Some("said"),
            ),
            // No fund was named: the phrase stays as it is.
            want(
                QuoteKind::Indirect,
                "the money was safe",
                Some("The fund"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "prices were rising",
                Some("Bank of Valletta"),
                Some("said"),
            ),
        ],
    );
}

#[test]
fn an_adverb_between_be_and_the_participle_keeps_the_passive_agentless() {
    // Nobody named expects it: the subject is what is expected, not who expects, and
    // the clause is reported on nobody's word.
    let text = format!(
        "{TITLE}Tom Reyes is still expected to resign on Friday. Ana Ruiz is now \
         believed to be safe.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "Tom Reyes is still expected to resign on Friday",
                None,
                Some("expected"),
            ),
            want(
                QuoteKind::Indirect,
                "Ana Ruiz is now believed to be safe",
                None,
                Some("believed"),
            ),
        ],
    );
}

#[test]
fn a_report_in_a_phrase_opened_by_with_is_its_own_speakers() {
    let text = format!(
        "{TITLE}The mayor welcomed the plan, with harbour master Tom Reyes saying it showed \
         the port was safe.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the plan",
                Some("The mayor"),
                Some("welcomed"),
            ),
            want(
                QuoteKind::Indirect,
                "it showed the port was safe",
                Some("Tom Reyes"),
                Some("saying"),
            ),
        ],
    );
}

#[test]
fn a_listener_told_is_no_part_of_what_was_said() {
    let text = format!(
        "{TITLE}Ana Ruiz told Labour members the port would reopen. Tom Reyes later told \
         the audience the ferry had been late.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the port would reopen",
                Some("Ana Ruiz"),
                Some("told"),
            ),
            want(
                QuoteKind::Indirect,
                "the ferry had been late",
                Some("Tom Reyes"),
                Some("told"),
            ),
        ],
    );
    let article = Article::parse(&text);
    for q in article.quotes() {
        let content = q.content().text(&text);
        assert!(
            !content.contains("members") && !content.contains("audience"),
            "{content:?}"
        );
    }
}

#[test]
fn that_before_a_finite_verb_is_the_subject_of_what_was_said() {
    let text = format!(
        "{TITLE}Ana Ruiz said that was the only contact she had. Tom Reyes said that the \
         port would reopen.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "that was the only contact she had",
                Some("Ana Ruiz"),
                Some("said"),
            ),
            want(
                QuoteKind::Indirect,
                "the port would reopen",
                Some("Tom Reyes"),
                Some("said"),
            ),
        ],
    );
    let article = Article::parse(&text);
    assert_content(
        &article,
        &text,
        "port would reopen",
        "the port would reopen",
    );
}

#[test]
fn according_to_without_a_comma_ends_its_source_where_a_clause_opens() {
    let text = format!(
        "{TITLE}According to the ministry the port will reopen in May. According to Harbour \
         Research 40% of ships are late. According to a poll asking the question the \
         council will put, most residents want a bridge.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::AccordingTo,
                "the port will reopen in May",
                Some("the ministry"),
                Some("According to"),
            ),
            want(
                QuoteKind::AccordingTo,
                "40% of ships are late",
                Some("Harbour Research"),
                Some("According to"),
            ),
            want(
                QuoteKind::AccordingTo,
                "most residents want a bridge",
                Some("a poll asking the question the council will put"),
                Some("According to"),
            ),
        ],
    );
}

#[test]
fn a_dateline_in_capitals_is_no_speaker() {
    let text = format!(
        "{TITLE}VALLETTA \u{2014} Ana Ruiz toured the port, saying the quay could not take \
         more ships.\n\nEADS - the plane maker's owner - admitted that the project was \
         late.\n"
    );
    let article = Article::parse(&text);
    assert_speaker(&article, &text, "could not take more ships", "Ana Ruiz");
    // A name with an aside between dashes is no dateline.
    assert_speaker(&article, &text, "the project was late", "EADS");
}

#[test]
fn told_by_an_agent_that_reports_the_clause_for_the_agent() {
    let text = format!(
        "{TITLE}Tom Reyes was told by Ana Ruiz that the quay was closed. The plan was \
         criticised by Karl Weber.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::Indirect,
                "the quay was closed",
                Some("Ana Ruiz"),
                Some("told"),
            ),
            want(
                QuoteKind::Indirect,
                "The plan",
                Some("Karl Weber"),
                Some("criticised"),
            ),
        ],
    );
}

#[test]
fn quotations_around_their_tag_alone_are_direct() {
    let text = format!(
        "{TITLE}\u{201c}We will fight,\u{201d} Ana Ruiz said, \u{201c}so the port stays \
         open.\u{201d}\n"
    );
    check(
        &text,
        &[want(
            QuoteKind::Direct,
            "so the port stays open",
            Some("Ana Ruiz"),
            Some("said"),
        )],
    );
}

#[test]
fn an_apposition_after_the_source_of_according_to_is_no_part_of_what_was_said() {
    let text = format!(
        "{TITLE}The deal is off, according to Ana Ruiz, the company's lawyer. Italy, \
         according to the IMF, will grow by 1%.\n"
    );
    check(
        &text,
        &[
            want(
                QuoteKind::AccordingTo,
                "The deal is off",
                Some("Ana Ruiz"),
                Some("according to"),
            ),
            want(
                QuoteKind::AccordingTo,
                "Italy, according to the IMF, will grow by 1%",
                Some("International Monetary Fund"),
                Some("according to"),
            ),
        ],
    );
    let article = Article::parse(&text);
    let q = quote_holding(&article, &text, "The deal is off");
    assert!(!q.content().text(&text).contains("lawyer"));
}

#[test]
fn names_adjectives_possessives_and_references_keep_their_own_readings() {
    let text = format!(
        "{TITLE}Ahmed claims he was framed. The accused claims he was innocent.\n\n\
         Yesterday Harbour Savings Bank cut its forecast. The bank said growth would \
         slow.\n\n\
         Bank of Valletta Governor Karl Weber spoke on Monday. The bank said rates would \
         rise.\n\n\
         Tom Reyes lost the vote. Mr Reyes' Labour colleague said the count was fair. His \
         party's statement said the count was unfair.\n\n\
         Ana Ruiz said that had she known, she would have stayed.\n\n\
         According to Harbour Rule 242 ships must wait.\n"
    );
    let article = Article::parse(&text);
    assert_speaker(&article, &text, "he was framed", "Ahmed");
    assert_speaker(&article, &text, "he was innocent", "The accused");
    assert_speaker(&article, &text, "growth would slow", "Harbour Savings Bank");
    assert_speaker(&article, &text, "rates would rise", "Bank of Valletta");
    assert_speaker(&article, &text, "the count was fair", "Labour colleague");
    assert_speaker(
        &article,
        &text,
        "the count was unfair",
        "His party's statement",
    );
    let q = quote_holding(&article, &text, "she would have stayed");
    assert!(q.content().text(&text).starts_with("had she known"));
    // A numbered reference is no source with a share after it.
    assert!(no_speaker_named(&article, "Harbour Rule"));
}

#[test]
fn second_reading_cases_keep_their_reports_and_speakers() {
    let text = format!(
        "{TITLE}Leaked reports suggest the port will close.\n\n\
         The European Central Harbour Bank raised rates. The bank said inflation was too \
         high.\n\n\
         EU - US trade talks collapsed, officials said.\n\n\
         Ana Ruiz said that had the effect of raising prices.\n\n\
         Tom Reyes was told by Friday that he must leave.\n\n\
         The deal is off, according to Ana Ruiz, the boss of the firm. In 2004, according \
         to forecasts from the ministry, imports will rise.\n"
    );
    let article = Article::parse(&text);
    let content_of = |piece: &str| quote_holding(&article, &text, piece).content().text(&text);
    assert_speaker(&article, &text, "the port will close", "Leaked reports");
    assert_speaker(
        &article,
        &text,
        "inflation was too high",
        "European Central Harbour Bank",
    );
    assert_eq!(content_of("trade talks"), "EU - US trade talks collapsed");
    assert_eq!(
        content_of("the effect of raising"),
        "that had the effect of raising prices"
    );
    assert!(no_speaker_named(&article, "Friday"));
    assert_eq!(content_of("The deal is off"), "The deal is off");
    assert_eq!(
        content_of("imports will rise"),
        "In 2004, according to forecasts from the ministry, imports will rise"
    );
}

#[test]
fn a_role_alone_in_a_headline_is_an_unnamed_speaker() {
    let text = "Mayor announces housing plan\n\nThe plan was welcomed on Monday.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "housing plan");
    let speaker = q.speaker().expect("a speaker");
    assert_eq!(speaker.name(), "Mayor");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
}

#[test]
fn a_role_met_with_a_or_an_is_that_unnamed_person_not_the_last_name() {
    let text = "Ferry passengers were stranded overnight after the engine failed. \
Marek Kovac, a nurse on board, said the crew had been calm. \
A Harbor Lines spokesman said repairs would take a week. \
\"We apologise to everyone affected,\" the spokesman added.\n\n\
Tomas Berg chairs the residents' group. A senior engineer at the yard admitted \
the parts were late. The engineer said the work would resume on Monday.\n";
    let article = Article::parse(text);
    let speaker_of = |piece: &str| {
        let q = quote_holding(&article, text, piece);
        q.speaker().map(|s| (s.name().to_string(), s.kind()))
    };
    assert_eq!(
        speaker_of("We apologise"),
        Some(("the spokesman".to_string(), SpeakerKind::Unnamed))
    );
    assert_eq!(
        speaker_of("the work would resume"),
        Some(("The engineer".to_string(), SpeakerKind::Unnamed))
    );
}

#[test]
fn a_spokesperson_nobody_bears_is_not_the_person_named_last() {
    let text = "Daniel Price was arrested at his home on Monday. \
The spokesperson said the inquiry would continue.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "the inquiry would continue");
    let speaker = q.speaker().expect("a speaker");
    assert_eq!(speaker.name(), "The spokesperson");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
    // A spokesman the article named keeps the name.
    let text = "Hospital spokesman Ian Moss confirmed the closure. \
Daniel Price was arrested at his home on Monday. \
The spokesman said the inquiry would continue.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "the inquiry would continue", "Ian Moss");
}

#[test]
fn a_name_after_an_opening_phrase_without_a_comma_speaks_alone() {
    let text = "In a statement Norvale Foods said the recall was a precaution.\n\n\
For its part Kestrel Mobile said sales had doubled.\n\n\
In its annual report Brightwater Energy said profits fell.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "a precaution", "Norvale Foods");
    assert_speaker(&article, text, "sales had doubled", "Kestrel Mobile");
    assert_speaker(&article, text, "profits fell", "Brightwater Energy");
}

#[test]
fn a_name_in_ing_before_its_verb_is_no_participle() {
    let text = "Beijing said the drills were a warning.\n\n\
\"We are confident,\" Boeing said.\n\n\
Following claims that the port was unsafe, inspectors arrived.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "the drills were");
    assert_eq!(q.content().text(text), "the drills were a warning");
    assert_eq!(q.speaker().map(|s| s.name()), Some("China"));
    let q = quote_holding(&article, text, "We are confident");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Boeing"));
    // A participle that opens the sentence before a noun speaks for nobody.
    assert!(no_speaker_named(&article, "Following"));
}

#[test]
fn an_abbreviated_suffix_or_place_before_the_cue_keeps_the_speaker() {
    let text = "Norvale Inc. said: \"Sales rose.\"\n\n\
Kestrel Corp. said it would cut jobs.\n\n\
Henry Ford Jr. said the plant would stay open.\n\n\
Tom Burke, of St. Louis, said the plan was dead.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "Sales rose", "Norvale Inc.");
    let firm = quote_holding(&article, text, "Sales rose")
        .speaker()
        .map(|s| s.kind());
    assert_eq!(firm, Some(SpeakerKind::Organisation));
    assert_speaker(&article, text, "cut jobs", "Kestrel Corp.");
    assert_eq!(
        quote_holding(&article, text, "cut jobs")
            .content()
            .text(text),
        "it would cut jobs"
    );
    assert_speaker(&article, text, "the plant would stay open", "Henry Ford Jr");
    assert_speaker(&article, text, "the plan was dead", "Tom Burke");
}

#[test]
fn a_time_phrase_between_the_subject_and_the_cue_is_no_part_of_the_speaker() {
    let text = "The Kremlin on Thursday said the talks had failed.\n\n\
Kestrel Mobile today said profits rose.\n\n\
The harbour board last week said fees would rise.\n\n\
A poll for the Independent on Sunday said support fell.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "the talks had failed", "Kremlin");
    assert_speaker(&article, text, "profits rose", "Kestrel Mobile");
    assert_speaker(&article, text, "fees would rise", "The harbour board");
    // A paper's name keeps its day.
    assert_speaker(
        &article,
        text,
        "support fell",
        "A poll for the Independent on Sunday",
    );
}

#[test]
fn a_capitalised_word_before_a_known_name_makes_another_body() {
    let text = "The European Union agreed the text. The Commission said it was pleased. \
The Electoral Commission said the question was easy to understand.\n";
    let article = Article::parse(text);
    assert_speaker(
        &article,
        text,
        "easy to understand",
        "The Electoral Commission",
    );
}

#[test]
fn a_person_owned_or_after_a_preposition_in_the_subject_is_not_the_speaker() {
    let text = "Andrew Hale denied the charges on Monday. \
A spokesman for Gov. Andrew Hale said the claims were false. \
Tom Burke will resign next week, said two people familiar with his plans.\n\n\
Liam Doyle died on Friday. His family said he was a gentle soul.\n\n\
Kevin Hart admitted the charge. Hart's barrister said his client was ashamed. \
Mr Hart's lawyers said he would appeal. A source close to Ms Lee said she was finished.\n";
    let article = Article::parse(text);
    let speaker_of = |piece: &str| {
        let q = quote_holding(&article, text, piece);
        q.speaker().map(|s| (s.name().to_string(), s.kind()))
    };
    let unnamed = |name: &str| Some((name.to_string(), SpeakerKind::Unnamed));
    assert_eq!(
        speaker_of("the claims were false"),
        unnamed("A spokesman for Gov. Andrew Hale")
    );
    assert_eq!(
        speaker_of("Tom Burke will resign"),
        unnamed("two people familiar with his plans")
    );
    assert_eq!(speaker_of("a gentle soul"), unnamed("His family"));
    assert_eq!(speaker_of("was ashamed"), unnamed("Hart's barrister"));
    assert_eq!(speaker_of("would appeal"), unnamed("Mr Hart's lawyers"));
    assert_eq!(
        speaker_of("she was finished"),
        unnamed("A source close to Ms Lee")
    );
    // A name that the phrase ends with, after no preposition, still speaks.
    let text = "Chairman of the Federal Reserve Alan Greenspan said rates would rise.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "rates would rise", "Alan Greenspan");
}

#[test]
fn a_role_held_for_others_is_not_the_person_named_last() {
    let text = "Ryan Cole, 29, killed a cyclist, Emily Shaw. \
The judge said Cole had shown no remorse.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "no remorse");
    let speaker = q.speaker().expect("a speaker");
    assert_eq!(speaker.name(), "The judge");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
    // A judge the article named is that judge.
    let text = "Judge Mary Owen heard the case. Ryan Cole, 29, killed a cyclist, Emily Shaw. \
The judge said Cole had shown no remorse.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "no remorse", "Mary Owen");
}

#[test]
fn a_name_with_an_apposition_after_the_cue_and_before_a_verb_is_what_was_said() {
    let text = "Sarah Collins, a nurse, said Mark Dyer, a builder, had kicked the door.\n\n\
The problem they face, said Ann Lee, an analyst at Norvale, is the cost of fuel.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "kicked the door");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Sarah Collins"));
    assert_eq!(
        q.content().text(text),
        "Mark Dyer, a builder, had kicked the door"
    );
    // With no person before it, the name after the cue is the speaker of an
    // interposed tag.
    assert_speaker(&article, text, "The problem they face", "Ann Lee");
}

#[test]
fn said_to_after_a_comma_is_an_aside_in_the_passive() {
    let text = "Tom Burke bought the house, said to be worth £2m, in 2019.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "worth");
    assert!(q.speaker().is_none());
    assert_eq!(q.content().text(text), "to be worth £2m");
}

#[test]
fn a_quoted_fragment_in_the_subjects_aside_keeps_the_main_report() {
    let text = "Tom Burke, who called the ruling \"a disgrace\", said he would appeal.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "he would appeal");
    assert_eq!(q.content().text(text), "he would appeal");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Tom Burke"));
    assert_speaker(&article, text, "a disgrace", "Tom Burke");
}

#[test]
fn a_party_member_refers_back_and_a_quantified_person_is_unnamed() {
    let text = "Sen. Anna Warren attacked the bill. \"It is cruel,\" the Massachusetts \
Democrat said.\n\n\"It is a mistake,\" one Tory MP said.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "It is cruel", "Anna Warren");
    let q = quote_holding(&article, text, "It is a mistake");
    let speaker = q.speaker().expect("a speaker");
    assert_eq!(speaker.name(), "one Tory MP");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
}

#[test]
fn a_stray_opening_mark_inside_a_phrase_does_not_swallow_the_next_quotation() {
    let text = "Anna Lee called it a “so-called reform. “We will fight it,” she said.\n\n\
“We won. “We will win again,” she said.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "We will fight it");
    assert_eq!(q.content().text(text), "“We will fight it,”");
    assert_eq!(q.kind(), QuoteKind::Direct);
    // A quotation reopened at a sentence's start keeps both sentences.
    assert_content(&article, text, "We won", "“We won. “We will win again,”");
}

#[test]
fn a_live_blog_time_stamp_is_no_part_of_the_speaker() {
    let text = "10:10 Network Rail says trains are delayed.\n\n\
9pm Police said the road was closed.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "trains are delayed", "Network Rail");
    assert_speaker(&article, text, "the road was closed", "Police");
}

#[test]
fn he_or_she_right_after_an_unnamed_person_spoke_is_that_person() {
    let text = "Kevin Hart was jailed for six years. The postman said he now had \
nightmares. \"I cannot sleep,\" he said.\n\n\
Tom Burke was arrested. A police spokeswoman said he had been charged. \
\"He will appear in court,\" he said.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "I cannot sleep");
    let speaker = q.speaker().expect("a speaker");
    assert_eq!(speaker.name(), "The postman");
    assert_eq!(speaker.kind(), SpeakerKind::Unnamed);
    // A pronoun of the other gender than the unnamed person's noun stays with the
    // person named.
    assert_speaker(&article, text, "He will appear", "Tom Burke");
}

#[test]
fn a_plural_apostrophe_inside_single_quotes_does_not_close_them() {
    let text = "Tom Burke said: ‘The players’ union is wrong.’\n\n\
Ann Lee said: ‘It is the owners’ fault.’\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "union is wrong");
    assert_eq!(q.content().text(text), "‘The players’ union is wrong.’");
    assert_eq!(q.kind(), QuoteKind::Direct);
    let q = quote_holding(&article, text, "fault");
    assert_eq!(q.content().text(text), "‘It is the owners’ fault.’");
}

#[test]
fn expletives_agents_and_phrases_after_the_cue_do_not_speak() {
    let text = "Tom Reyes said the plan was fine. He added, on Harbour Radio's morning \
programme: \"If you want change, vote for it.\"\n\n\
There is growing evidence that the housing market is cooling.\n\n\
Most of the adults quizzed by Norpoll said they would vote. \
Research conducted by the Harbour Institute found that fees rose.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "vote for it", "Tom Reyes");
    assert!(no_speaker_named(&article, "There"));
    assert_speaker(&article, text, "would vote", "Most of the adults");
    // A document's maker stays its source.
    assert_speaker(
        &article,
        text,
        "fees rose",
        "Research conducted by the Harbour Institute",
    );
}

#[test]
fn second_reading_cases_of_this_sessions_rules_keep_the_right_speaker() {
    let text = "Tom Hale, said Anna Lee, a rival, was never fit to lead.\n\n\
Kevin Bell, 34, was jailed. The judge said the attack was brutal. Outside court he said \
he would appeal.\n\n\
Republican Tom Hale was attacked by Democrat Anna Lee. The Texas Republican said the \
bill was dead.\n\n\
Tom Hale, the mayor, said to reporters that the plan would fail.\n\n\
Anna Lee met Tom Hale. The adviser to Tom Hale said the talks went well.\n\n\
USA Today said the figures were wrong.\n\n\
Anna Lee became a senator in 2010. The senator said the vote was close.\n\n\
Dr Rosa Vance treated the victims. The doctor said they were stable.\n";
    let article = Article::parse(text);
    // An interposed tag with no apposition before it still names its speaker.
    assert_speaker(&article, text, "Tom Hale", "Anna Lee");
    // The judge's own words hold no "he": the defendant speaks outside court.
    assert_speaker(&article, text, "he would appeal", "Kevin Bell");
    // Another party's member was named: no guess.
    assert_speaker(&article, text, "the bill was dead", "The Texas Republican");
    // "said to reporters" is no passive aside.
    assert_speaker(&article, text, "the plan would fail", "Tom Hale");
    assert_speaker(
        &article,
        text,
        "the talks went well",
        "The adviser to Tom Hale",
    );
    assert_speaker(&article, text, "the figures were wrong", "USA Today");
    assert_speaker(&article, text, "the vote was close", "Anna Lee");
    assert_speaker(&article, text, "they were stable", "Rosa Vance");
    // A girl is no "he", and a family is no one person.
    let text = "Kevin Bell was jailed. The girl said he had hit her. \"I still have \
nightmares,\" he said.\n\nOmar Said was freed. The family said they were relieved. \
\"Justice has been done,\" he said.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "nightmares", "Kevin Bell");
    assert_speaker(&article, text, "Justice has been done", "Omar Said");
}

#[test]
fn single_quotations_after_a_plural_apostrophe_stay_apart() {
    let text = "He called them ‘bad apples’ and said ‘they must go’.\n\n\
‘The players’ union is wrong,’ said Tom Hale.\n";
    let article = Article::parse(text);
    assert_content(&article, text, "they must go", "‘they must go’");
    let q = quote_holding(&article, text, "union is wrong");
    assert_eq!(q.content().text(text), "‘The players’ union is wrong,’");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Tom Hale"));
}

#[test]
fn a_name_set_off_after_someones_role_speaks() {
    let text = "Kevin Hart's mother, Karen Hart, said he was a good boy.\n\n\
Mr Cole's lawyer, Daniel Hughes, said the ruling was fair.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "a good boy", "Karen Hart");
    assert_speaker(&article, text, "the ruling was fair", "Daniel Hughes");
}

#[test]
fn a_role_taken_for_the_person_named_last_is_less_certain_than_one_they_bear() {
    let guessed = "Tom Reyes met reporters in Valletta. The minister said the port would \
reopen.\n";
    let borne = "Port Minister Tom Reyes met reporters in Valletta. The minister said the \
port would reopen.\n";
    let of = |text: &str| {
        let article = Article::parse(text);
        let q = quote_holding(&article, text, "the port would reopen");
        (q.speaker().map(|s| s.name().to_string()), q.confidence())
    };
    let (name, low) = of(guessed);
    assert_eq!(name.as_deref(), Some("Tom Reyes"));
    let (name, high) = of(borne);
    assert_eq!(name.as_deref(), Some("Tom Reyes"));
    assert!(low < high, "{low} < {high}");
}

#[test]
fn two_subjects_joined_by_and_are_one_clause() {
    // The cut before a second subject is for a clause of its own, not for a subject
    // joined to the first without a comma.
    let text = "He said the United States and its allies will seek new sanctions.\n\n\
She said the talks failed and Democrats believe the deficit will grow.\n\n\
Rangers found Celtic harder to break down and Douglas was not threatened.\n";
    let article = Article::parse(text);
    assert_content(
        &article,
        text,
        "United States",
        "the United States and its allies will seek new sanctions",
    );
    assert_content(&article, text, "talks failed", "the talks failed");
    assert_content(
        &article,
        text,
        "Celtic harder",
        "Celtic harder to break down",
    );
}

#[test]
fn understood_reports_what_is_known_without_a_speaker_or_with_a_medium() {
    let text = "It is understood that the club accepted a new offer at the weekend.\n\n\
City Radio understands the striker is ready to sign.\n\n\
Few fans understood the rules.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "accepted a new offer");
    assert_eq!(
        q.content().text(text),
        "the club accepted a new offer at the weekend"
    );
    assert!(q.speaker().is_none());
    assert_speaker(&article, text, "ready to sign", "City Radio");
    assert!(
        no_quote_holds(&article, text, "rules"),
        "a plain object is no report"
    );
}

#[test]
fn maintain_and_observe_report_only_as_verbs_of_saying() {
    let text = "Tube Lines maintains the Jubilee and Northern lines.\n\n\
The holiday is observed as a day of rest across the region.\n\n\
Mr Hale maintained that the contract was fair.\n\n\
\"It will pass,\" she observed.\n";
    assert_contents(text, &["the contract was fair", "\"It will pass,\""]);
    let article = Article::parse(text);
    for q in article.quotes() {
        let content = q.content().text(text);
        assert!(
            !content.contains("Jubilee") && !content.contains("day of rest"),
            "{content:?} is no report"
        );
    }
}

#[test]
fn as_clause_after_a_comma_inside_the_closing_mark() {
    // American punctuation puts the comma inside the closing mark.
    let text = "The first test is a \"lawful source of income,\" as the memo put it.\n\n\
The port will reopen in May, as the minister said.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "lawful source");
    assert_eq!(
        q.content().text(text),
        "The first test is a \"lawful source of income,\""
    );
    assert_eq!(q.speaker().map(|s| s.name()), Some("the memo"));
    assert_content(
        &article,
        text,
        "reopen in May",
        "The port will reopen in May",
    );
}

#[test]
fn a_second_verb_after_an_auxiliary_or_an_adverb_reports_on_its_own() {
    let text = "Yukos claims the raid was political and has vowed to sue any buyer.\n\n\
Both sides agreed to begin talks and also said they planned to reopen the consulates.\n\n\
He said they had both seen the scripts and had agreed to appear.\n\n\
Fox accused the ministers of telling lies and then attacking them.\n";
    let article = Article::parse(text);
    assert_content(
        &article,
        text,
        "raid was political",
        "the raid was political",
    );
    let q = quote_holding(&article, text, "planned to reopen");
    assert_eq!(
        q.content().text(text),
        "they planned to reopen the consulates"
    );
    assert_eq!(q.speaker().map(|s| s.name()), Some("Both sides"));
    assert_content(&article, text, "begin talks", "to begin talks");
    // The auxiliary of what was said goes on with it; so does a gerund.
    assert_content(
        &article,
        text,
        "seen the scripts",
        "they had both seen the scripts and had agreed to appear",
    );
    assert_content(
        &article,
        text,
        "telling lies",
        "the ministers of telling lies and then attacking them",
    );
}

#[test]
fn a_firm_named_after_a_person_before_a_role_is_not_the_speaker() {
    let text = "Odds cut\n\nWilliam Hill spokesman Rupert Adams said the odds had been cut.\n";
    assert_speakers(text, &[("odds had been cut", "Rupert Adams")]);
}

#[test]
fn an_editor_or_a_landlord_speaks_for_themselves_not_for_their_owner() {
    let text = "Book news\n\nCarol Bennett wrote a novel. Her editor said it was good.\n\n\
Tom Fairley lost his flat. Fairley's landlord said the rent was late.\n";
    assert_speakers(
        text,
        &[
            ("it was good", "Her editor"),
            ("the rent was late", "Fairley's landlord"),
        ],
    );
}

#[test]
fn a_cue_takes_no_quotation_from_the_paragraph_before_nor_when_denied() {
    let text = "Row\n\nGreyhouse said it was \"reviewing its options.\"\n\n\
Carol Bennett has not commented.\n\n\"We will fight.\" Anna Reed has not commented.\n";
    let article = Article::parse(text);
    for q in article.quotes() {
        let who = q.speaker().map(|s| s.name());
        assert!(
            who != Some("Carol Bennett") && who != Some("Anna Reed"),
            "{:?} given to {who:?}",
            q.content().text(text)
        );
    }
    assert_speaker(&article, text, "reviewing its options", "Greyhouse");
}

#[test]
fn an_age_no_one_was_given_is_a_guess() {
    let of = |text: &str| {
        let article = Article::parse(text);
        let q = quote_holding(&article, text, "I scored");
        (q.speaker().map(|s| s.name().to_string()), q.confidence())
    };
    let given = of(
        "Match\n\nKofi Mensah was happy. Steve Lang, 22, was angry.\n\n\
\"I scored,\" the 22-year-old said.\n",
    );
    let guessed = of("Match\n\nKofi Mensah was happy. Steve Lang was angry.\n\n\
\"I scored,\" the 22-year-old said.\n");
    assert_eq!(given.0.as_deref(), Some("Steve Lang"));
    assert!(guessed.1 < given.1, "{} < {}", guessed.1, given.1);
}

#[test]
fn subjects_with_a_suffix_a_phrase_or_an_anonymous_source() {
    let text = "Deal\n\nAcme Corp. on Monday announced it would cut 200 jobs.\n\n\
Diplomats in the region, who asked not to be named, said the talks had stalled.\n\n\
A spokesman for Reporters Without Borders, which monitors the press, said the \
sentence was harsh.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "cut 200 jobs", "Acme Corp.");
    assert_speaker(
        &article,
        text,
        "talks had stalled",
        "Diplomats in the region",
    );
    assert_speaker(
        &article,
        text,
        "sentence was harsh",
        "A spokesman for Reporters Without Borders",
    );
    // The wish to stay unnamed is no report.
    assert!(
        no_quote_holds(&article, text, "named"),
        "asked not to be named is no report"
    );
}

#[test]
fn a_name_before_its_verb_after_said_is_what_was_said() {
    let text = "Court\n\nAnn Lee, 40, said Tom Hale denied the charge.\n\n\
Ann Lee, a nurse, said Tom denied it.\n\n\
The policy is wrong, said Ann Lee, a nurse.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "denied the charge");
    assert_eq!(q.content().text(text), "Tom Hale denied the charge");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Ann Lee"));
    assert_speaker(&article, text, "Tom denied it", "Ann Lee");
    assert_speaker(&article, text, "The policy is wrong", "Ann Lee");
}

#[test]
fn he_after_a_name_set_off_after_an_owners_role_is_that_name() {
    let text = "Row\n\nHenrik Sol was sacked. His lawyer, Erik Dahl, was angry. \
He said the audit was rushed.\n";
    assert_speakers(text, &[("audit was rushed", "Erik Dahl")]);
}

#[test]
fn an_attribution_inside_a_clause_reports_the_whole_clause() {
    let text = "Tech\n\nThe answer, says Prof Brewer, is cheap radio links.\n\n\
Currently, says Dr Paniccia, the equipment is very expensive.\n\n\
Sales were still growing, said Mr Stanley, but he did not think the boom would last.\n\n\
The deal is off, said Mr Pell, a senior adviser who has worked there.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "cheap radio links");
    assert!(q.content().text(text).starts_with("The answer"));
    assert!(q.content().text(text).ends_with("is cheap radio links"));
    let q = quote_holding(&article, text, "very expensive");
    assert!(q.content().text(text).starts_with("Currently"));
    // A clause joined after the attribution, and an apposition, are no part of it.
    assert_content(&article, text, "still growing", "Sales were still growing");
    assert_content(&article, text, "The deal is off", "The deal is off");
}

#[test]
fn a_court_or_a_conference_told_is_no_part_of_what_was_said() {
    let text = "Trial\n\nProsecutor Alun Davies told the court the thefts had taken place over \
six years.\n\nThe rules were unfair, he told a conference on ageing.\n";
    let article = Article::parse(text);
    assert_content(
        &article,
        text,
        "thefts",
        "the thefts had taken place over six years",
    );
    assert_content(&article, text, "rules were unfair", "The rules were unfair");
}

#[test]
fn a_role_with_and_inside_speaks_whole() {
    let text = "Pensions\n\nThe crisis is real, the work and pensions secretary said.\n\n\
Games should carry larger warnings, the trade and industry secretary has said.\n";
    assert_speakers(
        text,
        &[
            ("The crisis is real", "the work and pensions secretary"),
            ("larger warnings", "the trade and industry secretary"),
        ],
    );
}

#[test]
fn phrasal_put_it_and_an_object_her_report_nothing() {
    let text = "Run\n\nI took it off, and I have not put it back on.\n\n\
My doctor was calm. I believed her.\n\nAs one critic put it, the show is dull.\n";
    let article = Article::parse(text);
    let contents: Vec<&str> = article
        .quotes()
        .iter()
        .map(|q| q.content().text(text))
        .collect();
    assert_eq!(contents, ["the show is dull"]);
}

#[test]
fn a_participle_after_a_day_has_the_clause_subject() {
    let text = "Row\n\nNicola Sturgeon wrote to Mr McConnell on Tuesday accusing him of an \
error of judgement.\n";
    assert_speakers(text, &[("error of judgement", "Nicola Sturgeon")]);
}

#[test]
fn he_goes_on_with_the_person_a_pronoun_named_last() {
    // The chain: "He told ITV" is Lord Janner, and so is the "He added" after a
    // quotation, though Harry was named after Janner.
    let text = "Row\n\nPrince Harry wore a Nazi costume. Former Labour MP Lord Janner, who \
is a member of the community, branded Harry's action \"stupid\". He told ITV: \"The time \
has come for him to apologise. It is about decency.\" He added: \"I would send him to the \
army.\"\n";
    assert_speakers(
        text,
        &[
            ("time has come", "Janner"),
            ("send him to the army", "Janner"),
        ],
    );
}

#[test]
fn a_surname_two_people_share_is_a_guess() {
    let of = |text: &str| {
        let article = Article::parse(text);
        quote_holding(&article, text, "loved the sea").confidence()
    };
    let shared = of(
        "Obit\n\nRosa Whitcombe died on Sunday. Her son, Daniel Whitcombe, \
confirmed the death. Whitcombe once said she loved the sea.\n",
    );
    let alone = of(
        "Obit\n\nRosa Whitcombe died on Sunday. Her son, Daniel Hale, confirmed \
the death. Whitcombe once said she loved the sea.\n",
    );
    assert!(shared < alone, "{shared} < {alone}");
}

#[test]
fn according_to_after_a_long_subject_or_before_a_name_and_a_time_stamp() {
    let text = "Data\n\nThe big new monitoring data, according to two officials, showed high \
readings.\n\nAccording to the mayor, Dan Fitch, the bridge will reopen in May.\n\n\
9:32 a.m.: \"We are watching closely,\" Hollis said.\n\n\
A blog is created every five seconds, according to the survey, but few last.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "high readings");
    assert!(
        q.content()
            .text(text)
            .starts_with("The big new monitoring data")
    );
    let q = quote_holding(&article, text, "bridge will reopen");
    assert_eq!(q.content().text(text), "the bridge will reopen in May");
    assert_eq!(q.speaker().map(|s| s.name()), Some("Dan Fitch"));
    assert_content(
        &article,
        text,
        "watching closely",
        "\"We are watching closely,\"",
    );
    // A lead with its own verb is a clause reported at its end.
    assert_content(
        &article,
        text,
        "every five seconds",
        "A blog is created every five seconds",
    );
}

#[test]
fn a_plural_apostrophe_in_a_straight_quotation_that_opens_its_paragraph() {
    let text = "Match\n\n'The players' bodies are not machines,' said Jo Molango.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "not machines");
    assert_eq!(
        q.content().text(text),
        "'The players' bodies are not machines,'"
    );
    assert_eq!(q.speaker().map(|s| s.name()), Some("Jo Molango"));
}

#[test]
fn a_second_verb_of_saying_past_a_nested_cue_ends_the_report() {
    let text = "x\n\nMerrill says Machado promised to keep supporting Clinton and said she \
would stand up to the attacks.\n\n\
Tory plans aim to strengthen company pensions and encourage savings, he said.\n\n\
Customs claimed Mr Griffiths led the group but his lawyer, Antony Townsden, told the \
BBC it was laughable and added that he was poor.\n";
    let article = Article::parse(text);
    assert_content(
        &article,
        text,
        "keep supporting",
        "Machado promised to keep supporting Clinton",
    );
    assert_contents(text, &["she would stand up to the attacks"]);
    // A base form after "and" goes on with a list of verbs.
    let q = quote_holding(&article, text, "company pensions");
    assert!(q.content().text(text).ends_with("encourage savings"));
    // The earlier cut wins: the lawyer's clause, not the "and added" after it.
    assert_content(
        &article,
        text,
        "led the group",
        "Mr Griffiths led the group",
    );
}

#[test]
fn an_insertion_after_and_does_not_end_the_report() {
    let text = "x\n\nExperts said her plan was more detailed than his and, even more \
important, would not blow a hole in the budget.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "more detailed");
    assert!(
        q.content().text(text).ends_with("hole in the budget"),
        "{:?}",
        q.content().text(text)
    );
}

#[test]
fn a_clause_of_contrast_after_the_attribution_is_the_reporters() {
    let text = "x\n\nThe plans would cut immigration, he said, although he could not predict \
a figure.\n\nHe quit the game, he says, because he realised life was more fun.\n";
    let article = Article::parse(text);
    assert_content(
        &article,
        text,
        "cut immigration",
        "The plans would cut immigration",
    );
    // A reason goes on with what was said.
    let q = quote_holding(&article, text, "quit the game");
    assert!(q.content().text(text).ends_with("more fun"));
}

#[test]
fn the_new_rules_keep_to_their_constructions() {
    let text = "x\n\nSmith confirmed the deal on Monday and rival firm Acme said it would \
appeal.\n\nFans booed the team and the manager said he was sorry.\n\n\
The plan is too costly, said Tom Hale, a builder based in Leeds.\n\n\
According to police, Tom Hale, 40, was arrested on Monday.\n\n\
Crime went up sharply in the city, according to police, and the mayor wants more \
officers.\n\nThe budget was flawed, Tom Hale told a committee of MPs.\n\n\
Ann Lee, 40, said police arrested Tom Hale.\n\n\
As Tom Hale put it on Twitter, the deal is dead.\n\n\
It was observed that the ice was melting.\n\n\
Yukos claims the raid was political and has since vowed to sue.\n\n\
Carol Bennett wrote a novel. Her nanny said it was good.\n";
    let article = Article::parse(text);
    let content_of = |piece: &str| quote_holding(&article, text, piece).content().text(text);
    assert_speaker(&article, text, "would appeal", "rival firm Acme");
    assert_speaker(&article, text, "he was sorry", "the manager");
    assert_eq!(content_of("too costly"), "The plan is too costly");
    assert_eq!(
        content_of("was arrested on Monday"),
        "Tom Hale, 40, was arrested on Monday"
    );
    assert_eq!(content_of("went up"), "Crime went up sharply in the city");
    assert_eq!(content_of("budget was flawed"), "The budget was flawed");
    assert_speaker(&article, text, "police arrested", "Ann Lee");
    assert_eq!(content_of("the deal is dead"), "the deal is dead");
    assert_eq!(content_of("ice was melting"), "the ice was melting");
    assert_eq!(content_of("raid was political"), "the raid was political");
    assert_speaker(&article, text, "it was good", "Her nanny");
}

#[test]
fn a_title_before_a_shared_surname_settles_who_it_is() {
    let of = |sentence: &str| {
        let text = format!(
            "Obit\n\nRosa Whitcombe died on Sunday. Her son, Daniel Whitcombe, confirmed the \
death. {sentence}\n"
        );
        let article = Article::parse(&text);
        quote_holding(&article, &text, "was grateful").confidence()
    };
    assert!(
        of("Whitcombe said the family was grateful.")
            < of("Mr Whitcombe said the family was grateful.")
    );
}

#[test]
fn a_listener_with_a_short_form_in_brackets_is_no_part_of_what_was_said() {
    let text = "x\n\nHe told the Parliamentary Labour Party (PLP) on Monday: \"We will win.\"\n";
    let article = Article::parse(text);
    assert_content(&article, text, "We will win", "\"We will win.\"");
}

#[test]
fn a_capitalised_plural_that_opens_the_quotation_keeps_its_apostrophe() {
    let text = "Match\n\n'Players' bodies are not machines,' said Jo Molango.\n\n\
He praised the ‘Lions’ tour and the ‘Kiwis’ game.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "not machines");
    assert_eq!(
        q.content().text(text),
        "'Players' bodies are not machines,'"
    );
    assert_eq!(q.speaker().map(|s| s.name()), Some("Jo Molango"));
    // Titles in marks still close at their own mark.
    assert_contents(text, &["the ‘Lions’ tour and the ‘Kiwis’ game"]);
}

#[test]
fn a_participle_with_its_own_object_between_quotations_reports_beside_the_quote() {
    let text = "Port\n\n\"We are ready,\" said Ana Ruiz, speaking of the new ferry. \
\"The crews are trained.\"\n\nSpeaking of noise, the new engines are quiet.\n";
    let article = Article::parse(text);
    assert_content(&article, text, "new ferry", "the new ferry");
    assert_speaker(&article, text, "new ferry", "Ana Ruiz");
    // The quotation after the attribution still goes on with the first.
    assert!(content_ends_with(
        &article,
        text,
        "We are ready",
        "\"The crews are trained.\""
    ));
    // A topic opening the sentence is no report.
    assert!(no_quote_holds(&article, text, "noise"));
}

#[test]
fn a_report_of_the_same_speaker_between_quotations_is_kept() {
    let text = "Health\n\n\"Waits are falling,\" said Jane Hale. She added the targets \
would be met by May. \"But we are not complacent.\"\n\n\"I have met him,\" said Tom Kerr. \
He also said he remains wary, dismissing talk of a win. \"It is dangerous.\"\n";
    let article = Article::parse(text);
    assert_content(&article, text, "targets", "the targets would be met by May");
    assert_speaker(&article, text, "targets", "Jane Hale");
    // A participle in a later sentence of its own leaves the next quotation out.
    assert!(
        !quote_holding(&article, text, "I have met him")
            .content()
            .text(text)
            .contains("dangerous")
    );
}

#[test]
fn a_phrase_quoted_inside_the_sentence_is_no_quotation_before_an_attribution() {
    let text = "Budget\n\nTom Hale spoke of the \"positive campaign\" the party hoped to \
stage.\n\nWhile growth is at a \"good pace\" he warned that costs were rising.\n\n\
2026 was a \"stellar year\" said Ann Lee, director of the group.\n";
    let article = Article::parse(text);
    assert!(no_quote_holds(&article, text, "Tom Hale spoke"));
    assert_content(&article, text, "costs", "costs were rising");
    assert_speaker(&article, text, "stellar year", "Ann Lee");
}

#[test]
fn a_programme_named_with_small_words_and_there_end_the_listener() {
    assert_contents(
        "Politics\n\nAnn Lee told BBC One's Breakfast with Frost programme the plan \
was dead.\n\nShe told the Guardian newspaper there would be no vote.\n",
        &["the plan was dead", "there would be no vote"],
    );
}

#[test]
fn a_cleft_and_a_participle_before_who_name_their_subject() {
    assert_speakers(
        "Stage\n\nIt was Tom Hale who took the stage, speaking of the plan.\n\n\
He left the room, cutting off a reporter who asked about the budget.\n",
        &[("the plan", "Tom Hale"), ("the budget", "a reporter")],
    );
}

#[test]
fn show_reports_after_a_plural_subject_not_as_a_noun() {
    let text = "Figures\n\nHe hosted a chat show, said Ann Lee of the network.\n\n\
The network cancelled the crime show CSI last year.\n\n\
Data from the 2024 survey show that women held 41 percent of the jobs.\n\n\
Leaked documents from his tax return show he took a loss.\n\n\
The e-mails show they came from an official address.\n";
    let article = Article::parse(text);
    assert!(no_quote_holds(&article, text, "CSI"));
    assert_speaker(&article, text, "chat show", "Ann Lee");
    assert_contents(
        text,
        &[
            "women held 41 percent of the jobs",
            "he took a loss",
            "they came from an official address",
        ],
    );
}

#[test]
fn a_country_after_a_preposition_says_where_the_speakers_are() {
    let text = "Talks\n\nDiplomats in France said the talks had failed.\n\n\
Political observers in the UK claim it is a snub.\n\nFrance said the talks had failed.\n";
    assert_speakers(
        text,
        &[
            ("talks had failed", "Diplomats in France"),
            ("a snub", "Political observers in the UK"),
        ],
    );
    let article = Article::parse(text);
    assert!(
        article
            .quotes()
            .iter()
            .any(|q| q.speaker().is_some_and(|s| s.name() == "France"))
    );
}

#[test]
fn a_participle_set_off_by_commas_ends_at_its_closing_comma() {
    let text = "Ferry\n\nAna Ruiz, speaking of the new ferry, said the crews were trained.\n\n\
It was Tom Hale who took the stage, but Ann Lee, speaking of the plan, said it would \
fail.\n\nTom Kerr, speaking of the new bridge, was less sure.\n\n\
Jo Molango used the ad against Tom Hale, accusing him of lying.\n";
    let article = Article::parse(text);
    assert_content(&article, text, "new ferry", "the new ferry");
    assert_content(&article, text, "crews", "the crews were trained");
    assert_speaker(&article, text, "crews", "Ana Ruiz");
    assert_speaker(&article, text, "the plan", "Ann Lee");
    assert_speaker(&article, text, "would fail", "Ann Lee");
    assert_content(&article, text, "new bridge", "the new bridge");
    // After an object, the participle is the subject's.
    assert_speaker(&article, text, "of lying", "Jo Molango");
}

#[test]
fn a_fronted_quotation_with_a_joined_clause_after_the_cue_is_reported() {
    assert_speakers(
        "Union\n\nThe plan was \"a disgrace\" Ann Lee said adding that members would \
strike.\n\nThe deal was \"a step back\" the union said as members walked out.\n",
        &[("a disgrace", "Ann Lee"), ("a step back", "the union")],
    );
}

#[test]
fn with_joins_a_listener_only_inside_a_programme_name_and_there_opens_the_clause() {
    assert_contents(
        "Politics\n\nAnn Lee told Breakfast with Frost the plan was dead.\n\n\
She told reporters there was support for the plan.\n",
        &["the plan was dead", "there was support for the plan"],
    );
}

#[test]
fn someone_elses_report_between_quotations_ends_the_quote() {
    let text = "Health\n\n\"Waits are falling,\" said Jane Hale. Tom Kerr said the targets \
would be missed. \"We are worried.\"\n\n\"Costs are up,\" said Ann Lee. Mrs Lee added that \
some firms encouraged staff to save. \"It helps.\"\n";
    let article = Article::parse(text);
    assert_content(&article, text, "Waits", "\"Waits are falling,\"");
    assert_speaker(&article, text, "We are worried", "Tom Kerr");
    // A report nested in the speaker's own does not end it.
    assert!(content_ends_with(
        &article,
        text,
        "Costs are up",
        "\"It helps.\""
    ));
}

#[test]
fn a_passive_relative_clause_and_a_questioned_who_report_no_lone_pronoun() {
    let text = "Rover\n\nThe owners of Rover, who have been accused by unions of awarding \
themselves high salaries, declined to comment.\n\nIt is unclear who said the plan would \
fail.\n\nThe question is who said it first.\n";
    let article = Article::parse(text);
    assert!(
        article
            .quotes()
            .iter()
            .all(|q| !matches!(q.content().text(text), "who" | "which"))
    );
    assert!(no_speaker_named(&article, "unclear"));
    assert!(no_speaker_named(&article, "who"));
}

#[test]
fn a_relative_clause_after_an_irregular_past_names_its_object() {
    assert_speakers(
        "Talks\n\nHe met the ruling party's leader who said the plan would fail.\n",
        &[("would fail", "the ruling party's leader")],
    );
}

#[test]
fn it_also_said_goes_on_with_the_body_a_few_sentences_on() {
    let text = "Music\n\nThe Harbour Gazette said the album was the best of the year. The band \
toured in spring. Their singer broke his arm in May. The tour was cancelled. It also said \
the band would return next year.\n\nThe Harbour Gazette said the album was poor. The band \
toured in spring. Their singer broke his arm in May. The tour was cancelled. It said the \
weather was fine.\n";
    let article = Article::parse(text);
    assert_speaker(&article, text, "return next year", "The Harbour Gazette");
    // Without `also` or `added`, four sentences on, `it` stays unresolved.
    assert_speaker(&article, text, "weather was fine", "It");
}

#[test]
fn the_company_goes_on_with_the_organisation_that_spoke_last() {
    let text = "Vans\n\nGrenfield Motors said it would recall 500 vans. The company said \
that the fault was minor.\n\nThe Harbor Trust (HT) says fees should rise. It also suggests \
closing the old pier by 2030.\n";
    assert_speakers(
        text,
        &[
            ("fault was minor", "Grenfield Motors"),
            ("old pier", "The Harbor Trust (HT)"),
        ],
    );
}

#[test]
fn a_listener_named_by_a_medium_or_a_noun_before_the_clause_is_no_part_of_it() {
    assert_contents(
        "Housing\n\nMs Kaur told the BBC progress had been made on housing.\n\n\
Mr Hale told MPs child benefit would rise.\n\nThe company warned the move would cut \
profits.\n\nShe told the nation she was resigning.\n",
        &[
            "progress had been made on housing",
            "child benefit would rise",
            "the move would cut profits",
            "she was resigning",
        ],
    );
    assert_contents(
        "Inquiry\n\nAnn Lee told the inquiry police had failed the family.\n\nShe told the \
Gazette new figures showed crime was falling.\n",
        &[
            "police had failed the family",
            "new figures showed crime was falling",
        ],
    );
}

#[test]
fn a_conjunction_or_a_sentence_adverb_alone_is_no_speaker() {
    let text = "Charges\n\nBut there has been speculation that the charges could be \
dropped.\n\nAlready, about 30% of the farmers polled say that they have sold land.\n";
    let article = Article::parse(text);
    assert!(no_speaker_named(&article, "But"));
    assert!(no_speaker_named(&article, "Already"));
    let text = "Vote\n\nElsewhere there were claims that the vote had been rigged.\n";
    assert!(no_speaker_named(&Article::parse(text), "Elsewhere"));
}

#[test]
fn a_pronoun_is_not_the_person_what_was_said_names() {
    let text = "Roads\n\nOpposition leader Dan Otley attacked the mayor, Ken Hale, on Monday. \
Mr Hale has failed to fix the roads, he claimed.\n\nTom Hale met Ann Lee. He said he would \
resign.\n";
    assert_speakers(
        text,
        &[("fix the roads", "Dan Otley"), ("would resign", "Tom Hale")],
    );
}

#[test]
fn a_phrase_led_by_a_person_speaks_not_the_person() {
    assert_speakers(
        "Court\n\nHer lawyers, led by Amy Ford, have vowed to clear her name.\n",
        &[("clear her name", "Her lawyers")],
    );
}

#[test]
fn an_opening_phrase_without_a_comma_is_no_part_of_the_subject() {
    assert_speakers(
        "Board\n\nAfter the incident two years ago Acme agreed to train its staff.\n\n\
In recent years the leader of the opposition has demanded a debate.\n\n\
After a meeting of the board the chairman said the plan was dead.\n",
        &[
            ("train its staff", "Acme"),
            ("a debate", "the leader of the opposition"),
            ("plan was dead", "the chairman"),
        ],
    );
    // An adverb between the comma and the participle: the clause's subject.
    let text = "Court\n\nTom Reeve appeared in court in Leeds, first pleading guilty to theft.\n";
    assert_speakers(text, &[("guilty to theft", "Tom Reeve")]);
}

#[test]
fn a_passive_of_believing_before_an_infinitive_reports_its_clause_with_no_speaker() {
    let text = "Drugs\n\nFake drugs are estimated to make up 10% of all pills sold.\n\n\
North Korea is not thought to be capable of delivering warheads.\n\n\
Sales are expected to fall in 2025, Acme said.\n\n\
Mr Hale is expected to win over critics by saying the scheme is safe.\n";
    let article = Article::parse(text);
    let q = quote_holding(&article, text, "10% of all pills");
    assert_eq!(
        q.content().text(text),
        "Fake drugs are estimated to make up 10% of all pills sold"
    );
    assert!(q.speaker().is_none());
    assert_content(
        &article,
        text,
        "capable",
        "North Korea is not thought to be capable of delivering warheads",
    );
    // An attribution after the clause speaks for it.
    assert_speaker(&article, text, "Sales are expected", "Acme");
    // The whole subject, not its last name, nor the conjunction before it.
    let text2 = "Auction\n\nA guitar owned by singer Bo Lake is expected to fetch 10,000 \
pounds.\n\nTalks stalled, but the board is expected to meet on Friday.\n";
    assert_contents(
        text2,
        &[
            "A guitar owned by singer Bo Lake is expected to fetch 10,000 pounds",
            "the board is expected to meet on Friday",
        ],
    );
    // A named speaker's report inside the expectation stands on its own.
    assert!(article.quotes().iter().any(|q| {
        q.content().text(text) == "the scheme is safe"
            && q.speaker()
                .is_some_and(|s| s.name() == "Tom Hale" || s.name() == "Hale")
    }));
}

#[test]
fn the_company_does_not_go_on_past_another_name_or_a_different_noun() {
    let text = "Telecoms\n\nOfcom said it had opened an investigation into Vexa Telecom. The \
company said it would co-operate fully.\n\nAcme Motors said it would seek a loan from its \
lender. The bank said it had not received a request.\n";
    assert_speakers(
        text,
        &[
            ("co-operate fully", "The company"),
            ("not received a request", "The bank"),
        ],
    );
}

#[test]
fn a_group_between_quotations_is_background_and_one_holder_of_a_role_is_not() {
    let text = "Court\n\n\"The ruling is a scandal,\" said Jane Hale. Police said the case was \
closed. \"We will appeal.\"\n\n\"Prices are rising,\" said Tom Kerr. One leading broker said \
the real reasons were political. \"Money will not go there any more.\"\n";
    assert_speakers(
        text,
        &[
            ("We will appeal", "Jane Hale"),
            ("Money will not go there", "One leading broker"),
        ],
    );
}

#[test]
fn it_also_said_does_not_reach_past_another_it() {
    let text = "Bridge\n\nHarlow Council said the bridge would close. A report on its \
condition was published in March. It found cracks in two piers. It also said the bridge \
could not carry lorries.\n";
    assert_speakers(text, &[("carry lorries", "It")]);
}

#[test]
fn show_reports_after_a_participle_or_a_relative_clause_of_its_plural_subject() {
    let text = "Emails\n\nEmails obtained by the Gazette show the minister was warned in \
May.\n\nThe figures, which cover the whole of 2023, show that prices rose.\n\n\
He is one of the hosts of The Blue Room, an early morning weekend show that plays old \
music.\n";
    let article = Article::parse(text);
    assert_content(&article, text, "warned", "the minister was warned in May");
    assert_content(&article, text, "prices rose", "prices rose");
    assert!(no_quote_holds(&article, text, "old music"));
}

#[test]
fn an_opening_phrase_of_time_or_with_a_clause_is_no_part_of_the_subject() {
    assert_speakers(
        "Council\n\nAt the meeting a week ago the minister said the plan was dead.\n\n\
On the day the report came out the council said it would resign.\n\n\
In a speech to the nation the president said the war was over.\n\n\
In an interview with the Gazette the governor said the dam was safe.\n",
        &[
            ("plan was dead", "the minister"),
            ("would resign", "the council"),
            ("war was over", "the president"),
            ("dam was safe", "the governor"),
        ],
    );
    // A second preposition inside the subject is no opening phrase.
    let text = "Poll\n\nAlmost a quarter of those polled for the Sunday Gazette said the \
plan would fail.\n";
    assert!(no_speaker_named(
        &Article::parse(text),
        "the Sunday Gazette"
    ));
}

#[test]
fn a_bare_noun_and_its_verb_open_the_clause_after_a_phrase_of_time_or_place() {
    assert_contents(
        "Pay\n\nJane Hale said on Monday prices would rise.\n\nAnn Lee told staff at the \
plant pay would be frozen.\n\nTom Kerr said at a briefing sales would rise.\n\n\
The mayor has said about 20 people have shown an interest.\n",
        &[
            "prices would rise",
            "pay would be frozen",
            "sales would rise",
            "about 20 people have shown an interest",
        ],
    );
}

#[test]
fn defending_a_title_or_a_seat_is_no_report() {
    let text = "Athletics\n\nLee Marsh will defend his 400m title at the trials.\n\n\
Ann Lee is defending the Labour stronghold of Normanton.\n\n\
The minister defended the plans against criticism.\n";
    let article = Article::parse(text);
    assert!(no_quote_holds(&article, text, "400m title"));
    assert!(no_quote_holds(&article, text, "stronghold"));
    assert_content(&article, text, "the plans", "the plans against criticism");
}

#[test]
fn the_writers_connective_opening_the_sentence_is_no_part_of_what_was_said() {
    let text = "Vote\n\nBut the plan would fail, Tom Kerr warned.\n\n\
\"But we will win,\" Ann Lee said.\n";
    let article = Article::parse(text);
    assert_content(&article, text, "plan would fail", "the plan would fail");
    // A quotation keeps its own words.
    assert_content(&article, text, "we will win", "\"But we will win,\"");
}

#[test]
fn letters_after_a_name_are_no_speaker_of_their_own() {
    assert_speakers(
        "Court\n\nJudge Karl Wendle, QC told the court the evidence was weak.\n",
        &[("evidence was weak", "Karl Wendle")],
    );
}

#[test]
fn they_goes_on_with_the_group_that_spoke_last() {
    let text = "Talks\n\nCorrespondents say the talks have stalled. They say neither side \
will give way.\n\nThe committee criticised the plan. They called for a new inquiry.\n\n\
This was new. They said the rules had changed.\n";
    assert_speakers(
        text,
        &[
            ("neither side", "Correspondents"),
            ("new inquiry", "The committee"),
            ("rules had changed", "They"),
        ],
    );
}
