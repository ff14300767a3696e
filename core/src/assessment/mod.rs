//! The self-assessment: "is what I am living violence?" and "how dangerous is it?".
//!
//! The rules come from published instruments, summarised in
//! `shared/reference/risk-screening.md` and explained for reviewers in `docs/RISK.md`:
//! - the **Lethality Screen** (Maryland Network Against Domestic Violence, Lethality
//!   Assessment Program): screened in if any of items 1–3 is yes, or 4 or more of items 4–11;
//! - the **DA-5** (Snider et al. 2009): 3 or more of its 5 items yes is high risk;
//! - **strangulation**, which Messing et al. 2017 recommend adding to the DA-5;
//! - **HARK** (Sohal et al. 2007) and the four types of violence of Peru's Law 30364, to
//!   help name what is happening. These never change the danger level.
//!
//! Questions are worded by us and may cover several items when a "yes" to the question
//! is a "yes" to each of them. "Unsure" and unanswered never count as yes: a screen must
//! not find danger the person did not report, and the UI says instead what a yes to the
//! skipped decisive questions would have meant ([`ScreeningOutcome::unanswered_decisive`]).
//!
//! This is guidance only. It is **not** Peru's official Ficha de Valoración del Riesgo
//! (FVR), and nothing here produces an FVR score.

mod answers;
mod catalogue;

use serde::{Serialize, Serializer};

pub use answers::{Answer, Answers, AnswersError};
pub use catalogue::{
    question, questions_covering, Da5, Hark, Item, Lethality, Part, Question, ViolenceType, QUESTIONS,
};
/// The danger level shown. Ordered: `NoneReported < Elevated < High`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// No danger sign was answered yes. Never phrased as "safe": any violence is serious.
    NoneReported,
    /// At least one danger sign, but no rule for high danger is met.
    Elevated,
    /// Screened in by the Lethality Screen, 3 or more DA-5 items, or strangulation.
    High,
}

/// The result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningOutcome {
    pub level: Level,
    /// The Lethality Screen rule: any of items 1–3 yes, or 4 or more of items 4–11 yes.
    pub screened_in: bool,
    /// How many DA-5 items were answered yes (0 to 5).
    pub da5_yes: u8,
    /// Strangulation was answered yes.
    pub strangulation: bool,
    /// The types of violence recognised, in [`ViolenceType::ALL`] order.
    pub types: Vec<ViolenceType>,
    /// Danger items unanswered or "unsure" whose yes alone would make the level high, in
    /// code order; empty when the level is already high. The UI says what a yes there would
    /// mean: [`Item::decisive_alone`] items have a text each, the others complete a count.
    pub unanswered_decisive: Vec<Item>,
    /// The question whose "yes" made the level high, taking the answers in the order the
    /// questions are asked (see [`decided_by`]); `None` unless the level is high.
    #[serde(serialize_with = "question_id")]
    pub decided_by: Option<&'static Question>,
    /// "Afraid" (HARK) was answered yes. Fear is not a type of violence and never changes
    /// the level, but the result must acknowledge it.
    pub afraid: bool,
    /// Some question, of either part, was answered yes: the result must then not open on
    /// "nothing was marked".
    pub any_yes: bool,
}

fn question_id<S: Serializer>(question: &Option<&'static Question>, serializer: S) -> Result<S::Ok, S::Error> {
    match question {
        Some(q) => serializer.serialize_some(q.id),
        None => serializer.serialize_none(),
    }
}

/// What the answers say about one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemState {
    /// Some question covering it was answered yes.
    Yes,
    /// Every question covering it was answered no.
    No,
    /// Neither: unanswered or "unsure" somewhere, so a yes is still possible.
    Open,
}

