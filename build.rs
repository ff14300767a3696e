//! Compiles the configurator's own texts (`src/configurator/locales/*.ftl`) into catalogues
//! as `core/build.rs` does the widget's, so neither page's wasm carries a Fluent parser.

use std::path::Path;
use std::{env, fs};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for lang in ["es", "en"] {
        let source = format!("src/configurator/locales/{lang}.ftl");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let catalogue = ruta_core::l10n::compile::compile(&[&text]).unwrap_or_else(|why| panic!("{source}: {why}"));
        fs::write(Path::new(&out_dir).join(format!("configurator-{lang}.txt")), catalogue)
            .expect("OUT_DIR is writable");
    }
}
