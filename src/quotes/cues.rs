//! Reporting verbs and phrases: the words that tell that speech is reported.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::text::tokens::{Token, TokenKind};

/// How a cue introduces what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A verb of saying: a cue on its own (`said`, `points out`).
    Speech,
    /// A verb of thinking or finding: a cue only before a clause (`believes that`) or as an
    /// attribution set off by commas.
    Belief,
    /// A verb of saying that also takes plain objects (`added`, `wrote`, `reported`): a
    /// cue on its own as an attribution, or before "that", a colon, a quotation, or a
    /// clause whose auxiliary, or whose verb in the past after its subject, comes within
    /// a few words (`reported profits rose`); never before a plain object (`added the
    /// last try`, `reported a 20% rise`).
    Clause,
    /// A verb of naming (`called`): what was said ends with the quoted name.
    Naming,
    /// `according to`.
    According,
}

struct Lexicon {
    forms: HashMap<String, CueClass>,
    /// The forms that are their own lemma (`say`, `point out`): after "to" they are
    /// infinitives, where any other form is a noun (`to claims`).
    bare: std::collections::HashSet<String>,
    /// Bare forms that are as often nouns (`claim`, `report`, `fear`): cues only after a
    /// subject pronoun, a plural noun or an auxiliary, or after "to" before "that".
    after_subject: std::collections::HashSet<String>,
    /// Forms that report nothing in the passive (`was admitted to hospital`, `has been
    /// recalled to the squad`).
    not_passive: std::collections::HashSet<String>,
    /// Forms that report nothing before a number (`is recalling 19,924 coupes`).
    not_before_number: std::collections::HashSet<String>,
    /// The first word of every form: most words of a text are not, and stop here.
    first_words: std::collections::HashSet<String>,
    /// The words that begin a form of more words (`point`, `according`, `has`): only
    /// after these is the next word read.
    prefixes: std::collections::HashSet<String>,
    longest: usize,
}

static CUES: Lazy<Lexicon> = Lazy::new(|| {
    let mut forms = HashMap::new();
    let mut bare = std::collections::HashSet::new();
    let mut after_subject = std::collections::HashSet::new();
    let mut not_passive = std::collections::HashSet::new();
    let mut not_before_number = std::collections::HashSet::new();
    let mut longest = 1;
    for line in include_str!("../../lexicons/reporting_verbs.tsv").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(form), Some(lemma), Some(class)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        if form.trim() == lemma.trim() {
            bare.insert(form.trim().to_string());
        }
        for flag in cols.next().unwrap_or("").split(',').map(str::trim) {
            let set = match flag {
                "subject" => &mut after_subject,
                "passive" => &mut not_passive,
                "number" => &mut not_before_number,
                _ => continue,
            };
            set.insert(form.trim().to_string());
        }
        let class = match class.trim() {
            "speech" => CueClass::Speech,
            "belief" => CueClass::Belief,
            "clause" => CueClass::Clause,
            "naming" => CueClass::Naming,
            "according" => CueClass::According,
            _ => continue,
        };
        longest = longest.max(form.split(' ').count());
        forms.insert(form.trim().to_string(), class);
    }
    let first_words = forms
        .keys()
        .filter_map(|f| f.split(' ').next())
        .map(str::to_string)
        .collect();
    let mut prefixes = std::collections::HashSet::new();
    for form in forms.keys() {
        let words: Vec<&str> = form.split(' ').collect();
        for n in 1..words.len() {
            prefixes.insert(words[..n].join(" "));
        }
    }
    Lexicon {
        forms,
        bare,
        after_subject,
        not_passive,
        not_before_number,
        first_words,
        prefixes,
        longest,
    }
});

/// A cue found at a token: its class and how many tokens it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub class: CueClass,
    pub len: usize,
    /// The cue is an infinitive after "to" (`took to Twitter to accuse`): its subject is
    /// the clause's.
    pub infinitive: bool,
}

/// Finite forms of the auxiliaries and their negations (`is`, `would`, `didn't`): a
/// clause has begun.
pub(crate) const FINITE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "should",
    "has", "have", "had", "does", "do", "did", "isn't", "aren't", "wasn't", "weren't", "won't",
    "can't", "don't", "doesn't", "didn't",
];

/// Articles, demonstratives and possessives: the first words of [`NOUN_MAKERS`].
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
];

/// Words before which a verb form is a noun (`a call`, `the report`, `his claims`, `in
/// hopes`, `played down claims`) or a gerund that reports nothing (`worth noting`,
/// `without saying`).
const NOUN_MAKERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "of", "to", "in", "no", "any", "such", "another", "whose", "every", "worth", "without", "down",
    "off", "aside",
];