fn item_state(answers: &Answers, item: Item) -> ItemState {
    let mut all_no = true;
    for question in questions_covering(item) {
        match answers.get(question.id) {
            Some(Answer::Yes) => return ItemState::Yes,
            Some(Answer::No) => {}
            Some(Answer::Unsure) | None => all_no = false,
        }
    }
    if all_no {
        ItemState::No
    } else {
        ItemState::Open
    }
}

/// The level rules, applied to the set of items answered yes.
fn rules(yes: &[Item]) -> (Level, bool, u8, bool) {
    let decisive_ls = yes.iter().any(|i| matches!(i, Item::Ls(_)) && i.decisive_alone());
    let counted_ls = yes.iter().filter(|i| i.ls_counted()).count();
    let screened_in = decisive_ls || counted_ls >= 4;
    let da5_yes = yes.iter().filter(|i| matches!(i, Item::Da5(_))).count() as u8;
    let strangulation = yes.contains(&Item::Strangulation);
    // Strangulation alone is high by our rule, stricter than the Lethality Screen (where it
    // is one of items 4–11): the reference forbids a reassuring result after it, and
    // non-fatal strangulation is the sign Messing et al. 2017 asked to add to the DA-5.
    let level = if screened_in || da5_yes >= 3 || strangulation {
        Level::High
    } else if yes.iter().any(|i| i.part() == Part::Danger) {
        Level::Elevated
    } else {
        Level::NoneReported
    };
    (level, screened_in, da5_yes, strangulation)
}

/// The items answered yes, in [`Item::ALL`] order.
fn yes_items(answers: &Answers) -> Vec<Item> {
    Item::ALL.iter().copied().filter(|&i| item_state(answers, i) == ItemState::Yes).collect()
}

fn level(answers: &Answers) -> Level {
    rules(&yes_items(answers)).0
}

/// The decisive rule: true when giving `answer` to `question` makes the level high and
/// it was not high before. The UI then shows the urgent actions at once (105 first,
/// Línea 100, the nearest CEM and comisaría) instead of the next question, as the
/// reference's design rules ask; she can stop there or go on.
///
/// Only a "yes" can be decisive: "no" and "unsure" never raise the level.
pub fn makes_high(answers: &Answers, question: &'static Question, answer: Answer) -> bool {
    let mut after = answers.clone();
    after.set(question, answer);
    level(answers) != Level::High && level(&after) == Level::High
}

/// The question whose "yes" made the level high: walking the questions in the order the
/// UI asks them, the first one after whose answer the answers so far give high. This is
/// the answer [`makes_high`] reacted to when she answered in order; `None` when the
/// level is not high.
pub fn decided_by(answers: &Answers) -> Option<&'static Question> {
    let mut so_far = Answers::new();
    for question in QUESTIONS {
        let Some(answer) = answers.get(question.id) else { continue };
        if makes_high(&so_far, question, answer) {
            return Some(question);
        }
        so_far.set(question, answer);
    }
    None
}

