//! `ruta`: the command line for auditors and the municipality's IT staff. Each subcommand
//! lives in its own file; this is only the dispatcher, one `match` on the first argument.

use std::process::ExitCode;

mod assess;
mod directory;
mod nearest;

const USAGE: &str = "usage: ruta <command> [options]
  assess [--list]   risk screening: --list prints the questions; otherwise reads
                    {\"answers\": {\"<id>\": \"yes\"|\"no\"|\"unsure\"}} on stdin
  nearest (--lat LAT --lon LON | --ubigeo CODE) [--kind cem|police|sau|sar|any] [--limit N]
  data-check [--file data/directory.tsv]
  import --mimp FILE --comisarias FILE --ubigeo-dir DIR [--ubigeo-extra FILE] [--out DIR]
  bench-nearest [--queries N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let directory_result = |result: Result<(), String>| match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    };
    match args.first().map(String::as_str) {
        Some("assess") => assess::run(rest),
        Some("nearest") => directory_result(nearest::run(rest)),
        Some("data-check") => directory_result(directory::data_check(rest)),
        Some("import") => directory_result(directory::import(rest)),
        Some("bench-nearest") => directory_result(directory::bench_nearest(rest)),
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
