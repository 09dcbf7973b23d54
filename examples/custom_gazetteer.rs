//! A gazetteer of your own: start from the defaults, add entries from a TSV file and in
//! code, override and remove defaults, choose which kinds to match, and read articles
//! with it.
//!
//! ```text
//! cargo run --example custom_gazetteer
//! ```

use reportage::{Alias, Analyzer, Entity, EntityKind, ErrorKind, Gazetteer, MentionKind};

/// Local bodies of an invented island council, in the TSV format the crate reads:
/// comment lines, a header naming the columns, one entity a line, aliases separated by
/// `|` (`=` matches only as written, `type:` says how the alias refers), and a blocking
/// phrase that stops a street name from counting as the council.
const LOCAL_BODIES: &str = "\
# Bodies of the Isle of Kerrow, for our newsroom
id\tkind\tname\taliases\tcountry
KERROW_COUNCIL\tgovernment_body\tKerrow Island Council\tKIC|=Council@country|capital:Port Aldous\tKERROW
KERROW\tterritory\tIsle of Kerrow\tKerrow|demonym:=Kerrovian|demonym:=Kerrovians\t
KERROW_GAZETTE\tmedia\tKerrow Gazette\t=The Gazette\tKERROW
-\tblock\tCouncil Street\t\t
";

fn main() -> Result<(), reportage::Error> {
    let gazetteer = Gazetteer::builder()
        .with_defaults()
        .add_tsv(LOCAL_BODIES.as_bytes())?
        // an entity written in code
        .add(
            Entity::new("KERROW_FERRIES", EntityKind::Organisation, "Kerrow Ferries")
                .with_alias(Alias::new("KFL", MentionKind::Acronym))
                .with_country("KERROW"),
        )
        // a default we do not want in our reports
        .remove("TIME_MAGAZINE")
        .build()?;

    let text = "\
Ferry fares to rise

Kerrow Island Council said on Monday that KFL would raise fares by 4 per cent. \
Kerrovians protested outside the offices on Council Street, the Kerrow Gazette reported. \
Port Aldous has asked the UK and the EU for help, and Reuters said Brussels was listening.
";
    let analyzer = Analyzer::builder().gazetteer(gazetteer.clone()).build();
    let article = analyzer.parse(text);
    println!("Mentions:");
    for m in article.mentions() {
        println!(
            "  {:<24} {:<16} {}",
            m.span().text(text),
            m.entity().id(),
            m.kind().as_str()
        );
    }
    println!("Entities:");
    for e in article.entities() {
        let belongs = e.entity().country().unwrap_or("-");
        println!("  {:<16} x{}  belongs to {belongs}", e.id(), e.count());
    }

    // only places: organisations stay known but are not matched
    let places = Gazetteer::builder()
        .with_defaults()
        .kinds([EntityKind::Country, EntityKind::Territory])
        .build()?;
    let found: Vec<String> = places
        .find("NATO and the EU met Chile and Peru.")
        .iter()
        .map(|m| m.entity().id().to_string())
        .collect();
    println!("Places only: {found:?}");

    // a malformed file is refused as a whole, with the line at fault
    let broken = "id\tkind\tname\nA\tmedia\tAlpha News\nB\tplanet\tMars\n";
    match Gazetteer::builder().add_tsv(broken.as_bytes()) {
        Err(e) if e.kind() == ErrorKind::InvalidEntry => {
            println!("Refused: {e} (line {:?})", e.line());
        }
        Err(e) => println!("Refused: {e}"),
        Ok(_) => println!("Unexpectedly accepted"),
    }
    Ok(())
}