/// Applies the screening rules to the answers given so far.
///
/// - `high`: screened in by the Lethality Screen, or 3 or more DA-5 items yes, or
///   strangulation yes;
/// - `elevated`: any other danger item yes;
/// - `none_reported`: no danger item yes.
///
/// Only "yes" counts. Adding a yes never lowers the level (tested as a property).
pub fn evaluate(answers: &Answers) -> ScreeningOutcome {
    let states: Vec<(Item, ItemState)> = Item::ALL.iter().map(|&i| (i, item_state(answers, i))).collect();
    // In Item::ALL order, each item once: a list does the work of a set here.
    let yes: Vec<Item> = states.iter().filter(|(_, s)| *s == ItemState::Yes).map(|(i, _)| *i).collect();
    debug_assert_eq!(yes, yes_items(answers));
    let (level, screened_in, da5_yes, strangulation) = rules(&yes);
    let types = ViolenceType::ALL.into_iter().filter(|t| yes.contains(&Item::Type(*t))).collect();
    let unanswered_decisive = if level == Level::High {
        Vec::new()
    } else {
        states
            .iter()
            .filter(|(i, s)| *s == ItemState::Open && i.part() == Part::Danger)
            .filter(|(i, _)| {
                let mut with = yes.clone();
                with.push(*i);
                rules(&with).0 == Level::High
            })
            .map(|(i, _)| *i)
            .collect()
    };
    let decided_by = if level == Level::High { decided_by(answers) } else { None };
    let afraid = yes.contains(&Item::Hark(Hark::Afraid));
    let any_yes = !yes.is_empty();
    ScreeningOutcome {
        level,
        screened_in,
        da5_yes,
        strangulation,
        types,
        unanswered_decisive,
        decided_by,
        afraid,
        any_yes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        let mut a = Answers::new();
        for (id, answer) in pairs {
            a.set(question(id).unwrap_or_else(|| panic!("{id} is in the catalogue")), *answer);
        }
        a
    }

    fn yes(ids: &[&str]) -> Answers {
        answers(&ids.iter().map(|id| (*id, Answer::Yes)).collect::<Vec<_>>())
    }

    fn codes(items: &[Item]) -> Vec<&'static str> {
        items.iter().map(|i| i.code()).collect()
    }

    /// (what, answers) pairs for table rows.
    type Pairs = Vec<(&'static str, Answer)>;
    /// (what, yes answers, level, screened_in, da5_yes, strangulation).
    type LevelCase = (&'static str, Vec<&'static str>, Level, bool, u8, bool);
    /// (pairs given, the error, a part of its message).
    type ErrorCase = (&'static [(&'static str, &'static str)], AnswersError, &'static str);

    /// The questions covering Lethality Screen items 4–11 and nothing else that counts.
    const LS_COUNTED: [&str; 7] =
        ["gun", "jealous-control", "separated", "unemployed", "suicide-threat", "child-not-theirs", "stalking"];

    #[test]
    fn every_item_is_covered_and_every_question_stays_in_its_part() {
        for item in Item::ALL {
            assert!(questions_covering(item).next().is_some(), "{} is asked by no question", item.code());
        }
        for question in QUESTIONS {
            assert!(!question.covers.is_empty(), "{} covers nothing", question.id);
            for item in question.covers {
                assert_eq!(item.part(), question.part, "{} covers {} from the other part", question.id, item.code());
            }
        }
    }

    #[test]
    fn ids_are_unique_kebab_case_and_codes_unique() {
        let ids: BTreeSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
        for id in ids {
            let kebab =
                !id.starts_with('-') && !id.ends_with('-') && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            assert!(kebab, "{id}");
        }
        let codes: BTreeSet<_> = Item::ALL.iter().map(|i| i.code()).collect();
        assert_eq!(codes.len(), Item::ALL.len());
        assert_eq!(codes, Item::ALL.iter().map(|i| i.code()).collect::<BTreeSet<_>>());
        let mut sorted = Item::ALL;
        sorted.sort();
        assert_eq!(sorted, Item::ALL, "ALL is in declaration order, which the outcome relies on");
    }

    #[test]
    fn item_codes_follow_the_reference_order() {
        let ls: Vec<_> = Item::ALL.iter().filter(|i| matches!(i, Item::Ls(_))).map(|i| i.code()).collect();
        assert_eq!(ls, (1..=11).map(|n| format!("LS{n}")).collect::<Vec<_>>());
        let da5: Vec<_> = Item::ALL.iter().filter(|i| matches!(i, Item::Da5(_))).map(|i| i.code()).collect();
        assert_eq!(da5, (1..=5).map(|n| format!("DA5-{n}")).collect::<Vec<_>>());
        assert_eq!(codes(&[Item::Ls(Lethality::Strangled)]), ["LS5"], "LS5 is choking or strangling");
        assert_eq!(codes(&[Item::Da5(Da5::Weapon)]), ["DA5-2"], "DA5-2 is the weapon item");
    }

    #[test]
    fn levels_at_every_boundary() {
        use Level::*;
        let ls3 = &LS_COUNTED[..3];
        let ls4 = &LS_COUNTED[..4];
        let cases: &[LevelCase] = &[
            ("nothing", vec![], NoneReported, false, 0, false),
            (
                "recognition only",
                vec!["humiliated", "hurt", "afraid", "forced-sex", "money"],
                NoneReported,
                false,
                0,
                false,
            ),
            ("LS1 alone", vec!["weapon"], High, true, 1, false),
            ("LS2 alone", vec!["threat-kill"], High, true, 0, false),
            ("LS3 alone", vec!["might-kill"], High, true, 0, false),
            ("strangulation alone", vec!["strangled"], High, false, 0, true),
            ("3 of LS4-LS11", ls3.to_vec(), Elevated, false, 0, false),
            ("4 of LS4-LS11", ls4.to_vec(), High, true, 0, false),
            (
                "all 8 of LS4-LS11 counted once each",
                vec![
                    "gun",
                    "strangled",
                    "jealous-control",
                    "separated",
                    "unemployed",
                    "suicide-threat",
                    "child-not-theirs",
                    "stalking",
                ],
                High,
                true,
                0,
                true,
            ),
            ("one LS4-LS11 item", vec!["unemployed"], Elevated, false, 0, false),
            (
                "LS6 asked twice counts once",
                vec!["jealous-control", "jealous-violent", "gun", "separated"],
                Elevated,
                false,
                1,
                false,
            ),
            ("DA-5 at 2", vec!["worse", "capable-kill"], Elevated, false, 2, false),
            ("DA-5 at 3", vec!["worse", "capable-kill", "beaten-pregnant"], High, false, 3, false),
            ("DA-5 at 3 via jealousy", vec!["worse", "capable-kill", "jealous-violent"], High, false, 3, false),
            (
                "DA-5 all 5",
                vec!["worse", "weapon", "capable-kill", "beaten-pregnant", "jealous-violent"],
                High,
                true,
                5,
                false,
            ),
            ("capable-kill is not LS3", vec!["capable-kill"], Elevated, false, 1, false),
        ];
        for (what, ids, level, screened_in, da5_yes, strangulation) in cases {
            let o = evaluate(&yes(ids));
            assert_eq!(o.level, *level, "{what}");
            assert_eq!(o.screened_in, *screened_in, "{what}: screened_in");
            assert_eq!(o.da5_yes, *da5_yes, "{what}: da5_yes");
            assert_eq!(o.strangulation, *strangulation, "{what}: strangulation");
        }
    }

    #[test]
    fn unsure_and_no_never_count() {
        for answer in [Answer::Unsure, Answer::No] {
            let all: Vec<_> = QUESTIONS.iter().map(|q| (q.id, answer)).collect();
            let o = evaluate(&answers(&all));
            assert_eq!(o.level, Level::NoneReported, "{answer:?}");
            assert!(!o.screened_in && !o.strangulation && o.da5_yes == 0 && o.types.is_empty(), "{answer:?}");
        }
        // One short of each threshold, with the deciding answer unsure: still not high.
        let cases: &[(&[&str], &str)] = &[
            (&LS_COUNTED[..3], LS_COUNTED[3]),
            (&["worse", "capable-kill"], "beaten-pregnant"),
            (&[], "weapon"),
            (&[], "strangled"),
        ];
        for (yes_ids, unsure) in cases {
            let mut pairs: Vec<_> = yes_ids.iter().map(|id| (*id, Answer::Yes)).collect();
            pairs.push((unsure, Answer::Unsure));
            assert_ne!(evaluate(&answers(&pairs)).level, Level::High, "{unsure} unsure");
        }
    }

    #[test]
    fn a_yes_on_weapon_threat_or_strangulation_is_never_reassuring() {
        for id in ["weapon", "threat-kill", "strangled"] {
            let mut pairs: Vec<_> = QUESTIONS.iter().map(|q| (q.id, Answer::No)).collect();
            pairs.retain(|(q, _)| *q != id);
            pairs.push((id, Answer::Yes));
            assert_eq!(evaluate(&answers(&pairs)).level, Level::High, "{id}");
        }
    }

    #[test]
    fn unanswered_decisive_items_are_reported() {
        // (what, answers, expected codes)
        let all_danger_no: Pairs =
            QUESTIONS.iter().filter(|q| q.part == Part::Danger).map(|q| (q.id, Answer::No)).collect();
        let except = |skip: &[&str], extra: &[(&'static str, Answer)]| {
            let mut v: Vec<_> = all_danger_no.iter().filter(|(id, _)| !skip.contains(id)).copied().collect();
            v.extend_from_slice(extra);
            v
        };
        let cases: Vec<(&str, Pairs, Vec<&str>)> = vec![
            ("nothing answered: the four decisive-alone items", vec![], vec!["LS1", "LS2", "LS3", "STRANGULATION"]),
            ("everything no", all_danger_no.clone(), vec![]),
            ("weapon skipped", except(&["weapon"], &[]), vec!["LS1"]),
            ("weapon unsure", except(&["weapon"], &[("weapon", Answer::Unsure)]), vec!["LS1"]),
            ("strangled unsure", except(&["strangled"], &[("strangled", Answer::Unsure)]), vec!["STRANGULATION"]),
            (
                "3 of LS4-LS11 yes, a fourth unsure",
                except(
                    &["gun", "separated", "unemployed", "stalking"],
                    &[
                        ("gun", Answer::Yes),
                        ("separated", Answer::Yes),
                        ("unemployed", Answer::Yes),
                        ("stalking", Answer::Unsure),
                    ],
                ),
                vec!["LS11"],
            ),
            (
                "DA-5 at 2, a third skipped",
                except(
                    &["worse", "capable-kill", "beaten-pregnant"],
                    &[("worse", Answer::Yes), ("capable-kill", Answer::Yes)],
                ),
                vec!["DA5-4"],
            ),
            (
                "LS6 still open through jealous-violent, which is also DA5-5",
                except(
                    &["jealous-violent", "gun", "separated", "unemployed", "worse", "capable-kill"],
                    &[
                        ("gun", Answer::Yes),
                        ("separated", Answer::Yes),
                        ("unemployed", Answer::Yes),
                        ("worse", Answer::Yes),
                        ("capable-kill", Answer::Yes),
                    ],
                ),
                vec!["LS6", "DA5-5"],
            ),
            ("already high: nothing to add", vec![("weapon", Answer::Yes)], vec![]),
        ];
        for (what, pairs, expected) in cases {
            let o = evaluate(&answers(&pairs));
            assert_eq!(codes(&o.unanswered_decisive), expected, "{what}");
        }
    }

    /// Answers every question in the UI's order with `yes` for the ids given and `no` for
    /// the rest, and returns the id of each answer the decisive rule reacted to.
    fn decisive_while_answering(yes_ids: &[&str]) -> Vec<&'static str> {
        let mut so_far = Answers::new();
        let mut decisive = Vec::new();
        for question in QUESTIONS {
            let answer = if yes_ids.contains(&question.id) { Answer::Yes } else { Answer::No };
            if makes_high(&so_far, question, answer) {
                decisive.push(question.id);
            }
            so_far.set(question, answer);
        }
        decisive
    }

    #[test]
    fn the_answer_that_makes_the_level_high_is_decisive_at_once() {
        // (what, yes answers, the decisive answer)
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            ("weapon", &["weapon"], Some("weapon")),
            ("threat to kill", &["threat-kill"], Some("threat-kill")),
            ("might kill", &["might-kill"], Some("might-kill")),
            ("strangled", &["strangled"], Some("strangled")),
            ("two decisive answers: only the first acts", &["threat-kill", "strangled"], Some("threat-kill")),
            ("the 4th of LS4-LS11", &LS_COUNTED[..4], Some(LS_COUNTED[3])),
            ("the 3rd DA-5 item", &["worse", "beaten-pregnant", "jealous-violent"], Some("jealous-violent")),
            ("3 of LS4-LS11", &LS_COUNTED[..3], None),
            ("capable-kill alone is not LS3", &["capable-kill"], None),
            ("recognition never decides", &["hurt", "forced-sex", "afraid", "humiliated"], None),
        ];
        for (what, ids, expected) in cases {
            let decisive = decisive_while_answering(ids);
            assert_eq!(decisive, expected.iter().copied().collect::<Vec<_>>(), "{what}");
            let outcome = evaluate(&yes(ids));
            assert_eq!(outcome.decided_by.map(|q| q.id), *expected, "{what}: decided_by");
            assert_eq!(outcome.level == Level::High, expected.is_some(), "{what}: level");
        }
    }

    #[test]
    fn no_and_unsure_are_never_decisive_and_nothing_is_once_high() {
        let high = yes(&["weapon"]);
        for question in QUESTIONS {
            for answer in [Answer::No, Answer::Unsure] {
                assert!(!makes_high(&Answers::new(), question, answer), "{} {answer:?}", question.id);
                assert!(!makes_high(&yes(&LS_COUNTED[..3]), question, answer), "{} {answer:?}", question.id);
            }
            assert!(!makes_high(&high, question, Answer::Yes), "already high: {}", question.id);
        }
        // Changing a yes to yes again is not a new decision either.
        assert!(!makes_high(&high, question("weapon").unwrap(), Answer::Yes));
    }

    #[test]
    fn the_outcome_names_fear_and_any_yes() {
        let afraid = evaluate(&yes(&["afraid"]));
        assert!(afraid.afraid && afraid.any_yes && afraid.types.is_empty());
        assert_eq!(afraid.level, Level::NoneReported);
        let hurt = evaluate(&yes(&["hurt"]));
        assert!(!hurt.afraid && hurt.any_yes);
        let nothing = evaluate(&answers(&QUESTIONS.iter().map(|q| (q.id, Answer::No)).collect::<Vec<_>>()));
        assert!(!nothing.afraid && !nothing.any_yes);
        let unsure = evaluate(&answers(&[("afraid", Answer::Unsure)]));
        assert!(!unsure.afraid && !unsure.any_yes, "unsure is not yes");
    }

    #[test]
    fn types_follow_the_recognition_answers() {
        let o = evaluate(&yes(&["belongings", "hurt", "isolated"]));
        assert_eq!(o.types, vec![ViolenceType::Physical, ViolenceType::Psychological, ViolenceType::Economic]);
        assert_eq!(o.level, Level::NoneReported, "recognition never sets the danger level");
        assert_eq!(evaluate(&yes(&["forced-sex"])).types, vec![ViolenceType::Sexual]);
        assert!(evaluate(&yes(&["afraid"])).types.is_empty(), "fear is a HARK sign, not a type of violence");
    }

    #[test]
    fn parsing_pairs_gives_clear_errors() {
        let ok = Answers::from_pairs([("weapon", "yes"), ("gun", "no"), ("worse", "unsure")]).unwrap();
        assert_eq!(ok.get("weapon"), Some(Answer::Yes));
        assert_eq!(ok.get("gun"), Some(Answer::No));
        assert_eq!(ok.get("worse"), Some(Answer::Unsure));
        assert_eq!(ok.get("stalking"), None);
        let cases: &[ErrorCase] = &[
            (&[("knife", "yes")], AnswersError::UnknownQuestion("knife".into()), "\"knife\" is not a question id"),
            (&[("Weapon", "yes")], AnswersError::UnknownQuestion("Weapon".into()), "\"Weapon\""),
            (
                &[("weapon", "Yes")],
                AnswersError::UnknownAnswer { id: "weapon".into(), value: "Yes".into() },
                "use yes, no or unsure",
            ),
            (&[("weapon", "")], AnswersError::UnknownAnswer { id: "weapon".into(), value: "".into() }, "\"weapon\""),
            (&[("gun", "no"), ("gun", "yes")], AnswersError::Duplicate("gun".into()), "more than once"),
        ];
        for (pairs, error, message) in cases {
            let got = Answers::from_pairs(pairs.iter().copied()).unwrap_err();
            assert_eq!(&got, error);
            assert!(got.to_string().contains(message), "{got}");
        }
    }

    #[test]
    fn clearing_an_answer_makes_it_unanswered() {
        let mut a = yes(&["weapon"]);
        a.clear(question("weapon").unwrap());
        assert_eq!(a, Answers::new());
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn any_answers() -> impl Strategy<Value = Answers> {
            let answer =
                prop_oneof![Just(None), Just(Some(Answer::Yes)), Just(Some(Answer::No)), Just(Some(Answer::Unsure))];
            proptest::collection::vec(answer, QUESTIONS.len()).prop_map(|v| {
                let mut a = Answers::new();
                for (question, answer) in QUESTIONS.iter().zip(v) {
                    if let Some(answer) = answer {
                        a.set(question, answer);
                    }
                }
                a
            })
        }

        proptest! {
            #[test]
            fn adding_a_yes_never_lowers_the_level(a in any_answers(), index in 0..QUESTIONS.len()) {
                let before = evaluate(&a);
                let mut more = a.clone();
                more.set(&QUESTIONS[index], Answer::Yes);
                let after = evaluate(&more);
                prop_assert!(after.level >= before.level, "{} yes: {:?} -> {:?}", QUESTIONS[index].id, before.level, after.level);
                prop_assert!(after.screened_in >= before.screened_in);
                prop_assert!(after.da5_yes >= before.da5_yes);
            }

            #[test]
            fn unsure_counts_exactly_like_unanswered(a in any_answers()) {
                let mut without = a.clone();
                for question in QUESTIONS {
                    if a.get(question.id) == Some(Answer::Unsure) {
                        without.clear(question);
                    }
                }
                prop_assert_eq!(evaluate(&a), evaluate(&without));
            }

            /// The decisive rule is exactly "this answer moves the level to high", and the
            /// outcome names a deciding question exactly when the level is high, one that
            /// was answered yes.
            #[test]
            fn decisive_means_the_level_becomes_high(a in any_answers(), index in 0..QUESTIONS.len()) {
                let question = &QUESTIONS[index];
                let before = evaluate(&a).level;
                let mut after = a.clone();
                after.set(question, Answer::Yes);
                let raised = before != Level::High && evaluate(&after).level == Level::High;
                prop_assert_eq!(makes_high(&a, question, Answer::Yes), raised);
                let outcome = evaluate(&a);
                prop_assert_eq!(outcome.decided_by.is_some(), outcome.level == Level::High);
                if let Some(q) = outcome.decided_by {
                    prop_assert_eq!(a.get(q.id), Some(Answer::Yes));
                }
            }

            /// A question not answered yes or no raises the level to high by a yes exactly
            /// when one of its items is reported as unanswered and decisive.
            #[test]
            fn unanswered_decisive_says_which_yes_would_mean_high(a in any_answers()) {
                let outcome = evaluate(&a);
                for question in QUESTIONS {
                    if matches!(a.get(question.id), Some(Answer::Yes | Answer::No)) {
                        continue;
                    }
                    let mut more = a.clone();
                    more.set(question, Answer::Yes);
                    let raises = outcome.level != Level::High && evaluate(&more).level == Level::High;
                    let reported = question.covers.iter().any(|i| outcome.unanswered_decisive.contains(i));
                    prop_assert_eq!(raises, reported, "{}", question.id);
                }
            }
        }
    }
}
