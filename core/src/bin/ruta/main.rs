//! `ruta`: the auditors' command line. Each subcommand lives in its own file; this is only
//! the dispatcher, kept to one `match` so that adding a subcommand is a one-line change.

use std::process::ExitCode;

mod assess;

const USAGE: &str = "usage: ruta <subcommand> [options]

subcommands:
  assess [--list]   risk screening: --list prints the questions; otherwise reads
                    {\"answers\": {\"<id>\": \"yes\"|\"no\"|\"unsure\"}} on stdin";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("assess") => assess::run(rest),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("ruta: unknown subcommand \"{other}\"\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
