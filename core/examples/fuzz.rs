//! The full fuzz run: `cargo run --release -p ruta-core --example fuzz -- --cases 1000000`
//! (or `scripts/fuzz`). For each of the four parsers: that many generated cases (see
//! `tests/fuzz/mod.rs`), each under `catch_unwind` and timed, then a scaling check on
//! inputs of size n and 8n. Prints cases, time, accepted share, the slowest input; exits
//! non-zero on any panic, any input slower than the per-byte bound, or growth much faster
//! than linear.
//!
//! Options: `--cases N` (per parser), `--seed S`, `--only config|contacts|phone|directory`,
//! `--full-bundle-per-mille M` (directory cases seeded by the full bundle rather than a
//! one-department bundle; default 20).

#[path = "../tests/fuzz/mod.rs"]
mod fuzz;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use fuzz::{Case, Seeds, TARGETS};
use ruta_core::directory::{Directory, BUNDLED_TEXT};

const DEFAULT_SEED: u64 = 0xF022_2026;

/// No input may take longer than this plus [`PER_BYTE`] for each of its bytes (timed
/// again, fastest of 5, when it first looks slower). The full bundle (138 KB) parses in
/// about 5 ms in release; a case that parses twice and searches twice takes about 14 ms;
/// its bound is about 30 ms. This is a coarse net for an input that takes far too long;
/// [`scaling`] is what finds growth faster than linear (the bad links `check_links` looked
/// up from the top took 22 ms on the real bundle, under this bound, but 33 s for 40,000).
const FIXED: Duration = Duration::from_millis(2);
const PER_BYTE: Duration = Duration::from_nanos(200);

/// Eight times the input may take at most this many times as long.
const MAX_RATIO: f64 = 20.0;

/// How many of the slowest cases are kept and timed again at the end.
const KEEP_SLOWEST: usize = 16;

struct Options {
    cases: u64,
    seed: u64,
    only: Option<usize>,
    full_per_mille: usize,
}

