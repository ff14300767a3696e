//! `ruta assess` as a reviewer runs it: the real binary, JSON in and out.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn ruta(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ruta"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the ruta binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn assess(input: &Value) -> Value {
    let out = ruta(&["assess"], &input.to_string());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn fails(args: &[&str], stdin: &str, stderr_has: &str) {
    let out = ruta(args, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} {stdin:?} must fail");
    assert!(out.stdout.is_empty(), "nothing on stdout on error");
    assert!(stderr.contains(stderr_has), "{args:?} {stdin:?}: {stderr}");
}

#[test]
fn list_prints_every_question_with_its_part_and_items() {
    let out = ruta(&["assess", "--list"], "");
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), ruta_core::assessment::QUESTIONS.len());
    let weapon = list.iter().find(|q| q["id"] == "weapon").expect("weapon is listed");
    assert_eq!(weapon, &json!({"id": "weapon", "part": "danger", "covers": ["LS1", "DA5-2"]}));
    let hurt = list.iter().find(|q| q["id"] == "hurt").unwrap();
    assert_eq!(hurt["part"], "recognition");
    for q in list {
        assert_eq!(q.as_object().unwrap().len(), 3, "{q}");
    }
}

#[test]
fn answers_on_stdin_give_the_outcome() {
    // (answers, level, screened_in, da5_yes, strangulation, types)
    let cases = [
        (json!({}), "none_reported", false, 0, false, json!([])),
        (json!({"threat-kill": "yes"}), "high", true, 0, false, json!([])),
        (json!({"strangled": "yes", "hurt": "yes"}), "high", false, 0, true, json!(["physical"])),
        (
            json!({"worse": "yes", "capable-kill": "yes", "beaten-pregnant": "unsure"}),
            "elevated",
            false,
            2,
            false,
            json!([]),
        ),
        (json!({"worse": "yes", "capable-kill": "yes", "beaten-pregnant": "yes"}), "high", false, 3, false, json!([])),
        (
            json!({"money": "yes", "humiliated": "yes", "weapon": "no"}),
            "none_reported",
            false,
            0,
            false,
            json!(["psychological", "economic"]),
        ),
    ];
    for (answers, level, screened_in, da5_yes, strangulation, types) in cases {
        let out = assess(&json!({ "answers": answers }));
        assert_eq!(out["level"], level, "{answers}");
        assert_eq!(out["screened_in"], screened_in, "{answers}");
        assert_eq!(out["da5_yes"], da5_yes, "{answers}");
        assert_eq!(out["strangulation"], strangulation, "{answers}");
        assert_eq!(out["types"], types, "{answers}");
    }
}

#[test]
fn the_answer_that_made_the_level_high_is_reported() {
    // (answers, decided_by): the first answer, in the order the questions are asked, after
    // which the level is high.
    let cases = [
        (json!({}), Value::Null),
        (json!({"hurt": "yes", "afraid": "yes"}), Value::Null),
        (json!({"threat-kill": "yes"}), json!("threat-kill")),
        (json!({"stalking": "yes", "strangled": "yes", "weapon": "yes"}), json!("weapon")),
        (json!({"gun": "yes", "separated": "yes", "stalking": "yes", "unemployed": "yes"}), json!("stalking")),
        (json!({"worse": "yes", "capable-kill": "yes", "beaten-pregnant": "unsure"}), Value::Null),
    ];
    for (answers, decided_by) in cases {
        let out = assess(&json!({ "answers": answers }));
        assert_eq!(out["decided_by"], decided_by, "{answers}");
        assert_eq!(out["level"] == "high", !decided_by.is_null(), "{answers}");
    }
    let afraid = assess(&json!({"answers": {"afraid": "yes"}}));
    assert_eq!((afraid["afraid"].clone(), afraid["any_yes"].clone()), (json!(true), json!(true)));
}

#[test]
fn skipped_decisive_questions_are_named() {
    let out =
        assess(&json!({"answers": {"weapon": "unsure", "threat-kill": "no", "might-kill": "no", "strangled": "no"}}));
    assert_eq!(out["level"], "none_reported");
    assert_eq!(out["unanswered_decisive"], json!(["LS1"]));
}

#[test]
fn bad_input_is_an_error_on_stderr() {
    fails(&["assess"], r#"{"answers": {"knife": "yes"}}"#, "\"knife\" is not a question id");
    fails(&["assess"], r#"{"answers": {"weapon": "si"}}"#, "\"si\" is not an answer for \"weapon\"");
    fails(&["assess"], r#"{"answers": {"weapon": true}}"#, "expected a string");
    fails(&["assess"], r#"{"answer": {"weapon": "yes"}}"#, "unknown field `answer`");
    fails(&["assess"], r#"{"answers": {"#, "stdin is not");
    fails(&["assess"], "", "stdin is not");
    fails(&["assess", "--lst"], "", "unexpected arguments");
    fails(&["nope"], "", "unknown subcommand \"nope\"");
    fails(&[], "", "usage: ruta");
}
