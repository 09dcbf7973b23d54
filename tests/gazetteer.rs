//! The gazetteer: a table of ambiguity and variant cases, custom gazetteers and their
//! errors, the embedded data, and the generator that rebuilds it.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use reportage::{
    Alias, Article, Entity, EntityKind, ErrorKind, Gazetteer, GazetteerBuilder, MentionKind,
};

/// One case: a short invented text, the mentions that must be found (surface text and
/// entity id), and surface texts that must not be mentioned at all.
struct Case {
    text: &'static str,
    yes: &'static [(&'static str, &'static str)],
    no: &'static [&'static str],
}

const fn case(
    text: &'static str,
    yes: &'static [(&'static str, &'static str)],
    no: &'static [&'static str],
) -> Case {
    Case { text, yes, no }
}

const CASES: &[Case] = &[
    // possessives and apostrophes
    case("China's exports rose in May.", &[("China", "CN")], &[]),
    case("Russia’s navy sailed at dawn.", &[("Russia", "RU")], &[]),
    case("NATO's chief flew home.", &[("NATO", "NATO")], &[]),
    case("Nato’s chief flew home.", &[("Nato", "NATO")], &[]),
    case(
        "The People’s Republic of China and the People's Republic of China.",
        &[
            ("People’s Republic of China", "CN"),
            ("People's Republic of China", "CN"),
        ],
        &[],
    ),
    // case policy: acronyms and common words only as written
    case("Tell us what happened next.", &[], &["us"]),
    case(
        "The US and the EU agreed on tariffs.",
        &[("US", "US"), ("EU", "EU")],
        &[],
    ),
    case("Who will pay for the bridge?", &[], &["Who"]),
    case("The WHO warned of measles.", &[("WHO", "WHO")], &[]),
    case("Un jour, the UN voted again.", &[("UN", "UN")], &["Un"]),
    case("The fine china was broken.", &[], &["china"]),
    case("Roast turkey for dinner again.", &[], &["turkey"]),
    case("They were fed up with delays.", &[], &["fed"]),
    case("The Fed raised rates.", &[("Fed", "FED")], &[]),
    case("A guinea pig escaped.", &[], &["guinea"]),
    case("Business leaders met.", &[], &["us"]),
    // case-insensitive names, non-ASCII included, with exact spans
    case("TÜRKIYE VOTES ON SUNDAY", &[("TÜRKIYE", "TR")], &[]),
    case("aid convoys reached kyiv late", &[("kyiv", "UA")], &[]),
    case("united states officials", &[("united states", "US")], &[]),
    case("UNITED STATES WINS", &[("UNITED STATES", "US")], &[]),
    case("CÔTE D'IVOIRE PLAYS", &[("CÔTE D'IVOIRE", "CI")], &[]),
    case(
        "Côte d’Ivoire, Côte d'Ivoire and Ivory Coast.",
        &[
            ("Côte d’Ivoire", "CI"),
            ("Côte d'Ivoire", "CI"),
            ("Ivory Coast", "CI"),
        ],
        &[],
    ),
    case(
        "Turkey, also called Türkiye, voted.",
        &[("Turkey", "TR"), ("Türkiye", "TR")],
        &[],
    ),
    // longer names that contain a country
    case("Troops left New Mexico.", &[], &["Mexico"]),
    case(
        "Papua New Guinea held elections.",
        &[("Papua New Guinea", "PG")],
        &["Guinea"],
    ),
    case(
        "Guinea-Bissau and Guinea signed a pact.",
        &[("Guinea-Bissau", "GW"), ("Guinea", "GN")],
        &[],
    ),
    case("Ships crossed the South China Sea.", &[], &["China"]),
    case(
        "Voters in Indiana went to the polls.",
        &[],
        &["India", "Indian"],
    ),
    case("Latin American leaders met.", &[], &["American"]),
    case("The Korean War ended in an armistice.", &[], &["Korean"]),
    case("Northern Ireland voted.", &[], &["Ireland"]),
    case("A woman from Oman spoke.", &[("Oman", "OM")], &["oman"]),
    case("Traffic in Mexico City was slow.", &[], &["Mexico"]),
    case("überChina is not a word.", &[], &["China"]),
    // demonyms, singular and plural
    case(
        "Indian officials met Indians abroad.",
        &[("Indian", "IN"), ("Indians", "IN")],
        &[],
    ),
    case("Russians queued for bread.", &[("Russians", "RU")], &[]),
    case(
        "A Norwegian diplomat resigned.",
        &[("Norwegian", "NO")],
        &[],
    ),
    case(
        "South Koreans and North Koreans met.",
        &[("South Koreans", "KR"), ("North Koreans", "KP")],
        &[],
    ),
    case("pro-Russian rebels advanced.", &[("Russian", "RU")], &[]),
    case(
        "Chinese-made drones were seized.",
        &[("Chinese", "CN")],
        &[],
    ),
    case(
        "China—Russia trade grew.",
        &[("China", "CN"), ("Russia", "RU")],
        &[],
    ),
    // person names
    case("Michael Jordan scored again.", &[], &["Jordan"]),
    case("Jordan Peterson spoke at length.", &[], &["Jordan"]),
    case(
        "Aid reached Jordan and Lebanon.",
        &[("Jordan", "JO"), ("Lebanon", "LB")],
        &[],
    ),
    case("Chad Smith played the drums.", &[], &["Chad"]),
    case("Floods hit Chad on Monday.", &[("Chad", "TD")], &[]),
    case("George Washington crossed the river.", &[], &["Washington"]),
    case("Denzel Washington starred in it.", &[], &["Washington"]),
    case("Paris Hilton arrived late.", &[], &["Paris"]),
    case(
        "Bloomberg reported the deal.",
        &[("Bloomberg", "BLOOMBERG")],
        &[],
    ),
    case("Michael Bloomberg said no.", &[], &["Bloomberg"]),
    // Georgia, the country or the US state
    case(
        "Georgia voters in Atlanta backed the Republican governor.",
        &[],
        &["Georgia"],
    ),
    case(
        "Georgia and Armenia discussed the Caucasus with Russia.",
        &[("Georgia", "GE"), ("Armenia", "AM")],
        &[],
    ),
    // EPA, the photo agency or the US agency
    case("Photo: HO via EPA", &[("EPA", "EPA")], &[]),
    case(
        "The EPA issued new limits on soot.",
        &[("EPA", "US_EPA")],
        &[],
    ),
    // capitals: the government, or the place
    case(
        "Washington imposed sanctions.",
        &[("Washington", "US")],
        &[],
    ),
    case("Moscow denied the report.", &[("Moscow", "RU")], &[]),
    case("Protesters gathered in Moscow.", &[], &["Moscow"]),
    case("MOSCOW, March 3 - Talks resumed.", &[], &["MOSCOW"]),
    case("a London-based fund", &[], &["London"]),
    case("Real Madrid won the cup.", &[], &["Madrid"]),
    case("the Berlin Film Festival opened", &[], &["Berlin"]),
    case(
        "Paris and Berlin disagreed.",
        &[("Paris", "FR"), ("Berlin", "DE")],
        &[],
    ),
    case("Brussels fined the carmaker.", &[("Brussels", "EU")], &[]),
    // former and other names
    case(
        "Burma, now Myanmar, voted.",
        &[("Burma", "MM"), ("Myanmar", "MM")],
        &[],
    ),
    case("Talks between Kiev and the rebels", &[("Kiev", "UA")], &[]),
    case(
        "Swaziland renamed itself Eswatini.",
        &[("Swaziland", "SZ"), ("Eswatini", "SZ")],
        &[],
    ),
    case(
        "Chinese Taipei competed.",
        &[("Chinese Taipei", "TW")],
        &["Chinese"],
    ),
    case("Hong Kong's leader spoke.", &[("Hong Kong", "HK")], &[]),
    // historical states
    case(
        "The Soviet Union collapsed.",
        &[("Soviet Union", "SU")],
        &[],
    ),
    case(
        "Yugoslavia and Czechoslovakia split up.",
        &[("Yugoslavia", "YU"), ("Czechoslovakia", "CS")],
        &[],
    ),
    case(
        "East Germany opened the wall.",
        &[("East Germany", "DD")],
        &["Germany"],
    ),
    // organisations, acronyms and aliases
    case(
        "The North Atlantic Treaty Organization (NATO) met.",
        &[
            ("North Atlantic Treaty Organization", "NATO"),
            ("NATO", "NATO"),
        ],
        &[],
    ),
    case(
        "The Atlantic Alliance met.",
        &[("Atlantic Alliance", "NATO")],
        &[],
    ),
    case("L'OTAN a répondu.", &[("OTAN", "NATO")], &[]),
    case(
        "Reuters reported it, citing Xinhua and AFP.",
        &[("Reuters", "REUTERS"), ("Xinhua", "XINHUA"), ("AFP", "AFP")],
        &[],
    ),
    case(
        "dpa and DPA reported it.",
        &[("dpa", "DPA"), ("DPA", "DPA")],
        &[],
    ),
    case(
        "Photo: Getty Images via AFP",
        &[("Getty Images", "GETTY_IMAGES"), ("AFP", "AFP")],
        &[],
    ),
    case(
        "The White House and the Pentagon disagreed.",
        &[("White House", "WHITE_HOUSE"), ("Pentagon", "PENTAGON")],
        &[],
    ),
    case("the Kremlin said", &[("Kremlin", "KREMLIN")], &[]),
    case(
        "G7 and G20 leaders met.",
        &[("G7", "G7"), ("G20", "G20")],
        &[],
    ),
    case(
        "the Quad and AUKUS",
        &[("Quad", "QUAD"), ("AUKUS", "AUKUS")],
        &[],
    ),
    case(
        "White House National Security Council staff",
        &[
            ("White House", "WHITE_HOUSE"),
            ("National Security Council", "US_NSC"),
        ],
        &[],
    ),
    // generic bodies resolved by the country mentioned before
    case(
        "The U.S. Treasury said",
        &[("U.S.", "US"), ("Treasury", "US_TREASURY")],
        &[],
    ),
    case(
        "Britain's Treasury said",
        &[("Britain", "GB"), ("Treasury", "HM_TREASURY")],
        &[],
    ),
    case("The Treasury said nothing.", &[], &["Treasury"]),
    case(
        "The EU summit ended; the Commission will draft a law.",
        &[("EU", "EU"), ("Commission", "EUROPEAN_COMMISSION")],
        &[],
    ),
    case(
        "The Commission on Harbour Safety met.",
        &[],
        &["Commission"],
    ),
    case("The investor Mark Cuban spoke.", &[], &["Cuban"]),
    // a curly quote right before the word that precedes a demonym: no panic, a match
    case(
        "He said the count was rigged,” and “wounded Americans voted.",
        &[("Americans", "US")],
        &[],
    ),
    case(
        "The European commission and al-Qaeda",
        &[
            ("European commission", "EUROPEAN_COMMISSION"),
            ("al-Qaeda", "AL_QAEDA"),
        ],
        &[],
    ),
    case("Many Mexicans voted.", &[("Mexicans", "MX")], &[]),
    case("the Paris climate accord", &[], &["Paris"]),
    // all-caps text, where an acronym can be the word
    case("FOLLOW US ON SOCIAL MEDIA", &[], &["US"]),
    case("US TROOPS LEAVE BASE", &[("US", "US")], &[]),
    // a surname after an honorific
    case(
        "Mr German and Mrs. Holland met Dr Jordan in France.",
        &[("France", "FR")],
        &["German", "Holland", "Jordan"],
    ),
    // a country at the head of a company's, party's or event's name
    case(
        "She won the Australian Open and US Airways fell.",
        &[],
        &["Australian", "US"],
    ),
    case(
        "The Swiss National Bank cut rates.",
        &[("Swiss", "CH")],
        &[],
    ),
    case(
        "The UK Independence Party and Swiss Re, said the Turkish Central Bank.",
        &[("Turkish", "TR")],
        &["UK", "Swiss"],
    ),
    case(
        "Britain Open To Talks With France",
        &[("Britain", "GB"), ("France", "FR")],
        &[],
    ),
    case(
        "The home office was cold; the Home Office said so.",
        &[("Home Office", "HOME_OFFICE")],
        &["home office"],
    ),
];

