//! `ruta`: the command line for auditors and the municipality's IT staff.
//!
//! A small `match` on the first argument; each subcommand lives in its own file.

mod directory;

use std::process::ExitCode;

const USAGE: &str = "usage: ruta <command> [options]
  nearest (--lat LAT --lon LON | --ubigeo CODE) [--kind cem|police|sau|sar|any] [--limit N]
  data-check [--file data/directory.tsv]
  import --mimp FILE --comisarias FILE --ubigeo-dir DIR [--ubigeo-extra FILE] [--out DIR]
  bench-nearest [--queries N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    let result = match args.first().map(String::as_str) {
        Some("nearest") => directory::nearest(rest),
        Some("data-check") => directory::data_check(rest),
        Some("import") => directory::import(rest),
        Some("bench-nearest") => directory::bench_nearest(rest),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
