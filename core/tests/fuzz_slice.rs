//! The fast slice of the fuzzing (`tests/fuzz/mod.rs`): a fixed seed, a few thousand
//! cases per parser, inside `cargo test`. The full million per parser, with timings and
//! the scaling check, is `scripts/fuzz` (`examples/fuzz.rs`).

mod fuzz;

use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

/// Not the full run's seed, so the slice adds cases the full run does not have.
const SEED: u64 = 0x5EED_0013;

fn slice(target: usize, cases: u64, full_bundle_per_mille: usize) {
    let seeds = fuzz::Seeds::new();
    for n in 0..cases {
        let case = fuzz::case(target, SEED, n, &seeds, full_bundle_per_mille);
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| fuzz::run(target, &case, n))) {
            eprintln!("{} case {n} (seed {SEED:#x}) panicked on {}", fuzz::TARGETS[target], case.preview(400));
            resume_unwind(panic);
        }
    }
}

#[test]
fn config_and_exit_url_take_ten_thousand_cases() {
    slice(0, 10_000, 0);
}

#[test]
fn local_contacts_take_ten_thousand_cases() {
    slice(1, 10_000, 0);
}

#[test]
fn phone_numbers_take_ten_thousand_cases() {
    slice(2, 10_000, 0);
}

/// One-department bundles only: the full bundle alone costs tens of milliseconds a parse
/// in a debug build. 10,000 cases take about 8 s there, on their own thread beside the
/// other tests. The full run has a million, the full bundle among them.
#[test]
fn directory_bundles_take_ten_thousand_mutations() {
    slice(3, 10_000, 0);
}

#[test]
fn every_department_bundle_cut_from_the_real_one_is_valid() {
    let seeds = fuzz::Seeds::new();
    assert_eq!(seeds.bundles.len(), 26);
    for (i, bundle) in seeds.bundles.iter().enumerate() {
        let dir = ruta_core::directory::Directory::parse_bundle(bundle).unwrap_or_else(|e| panic!("seed {i}: {e}"));
        assert!(!dir.services().is_empty());
        if i > 0 {
            assert!(bundle.len() < ruta_core::directory::BUNDLED_TEXT.len() / 3, "seed {i} is small");
        }
    }
}