/// Adjectives that put the cue word after them in a noun phrase (`violent protests`,
/// `his latest pledge`, `a recent dispute`, `Fresh claims`).
const NOUN_ADJECTIVES: &[&str] = &[
    "latest",
    "recent",
    "violent",
    "fresh",
    "new",
    "growing",
    "mass",
    "widespread",
    "angry",
    "bitter",
    "renewed",
    "repeated",
    "previous",
    "similar",
];

/// Whether the lower-case `word` reads as a verb in the past (`attacked`, `reported`):
/// five letters or more ending in `ed`.
pub(crate) fn past_form(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

/// Whether `w` reads as a plural noun, lower case but perhaps for its first letter:
/// `critics`, `Analysts`, `e-mails`, `data` (not `this`, `status`, nor `police`, as in
/// `police state`).
pub(crate) fn plural_noun(w: &str) -> bool {
    (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.bytes()
            .skip(1)
            .all(|b| b.is_ascii_lowercase() || b == b'-'))
        || matches!(w, "data" | "media")
}

/// Whether the lower-case `word` is a form of a reporting verb (`says`, `reveals`).
pub(crate) fn is_cue_word(word: &str) -> bool {
    CUES.forms.contains_key(word)
}

/// The cue that starts at token `i`, if any (the longest), not running past `end`.
pub(crate) fn cue_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    end: usize,
    headline: bool,
) -> Option<CueMatch> {
    let first = tokens.get(i)?;
    if first.kind() != TokenKind::Word {
        return None;
    }
    let w0 = first.text(text);
    // Only "According to" may be capitalised (at the start of a sentence). Checked
    // before anything is allocated: this runs for every word of the text.
    if !headline && w0.chars().next().is_some_and(char::is_uppercase) && w0 != "According" {
        return None;
    }
    let lower0: std::borrow::Cow<'_, str> = if w0.chars().any(char::is_uppercase) {
        w0.to_lowercase().into()
    } else {
        w0.into()
    };
    if !CUES.first_words.contains(lower0.as_ref()) {
        return None;
    }
    let mut best = None;
    let mut bare_form = false;
    let mut noun_like = false;
    let mut key = String::new();
    let mut j = i;
    while j < end && j - i < CUES.longest {
        let t = &tokens[j];
        if t.kind() != TokenKind::Word {
            break;
        }
        if j > i {
            key.push(' ');
            key.push_str(&t.text(text).to_lowercase());
        } else {
            key.push_str(&lower0);
        }
        if let Some(&class) = CUES.forms.get(&key) {
            best = Some(CueMatch {
                class,
                len: j + 1 - i,
                infinitive: false,
            });
            bare_form = CUES.bare.contains(&key);
            noun_like = bare_form && CUES.after_subject.contains(&key);
        }
        // No longer form starts with these words: stop reading.
        if !CUES.prefixes.contains(&key) {
            break;
        }
        j += 1;
    }
    let mut found = best?;
    // "claims by the licensed trade that ...", "reports by aid agencies": a form in -s
    // of a verb that is as often a noun, before "by", is that noun ("says by next year"
    // is still a verb); "responds by scheduling ..." is an act, not a report.
    let stem = lower0.strip_suffix('s').unwrap_or("");
    // A form in -s of a verb that is as often a noun (`claims`, `reports`, `fears`).
    let noun_s = found.len == 1 && CUES.after_subject.contains(stem);
    if (noun_s || found.len == 1 && matches!(stem, "call" | "pledge" | "respond"))
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("by"))
    {
        return None;
    }
    // "Its top brands include Smirnoff", "the claims were rejected": a form in -s of a
    // verb that is as often a noun, before a verb of being, having or including, is that
    // noun.
    if noun_s
        && tokens.get(i + 1).is_some_and(|t| {
            matches!(
                t.text(text).to_lowercase().as_str(),
                "include" | "included" | "including" | "are" | "were" | "have" | "had"
            )
        })
    {
        return None;
    }
    // "GM is recalling 19,924 coupes", "Dawson has been recalled to the squad", "was
    // admitted to hospital": the forms the lexicon marks report nothing before a number
    // or in the passive.
    let not_passive = found.len == 1 && CUES.not_passive.contains(lower0.as_ref());
    let not_before_number = found.len == 1 && CUES.not_before_number.contains(lower0.as_ref());
    if not_before_number
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.kind() == TokenKind::Number)
    {
        return None;
    }
    if not_passive && i > 0 {
        let be = |k: usize| {
            matches!(
                tokens[k].text(text).to_lowercase().as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            )
        };
        // Past one adverb: "is also recalled", "was only recalled".
        let passive = be(i - 1)
            || (i > 1 && be(i - 2) && {
                let w = tokens[i - 1].text(text).to_lowercase();
                w.ends_with("ly") || matches!(w.as_str(), "also" | "then" | "later" | "not")
            });
        // "It was observed that ...": a passive before "that" still reports.
        let that_follows = tokens
            .get(i + found.len)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("that"));
        if passive && !that_follows {
            return None;
        }
    }
    // "didn't add up", "have not put it back on": a phrasal verb that reports nothing.
    let particle = tokens
        .get(i + found.len)
        .map(|t| t.text(text).to_lowercase());
    // "As Tom Hale put it on Twitter": after "as", "put it" is the cue whatever follows.
    let as_before = || {
        (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&k| tokens[k].kind() == TokenKind::Word)
            .any(|k| tokens[k].text(text).eq_ignore_ascii_case("as"))
    };
    let phrasal = particle.as_deref().is_some_and(|p| {
        (p == "up" && lower0.starts_with("add") && found.len == 1)
            || (lower0.starts_with("put")
                && found.len == 2
                && !as_before()
                && matches!(
                    p,
                    "back"
                        | "on"
                        | "off"
                        | "into"
                        | "down"
                        | "away"
                        | "out"
                        | "up"
                        | "together"
                        | "aside"
                        | "through"
                        | "behind"
                        | "forward"
                        | "there"
                ))
    });
    if phrasal {
        return None;
    }
    if found.class != CueClass::According && i > 0 {
        let prev = tokens[i - 1].text(text).to_lowercase();
        // "who is mock elections manager": no verb's bare form follows a form of `be`
        // (an adjective of feeling does: "are concerned that").
        let adjective = lower0.ends_with("ed");
        if bare_form && !adjective && matches!(prev.as_str(), "is" | "are" | "was" | "were" | "am")
        {
            return None;
        }
        // "to accuse", "to discuss": a bare form after "to" is an infinitive.
        if prev == "to" && bare_form {
            // "to claim that", but not "to question them", "to report abuses".
            let that_follows = tokens
                .get(i + found.len)
                .is_some_and(|t| t.text(text).eq_ignore_ascii_case("that"));
            if noun_like && !that_follows {
                return None;
            }
            found.infinitive = true;
            return Some(found);
        }
        // "Friday's tweets" names things; "he's claiming" does not.
        let stem = prev.strip_suffix("'s").or_else(|| prev.strip_suffix("’s"));
        let possessive = stem.is_some_and(|st| {
            !matches!(
                st,
                "he" | "she" | "it" | "who" | "that" | "what" | "there" | "here" | "where"
            )
        });
        let adjective_before = NOUN_ADJECTIVES.contains(&prev.as_str());
        // "rejected claims that ...", "sparked fears that ...": a form in -s of a verb
        // that is as often a noun, right after a verb in the past, is its object. Not
        // after a name ("Ahmed claims") nor an adjective after a determiner ("The
        // accused claims").
        // Whatever the word before, a verb right after makes it a noun: "Leaked reports
        // suggest ...", "The leaked reports are ...".
        let verb_after = tokens.get(i + 1).is_some_and(|t| {
            let w = t.text(text).to_lowercase();
            FINITE.contains(&w.as_str()) || is_cue_word(&w)
        });
        let name_before = tokens[i - 1].text(text).starts_with(char::is_uppercase);
        let determined =
            i >= 2 && DETERMINERS.contains(&tokens[i - 2].text(text).to_lowercase().as_str());
        let object_of_past = noun_s
            && prev.len() > 4
            && prev.ends_with("ed")
            && (verb_after || !(name_before || determined));
        if object_of_past {
            return None;
        }
        if NOUN_MAKERS.contains(&prev.as_str()) || possessive || adjective_before {
            return None;
        }
        if noun_like {
            return noun_like_cue(text, tokens, i, found);
        }
    } else if noun_like {
        return None;
    }
    Some(found)
}