#[test]
fn ambiguity_and_variant_table() {
    assert!(CASES.len() >= 60, "only {} cases", CASES.len());
    let gazetteer = Gazetteer::default_shared();
    let mut failures = Vec::new();
    for case in CASES {
        let found: Vec<(&str, &str)> = gazetteer
            .find(case.text)
            .iter()
            .map(|m| (m.span().text(case.text), m.entity().id()))
            .map(|(s, id)| (s, gazetteer.entity(id).map_or("", |e| e.id())))
            .collect();
        for want in case.yes {
            if !found.contains(want) {
                failures.push(format!(
                    "{:?}: missing {want:?}, found {found:?}",
                    case.text
                ));
            }
        }
        for &bad in case.no {
            if found.iter().any(|&(s, _)| s == bad) {
                failures.push(format!(
                    "{:?}: must not match {bad:?}, found {found:?}",
                    case.text
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mention_kinds_say_how_they_refer() {
    let g = Gazetteer::default_shared();
    let text = "NATO, the Atlantic Alliance, China, Chinese officials and Beijing.";
    let kinds: Vec<(&str, MentionKind)> = g
        .find(text)
        .iter()
        .map(|m| (m.span().text(text), m.kind()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("NATO", MentionKind::Acronym),
            ("Atlantic Alliance", MentionKind::Alias),
            ("China", MentionKind::Name),
            ("Chinese", MentionKind::Demonym),
            ("Beijing", MentionKind::Capital),
        ]
    );
}

#[test]
fn photo_credit_block_decides_epa() {
    let text = "Smog rules tightened\n\nThe EPA said the limits start in June.\n\nA chimney at dawn.\n\nPhoto: EPA\n";
    let article = Article::parse(text);
    let ids: Vec<&str> = article.mentions().iter().map(|m| m.entity().id()).collect();
    assert_eq!(ids, ["US_EPA", "EPA"]);
}

#[test]
fn entities_are_counted_in_order_of_first_mention() {
    let text = "Oslo talks\n\nNorway and Chile met. Norway's envoy and the Norwegian team left.";
    let article = Article::parse(text);
    let rows: Vec<(&str, usize)> = article
        .entities()
        .iter()
        .map(|e| (e.id(), e.count()))
        .collect();
    assert_eq!(rows, [("NO", 3), ("CL", 1)]);
    let first = article.entities()[0].first_mention();
    assert_eq!(first.text(text), "Norway");
    let no = article.entities()[0].entity();
    assert_eq!(
        (no.iso2(), no.iso3(), no.wikidata()),
        (Some("NO"), Some("NOR"), Some("Q20"))
    );
}

#[test]
fn default_data_is_complete() {
    let g = Gazetteer::default_shared();
    let count = |kinds: &[EntityKind]| g.entities().filter(|e| kinds.contains(&e.kind())).count();
    assert!(count(&[EntityKind::Country, EntityKind::Territory]) >= 249);
    let organisations = count(&[
        EntityKind::InternationalOrganisation,
        EntityKind::GovernmentBody,
        EntityKind::Military,
        EntityKind::Media,
        EntityKind::Organisation,
    ]);
    assert!(organisations >= 300, "{organisations} organisations");
    for e in g.entities() {
        if let Some(q) = e.wikidata() {
            assert!(
                q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit()),
                "{q}"
            );
        }
        if let Some(c) = e.country() {
            assert!(g.entity(c).is_some(), "{} belongs to unknown {c}", e.id());
        }
        if matches!(e.kind(), EntityKind::Country | EntityKind::Territory) && e.id() != "XK" {
            assert_eq!(e.iso3().map(str::len), Some(3), "{}", e.id());
        }
    }
    for (id, qid) in [
        ("CN", "Q148"),
        ("NATO", "Q7184"),
        ("EU", "Q458"),
        ("SU", "Q15180"),
    ] {
        assert_eq!(g.entity(id).and_then(|e| e.wikidata()), Some(qid));
    }
    assert_eq!(
        g.entity("WHITE_HOUSE").and_then(|e| e.country()),
        Some("US")
    );
    assert!(
        g.memory_usage() < 10 * 1024 * 1024,
        "{} bytes",
        g.memory_usage()
    );
}

#[test]
fn custom_gazetteer_from_tsv_and_code() {
    let tsv = "# harbour bodies\nid\tkind\tname\taliases\tcountry\n\
               HARBOUR\tgovernment_body\tHarbour Authority\tHA|=Port Board\tMT\n\
               -\tblock\tHarbour Authority Road\t\t\n";
    let g = Gazetteer::builder()
        .add_tsv(tsv.as_bytes())
        .unwrap()
        .add(
            Entity::new("ACME", EntityKind::Organisation, "Acme Corporation")
                .with_alias(Alias::new("ACME", MentionKind::Acronym))
                .with_country("US"),
        )
        .build()
        .unwrap();
    let text = "The HA, the Port Board, the port board, ACME and Harbour Authority Road.";
    let found: Vec<&str> = g.find(text).iter().map(|m| m.span().text(text)).collect();
    assert_eq!(found, ["HA", "Port Board", "ACME"]);
    assert_eq!(g.entity("HARBOUR").unwrap().country(), Some("MT"));
    assert_eq!(g.len(), 2);
}

#[test]
fn defaults_can_be_overridden_removed_and_filtered() {
    let mut b = GazetteerBuilder::new();
    b.with_defaults().remove("BBC").add(
        Entity::new("CL", EntityKind::Country, "Chile")
            .with_alias(Alias::new("Chilli Land", MentionKind::Alias)),
    );
    let g = b.build().unwrap();
    let text = "The BBC visited Chilli Land and NATO.";
    let found = g.find(text);
    let ids: Vec<&str> = found.iter().map(|m| m.entity().id()).collect();
    assert_eq!(ids, ["CL", "NATO"]);
    let only_places = b.kinds([EntityKind::Country]).build().unwrap();
    let found = only_places.find(text);
    let ids: Vec<&str> = found.iter().map(|m| m.entity().id()).collect();
    assert_eq!(ids, ["CL"]);
    assert!(only_places.entity("NATO").is_some());
}

#[test]
fn json_files_load_too() {
    let json = r#"{"entities": [
        {"id": "ACME", "kind": "organisation", "name": "Acme Corporation",
         "aliases": ["ACME", "demonym:=Acmean"], "wikidata": null, "country": "US"}
    ]}"#;
    let g = Gazetteer::builder()
        .add_json(json.as_bytes())
        .unwrap()
        .build()
        .unwrap();
    let text = "An Acmean engineer joined acme corporation.";
    let found: Vec<(&str, MentionKind)> = g
        .find(text)
        .iter()
        .map(|m| (m.span().text(text), m.kind()))
        .collect();
    assert_eq!(
        found,
        [
            ("Acmean", MentionKind::Demonym),
            ("acme corporation", MentionKind::Name)
        ]
    );
}

#[test]
fn malformed_files_name_the_line_and_load_nothing() {
    let cases: &[(&str, ErrorKind, Option<usize>)] = &[
        ("id\tkind\tname\nA\tmedia\n", ErrorKind::Syntax, Some(2)),
        (
            "id\tkind\tname\n\nA\tplanet\tMars\n",
            ErrorKind::InvalidEntry,
            Some(3),
        ),
        (
            "id\tkind\tname\nA\tmedia\tX\nA\tmedia\tY\n",
            ErrorKind::InvalidEntry,
            Some(3),
        ),
        (
            "id\tkind\tname\taliases\nA\tmedia\tX\t=Y@nowhere\n",
            ErrorKind::Syntax,
            Some(2),
        ),
        (
            "id\tkind\tname\twikidata\nA\tmedia\tX\t42\n",
            ErrorKind::InvalidEntry,
            Some(2),
        ),
        (
            "id\tkind\tname\taliases\nA\tmedia\tX\t--\n",
            ErrorKind::Syntax,
            Some(2),
        ),
        ("name\tkind\n", ErrorKind::Syntax, Some(1)),
        ("# only a comment\n", ErrorKind::Syntax, None),
    ];
    for &(tsv, kind, line) in cases {
        let mut b = Gazetteer::builder();
        b.add(Entity::new("KEEP", EntityKind::Media, "Keep Daily"));
        let e = b.add_tsv(tsv.as_bytes()).map(|_| ()).unwrap_err();
        assert_eq!((e.kind(), e.line()), (kind, line), "{tsv:?}: {e}");
        assert!(!e.reason().is_empty());
        let g = b.build().unwrap();
        assert_eq!(g.len(), 1, "{tsv:?} was half loaded");
    }
    let e = Gazetteer::builder()
        .add_json(
            "[\n  {\"id\": \"A\", \"kind\": \"media\", \"name\": \"X\"},\n  {\"id\": 7}\n]"
                .as_bytes(),
        )
        .map(|_| ())
        .unwrap_err();
    assert_eq!((e.kind(), e.line()), (ErrorKind::Syntax, Some(3)));
    let e = Gazetteer::builder()
        .add_tsv(&[0xff, 0xfe][..])
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax);
    let e = Gazetteer::builder().build().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Build);
}

#[test]
fn odd_inputs_do_not_panic() {
    let g = Gazetteer::default_shared();
    for text in [
        "",
        "\"\"\"''''“”«»",
        "שלום China عربي Россия",
        "\u{0}\u{1}\u{7f}US\u{200b}UK\u{feff}",
        "e\u{301}China",
        &"NATO".repeat(10_000),
        &"a".repeat(100_000),
    ] {
        for m in g.find(text) {
            assert!(text.is_char_boundary(m.span().start) && text.is_char_boundary(m.span().end));
        }
        let _ = Article::parse(text).entities().len();
    }
}

proptest! {
    #[test]
    fn spans_are_ordered_and_on_char_boundaries(text in "(\\PC|[ '’.-]|China|US|NATO|kyiv|Türkiye){0,40}") {
        let mentions = Gazetteer::default_shared().find(&text);
        let mut last = 0;
        for m in &mentions {
            let s = m.span();
            prop_assert!(s.start >= last && s.start < s.end);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            last = s.end;
        }
    }
}

#[test]
fn generator_reproduces_the_committed_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let codes = root.join("../shared/data/country-codes.csv");
    let sources = root.join("tools/sources");
    if !codes.exists() || !sources.exists() {
        return; // the sources are not at hand
    }
    let out = std::env::temp_dir().join(format!("reportage-gazetteer-{}", std::process::id()));
    let status = Command::new("python3")
        .arg(root.join("tools/gazetteer/generate.py"))
        .arg("--codes")
        .arg(&codes)
        .arg("--sources")
        .arg(&sources)
        .arg("--out")
        .arg(&out)
        .status();
    let Ok(status) = status else {
        return; // no python3 here
    };
    if status.code() == Some(3) {
        return; // a source is missing
    }
    assert!(status.success(), "the generator failed");
    for file in ["gazetteer.tsv", "NOTICE"] {
        let made = std::fs::read(out.join(file)).unwrap();
        let committed = std::fs::read(root.join("data").join(file)).unwrap();
        assert!(
            made == committed,
            "data/{file} differs from what the generator makes"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn public_gazetteer_types_are_send_and_sync() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Gazetteer>();
    check::<GazetteerBuilder>();
    check::<Alias>();
    check::<Entity>();
    let _: HashSet<MentionKind> = HashSet::new();
}

#[test]
fn cctv_footage_is_closed_circuit_television() {
    let gazetteer = Gazetteer::default_shared();
    let text = "CCTV footage showed the car; CCTV reported the visit.";
    let found: Vec<usize> = gazetteer
        .find(text)
        .iter()
        .map(|m| m.span().start)
        .collect();
    assert_eq!(found, [text.find("CCTV reported").unwrap()]);
}