fn options() -> Result<Options, String> {
    let mut o =
        Options { cases: 1_000_000, seed: DEFAULT_SEED, only: None, full_per_mille: fuzz::FULL_BUNDLE_PER_MILLE };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--cases" => o.cases = value()?.parse().map_err(|_| "--cases takes a whole number")?,
            "--seed" => {
                let v = value()?;
                let v = v.strip_prefix("0x").map_or_else(|| v.parse(), |hex| u64::from_str_radix(hex, 16));
                o.seed = v.map_err(|_| "--seed takes a number")?;
            }
            "--only" => {
                let v = value()?;
                o.only = Some(TARGETS.iter().position(|t| *t == v).ok_or(format!("--only: one of {TARGETS:?}"))?);
            }
            "--full-bundle-per-mille" => {
                o.full_per_mille = value()?.parse().map_err(|_| "--full-bundle-per-mille takes a whole number")?
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    // Panics are counted and printed with their input, not each printed by the hook.
    std::panic::set_hook(Box::new(|_| {}));
    let seeds = Seeds::new();
    println!(
        "ruta-core fuzz: {} cases per parser, seed {:#x}, directory seeds: full bundle {} per mille, else one of 25 department bundles ({}–{} bytes)",
        o.cases,
        o.seed,
        o.full_per_mille,
        seeds.bundles[1..].iter().map(String::len).min().unwrap_or(0),
        seeds.bundles[1..].iter().map(String::len).max().unwrap_or(0),
    );
    let mut failed = false;
    let started = Instant::now();
    for target in 0..TARGETS.len() {
        if o.only.is_some_and(|only| only != target) {
            continue;
        }
        failed |= !fuzz_one(target, &o, &seeds);
        failed |= !scaling(target);
    }
    println!("total wall time {:.1} s", started.elapsed().as_secs_f64());
    if failed {
        println!("FAILED");
        ExitCode::FAILURE
    } else {
        println!("ok: no panic, no input over its time bound, no growth over {MAX_RATIO}× for 8× the size");
        ExitCode::SUCCESS
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

fn bound(len: usize) -> Duration {
    FIXED + PER_BYTE * len as u32
}

/// The fastest of five runs: what the input costs, without the machine's other work.
fn retime(target: usize, case: &Case, n: u64) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(fuzz::run(target, case, n));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn fuzz_one(target: usize, o: &Options, seeds: &Seeds) -> bool {
    let name = TARGETS[target];
    let started = Instant::now();
    let mut in_parser = Duration::ZERO;
    let (mut accepted, mut bytes, mut checksum) = (0u64, 0u64, 0usize);
    // The slowest cases as timed in the run; timed again at the end, since one of them
    // may only have met a pause of the (shared) machine.
    let mut slowest: Vec<(Duration, u64, Case)> = Vec::new();
    let mut panics: Vec<(u64, String, String)> = Vec::new();
    let mut too_slow: Vec<(u64, Duration, Case)> = Vec::new();
    for n in 0..o.cases {
        let case = fuzz::case(target, o.seed, n, seeds, o.full_per_mille);
        bytes += case.len() as u64;
        let t = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| fuzz::run(target, &case, n)));
        let mut took = t.elapsed();
        in_parser += took;
        match result {
            Ok((ok, sum)) => {
                accepted += u64::from(ok);
                checksum = checksum.wrapping_add(sum);
            }
            Err(payload) => {
                if panics.len() < 20 {
                    panics.push((n, panic_text(&*payload), case.preview(300)));
                }
                continue;
            }
        }
        if took > bound(case.len()) {
            took = retime(target, &case, n);
            if took > bound(case.len()) {
                too_slow.push((n, took, case.clone()));
            }
        }
        if slowest.len() < KEEP_SLOWEST || slowest.last().is_some_and(|(t, _, _)| took > *t) {
            let at = slowest.partition_point(|(t, _, _)| *t >= took);
            slowest.insert(at, (took, n, case));
            slowest.truncate(KEEP_SLOWEST);
        }
    }
    let wall = started.elapsed();
    println!(
        "\n{name}: {} cases in {:.1} s ({:.1} s in the parser, {:.2} µs a case, {:.1} MB generated), {:.1}% accepted, {} panics",
        o.cases,
        wall.as_secs_f64(),
        in_parser.as_secs_f64(),
        in_parser.as_secs_f64() * 1e6 / o.cases.max(1) as f64,
        bytes as f64 / 1e6,
        accepted as f64 * 100.0 / o.cases.max(1) as f64,
        panics.len(),
    );
    let retimed = slowest.iter().map(|(took, n, case)| (retime(target, case, *n), *took, *n, case));
    if let Some((again, took, n, case)) = retimed.max_by_key(|(again, ..)| *again) {
        println!(
            "  slowest: case {n}, {:.3} ms (fastest of 5 runs after the run; {:.3} ms when met), {} bytes: {}",
            again.as_secs_f64() * 1e3,
            took.as_secs_f64() * 1e3,
            case.len(),
            case.preview(120)
        );
    }
    if let Some((took, n, _)) = slowest.first() {
        println!(
            "  longest as timed in the run (with the machine's pauses): case {n}, {:.3} ms",
            took.as_secs_f64() * 1e3
        );
    }
    for (n, message, preview) in &panics {
        println!("  PANIC case {n}: {message}\n    input: {preview}");
    }
    for (n, took, case) in &too_slow {
        println!(
            "  TOO SLOW case {n}: {:.3} ms for {} bytes (bound {:.3} ms): {}",
            took.as_secs_f64() * 1e3,
            case.len(),
            bound(case.len()).as_secs_f64() * 1e3,
            case.preview(200)
        );
    }
    std::hint::black_box(checksum);
    panics.is_empty() && too_slow.is_empty()
}

/// Inputs of a shape built for `k` units, for the scaling check.
type Shape = (&'static str, fn(usize) -> Case);

fn attrs(pairs: impl IntoIterator<Item = (String, String)>, text: &str) -> Case {
    Case { attrs: pairs.into_iter().collect(), text: text.to_owned(), position: 1 }
}

fn text(text: String) -> Case {
    Case { attrs: Vec::new(), text, position: 0 }
}

const CONFIG_SHAPES: &[Shape] = &[
    ("many attributes", |k| {
        let one = [
            ("data-exit-url", "/a/b/../c/./index.html?x=1#y"),
            ("data-lang", "es-PE"),
            ("data-municipality", "Municipalidad  de\n Prueba"),
            ("data-ubigeo", "150142"),
            ("data-typo", "x"),
        ];
        attrs((0..k).flat_map(|_| one.map(|(n, v)| (n.to_owned(), v.to_owned()))), "https://muni.example.gob.pe/a/c/")
    }),
    ("a long exit path and page", |k| {
        let path = format!("/{}{}", "seg/".repeat(k * 4), "../".repeat(k * 2));
        attrs([("data-exit-url".to_owned(), path.clone())], &format!("https://muni.example.gob.pe{path}?q#f"))
    }),
    ("a long host", |k| attrs([("data-exit-url".to_owned(), format!("https://{}:443/", "a.".repeat(k * 8)))], "")),
    ("a long municipality", |k| attrs([("data-municipality".to_owned(), " Villa  \n".repeat(k * 2))], "")),
    ("a long language tag", |k| attrs([("data-lang".to_owned(), format!("es{}", "-abcdefgh".repeat(k * 2)))], "")),
];

const CONTACT_SHAPES: &[Shape] = &[
    ("many attributes", |k| {
        let one = [
            ("data-name", "Escuadrón Violeta"),
            ("data-kind", "escuadron"),
            ("data-phone", "(01) 204-2525"),
            ("data-address", "Plaza principal s/n"),
            ("data-lat", "-12.065"),
            ("data-lon", "-77.03"),
            ("data-other", "x"),
        ];
        attrs((0..k).flat_map(|_| one.map(|(n, v)| (n.to_owned(), v.to_owned()))), "")
    }),
    ("a long name of numbers", |k| {
        let name = "Casa 1005 ".repeat(k * 2);
        let fields =
            [("data-name", name.as_str()), ("data-kind", "otro"), ("data-phone", "1810"), ("data-address", "x")];
        attrs(fields.map(|(n, v)| (n.to_owned(), v.to_owned())), "")
    }),
    ("a long phone", |k| {
        let phone = "999 999 999 / ".repeat(k * 2);
        let fields =
            [("data-name", "Serenazgo"), ("data-kind", "serenazgo"), ("data-phone", &phone), ("data-address", "x")];
        attrs(fields.map(|(n, v)| (n.to_owned(), v.to_owned())), "")
    }),
];

const PHONE_SHAPES: &[Shape] = &[
    ("many numbers", |k| text("999 999 999 / (01) 419-7260; ".repeat(k))),
    ("one long run of digits", |k| text("9".repeat(k * 20))),
    ("many ' - '", |k| text(" - ".repeat(k * 8))),
    ("many empty pieces", |k| text("/;,".repeat(k * 8))),
];

/// A department, a province and one district, then `rows` police stations there, each
/// at its own point and linked to a CEM that does not exist: one error each. Before the
/// fix in `check_links` each error looked its row up from the top: 33 s for 40,000.
fn stations_with_bad_links(rows: usize) -> String {
    let mut out = String::from(
        "ruta-directory\t4\nD\t15\tLIMA\t-43363\t-277311\nP\t1501\tLIMA\t-43363\t-277311\nU\t01\tLIMA\t0\t0\n",
    );
    for i in 0..rows as i64 {
        out.push_str(&format!("C\t150101\t{}\t{}\t\t99999\n", i % 500 - 250, i / 500 - 250));
    }
    out
}

const DIRECTORY_SHAPES: &[Shape] = &[
    ("police stations with bad links", |k| text(stations_with_bad_links(k * 10))),
    ("the bundle's rows repeated", |k| {
        let body: Vec<&str> = BUNDLED_TEXT.lines().skip(1).collect();
        let mut out = String::from("ruta-directory\t4\n");
        for i in 0..k * 10 {
            out.push_str(body[i % body.len()]);
            out.push('\n');
        }
        text(out)
    }),
    ("district rows of one province", |k| {
        let mut out = String::from("ruta-directory\t4\nD\t15\tLIMA\t-43363\t-277311\nP\t1501\tLIMA\t-43363\t-277311\n");
        for i in 0..k * 10 {
            out.push_str(&format!("U\t{:02}\tSAN JUAN {i}\t{}\t{}\n", 1 + i % 99, i % 7, i % 5));
        }
        text(out)
    }),
    ("lines of random bytes", |k| {
        let mut rng = fuzz::Rng::new(7);
        text(format!("ruta-directory\t4\n{}", String::from_utf8_lossy(&fuzz::any_bytes(&mut rng, k * 400))))
    }),
];

/// Times `run` (for the directory, `Directory::parse`) on each shape built for k and for 8k units (the fastest of several runs of
/// each) and fails when the larger takes more than [`MAX_RATIO`] times as long.
fn scaling(target: usize) -> bool {
    let (shapes, k) = match target {
        0 => (CONFIG_SHAPES, 1000),
        1 => (CONTACT_SHAPES, 1000),
        2 => (PHONE_SHAPES, 1000),
        _ => (DIRECTORY_SHAPES, 500),
    };
    let mut ok = true;
    for (what, build) in shapes {
        let small = build(k);
        let large = build(8 * k);
        let time = |case: &Case| {
            let runs = if case.len() > 2_000_000 { 3 } else { 7 };
            (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    let r = catch_unwind(AssertUnwindSafe(|| {
                        if target == 3 {
                            // The row checks alone: `parse_bundle` stops at 1 MiB.
                            std::hint::black_box(Directory::parse(&case.text).is_ok());
                        } else {
                            std::hint::black_box(fuzz::run(target, case, 1));
                        }
                    }));
                    (t.elapsed(), r.is_ok())
                })
                .fold((Duration::MAX, true), |(best, all), (t, fine)| (best.min(t), all && fine))
        };
        let ((t_small, fine_small), (t_large, fine_large)) = (time(&small), time(&large));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        let verdict = if !(fine_small && fine_large) {
            ok = false;
            "PANIC"
        } else if ratio > MAX_RATIO {
            ok = false;
            "TOO STEEP"
        } else {
            "ok"
        };
        println!(
            "  scaling, {what}: {} bytes {:.3} ms, {} bytes {:.3} ms: ×{ratio:.1} for ×{:.1} the size — {verdict}",
            small.len(),
            t_small.as_secs_f64() * 1e3,
            large.len(),
            t_large.as_secs_f64() * 1e3,
            large.len() as f64 / small.len() as f64,
        );
    }
    ok
}