/// A bare form that is as often a noun (`claim`, `fear`, `report`) at token `i > 0`,
/// not after "to": a cue only after its subject or an auxiliary.
/// - After a subject pronoun (`they claim`, `we fear`), as any other form.
/// - After a plural noun (`critics claim`, `Security firms estimate`), unless a finite
///   verb follows, which makes the two words a noun phrase (`fears demand may`), except
///   in a relative clause (`a bill which critics claim would ...`).
/// - After an auxiliary or an adverb (`will report`, `can also answer`), only before a
///   clause: `could claim compensation` reports nothing.
fn noun_like_cue(text: &str, tokens: &[Token], i: usize, found: CueMatch) -> Option<CueMatch> {
    let written = tokens[i - 1].text(text);
    let prev = written.to_lowercase();
    if matches!(prev.as_str(), "i" | "we" | "you" | "they") {
        return Some(found);
    }
    let word_at = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind() == TokenKind::Word)
            .map(|t| t.text(text).to_lowercase())
    };

    let plural_subject = plural_noun(written)
        // "Critics fear" opening a sentence, not "the New York Times report".
        && (written.as_bytes()[0].is_ascii_lowercase()
            || i < 2
            || word_at(i - 2).is_none()
            || !tokens[i - 2].text(text).starts_with(char::is_uppercase));
    // "Data from the 2014 survey show", "documents from his tax return show that": a
    // plural head before a phrase of words that a preposition opens, when a clause
    // follows (not `experiments in the US state of Maine`).
    let clause_next = word_at(i + found.len).is_some_and(|w| {
        matches!(
            w.as_str(),
            "that" | "he" | "she" | "it" | "they" | "we" | "i" | "you" | "the" | "a" | "an"
        )
    });
    let plural_head = || {
        // Back over words, numbers and the commas of an aside (`Emails obtained by the
        // Guardian show`, `The figures, which cover 2023, show`) to a plural noun in
        // lower case but for its first letter, at most twelve tokens back.
        let lo = i.saturating_sub(12);
        let mut k = i - 1;
        let mut crossed_comma = false;
        while k > lo {
            k -= 1;
            let t = &tokens[k];
            let comma = t.text(text) == ",";
            if !(comma || matches!(t.kind(), TokenKind::Word | TokenKind::Number)) {
                return false;
            }
            crossed_comma |= comma;
            // The plural noun's phrase goes on with a participle, a preposition or a
            // relative clause set off by a comma (not `the championships and claim`).
            let opens_phrase = |n: usize| {
                let w = word_at(n).unwrap_or_default();
                past_form(&w)
                    || matches!(
                        w.as_str(),
                        "from" | "of" | "by" | "in" | "seen" | "shown" | "given" | "written"
                    )
                    || (tokens.get(n).is_some_and(|t| t.text(text) == ",")
                        && word_at(n + 1).is_some_and(|r| matches!(r.as_str(), "which" | "who")))
            };
            if t.kind() == TokenKind::Word
                && plural_noun(&t.text(text).to_lowercase())
                && opens_phrase(k + 1)
            {
                // Past a comma only when it opens the relative clause: not `one of the
                // hosts of The Blue Room, an early morning show that`.
                let relative = tokens.get(k + 1).is_some_and(|t| t.text(text) == ",");
                return !crossed_comma || relative;
            }
        }
        false
    };
    let plural_subject = plural_subject || (clause_next && plural_head());
    if plural_subject && prev != "news" {
        // "fears demand may", "the monthly jobs report showed", "an expenses claim that
        // was rejected": a verb right after, or a relative "that" and its verb, make the
        // two words a noun phrase.
        let verb = |w: &str| {
            FINITE.contains(&w)
                || matches!(
                    w,
                    "said"
                        | "says"
                        | "showed"
                        | "shows"
                        | "found"
                        | "finds"
                        | "suggested"
                        | "suggests"
                )
                || past_form(w)
        };
        let after = i + found.len;
        let finite_next = word_at(after).is_some_and(|w| verb(&w))
            || (word_at(after).as_deref() == Some("that")
                && word_at(after + 1).is_some_and(|w| verb(&w)));
        let relative = i >= 2
            && word_at(i - 2)
                .is_some_and(|w| matches!(w.as_str(), "which" | "that" | "what" | "who"));
        return (!finite_next || relative).then_some(found);
    }
    let auxiliary = matches!(
        prev.as_str(),
        "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "do"
            | "did"
            | "don't"
            | "didn't"
            | "don’t"
            | "didn’t"
            | "also"
            | "still"
            | "often"
            | "now"
    );
    auxiliary.then_some(CueMatch {
        class: match found.class {
            CueClass::Speech => CueClass::Clause,
            class => class,
        },
        ..found
    })
}

/// Whether the cue word is a participle that continues a clause (`, adding that`).
pub(crate) fn is_participle(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.text(text).ends_with("ing"))
}

#[cfg(test)]
mod tests {
    use super::{CUES, DETERMINERS, NOUN_MAKERS};

    #[test]
    fn every_determiner_makes_a_noun() {
        for d in DETERMINERS {
            assert!(NOUN_MAKERS.contains(d), "{d}");
        }
    }

    #[test]
    fn every_flag_of_the_lexicon_is_known() {
        for line in include_str!("../../lexicons/reporting_verbs.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(flags) = line.split('\t').nth(3) {
                for flag in flags.split(',').map(str::trim) {
                    assert!(matches!(flag, "subject" | "passive" | "number"), "{line}");
                }
            }
        }
        assert!(CUES.not_passive.contains("admitted") && !CUES.not_passive.contains("admits"));
        assert!(CUES.not_before_number.contains("recalling"));
        assert!(CUES.after_subject.contains("claim"));
    }
}
