//! `ruta assess`: runs the screening rules of `ruta_core::assessment` on JSON, so that
//! reviewers can check them without a browser.
//!
//! - `ruta assess --list` prints every question: `[{"id", "part", "covers"}]`.
//! - `ruta assess` reads `{"answers": {"<id>": "yes"|"no"|"unsure"}}` on stdin and prints
//!   the outcome, including `decided_by`: the id of the answer that made the level high
//!   (the one after which the widget shows the urgent panel), or null. Any unknown id or value is an error (exit 1), never silently skipped:
//!   a typo must not make a "yes" disappear.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::process::ExitCode;

use ruta_core::assessment::{evaluate, Answers, QUESTIONS};
use serde::Deserialize;

const USAGE: &str = "usage: ruta assess [--list]
  --list   print every question as JSON: [{\"id\", \"part\", \"covers\"}]
  (none)   read {\"answers\": {\"<id>\": \"yes\"|\"no\"|\"unsure\"}} on stdin, print the outcome;
           \"decided_by\" is the id of the answer that made the level high, or null";

/// The input document. Unknown fields are refused so that a misspelt `"answers"` is not
/// read as "no answers".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    answers: BTreeMap<String, String>,
}

pub fn run(args: &[String]) -> ExitCode {
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--list"] => print_json(&QUESTIONS),
        [] => match read_answers() {
            Ok(answers) => print_json(&evaluate(&answers)),
            Err(message) => {
                eprintln!("ruta assess: {message}");
                ExitCode::FAILURE
            }
        },
        ["-h" | "--help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("ruta assess: unexpected arguments {args:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read_answers() -> Result<Answers, String> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read stdin: {e}"))?;
    let input: Input = serde_json::from_str(&text)
        .map_err(|e| format!("stdin is not {{\"answers\": {{\"<id>\": \"yes\"|\"no\"|\"unsure\"}}}}: {e}"))?;
    Answers::from_pairs(input.answers.iter().map(|(id, value)| (id.as_str(), value.as_str())))
        .map_err(|e| e.to_string())
}

fn print_json(value: &impl serde::Serialize) -> ExitCode {
    let json = serde_json::to_string_pretty(value).expect("our types serialise to JSON without fail");
    println!("{json}");
    ExitCode::SUCCESS
}
