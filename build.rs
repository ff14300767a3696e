//! Compiles the configurator's own texts (`src/configurator/locales/*.ftl`) into catalogues
//! as `core/build.rs` does the widget's, so neither page's wasm carries a Fluent parser.
//! The configurator previews the widget in any language, offline, so it also carries
//! every locale's widget messages, which the widget's own wasm downloads instead.

use std::path::Path;
use std::{env, fs};

use ruta_core::l10n::{compile, DOWNLOAD_HEADER, SOURCE_LANG};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    for lang in ["es", "en"] {
        let source = format!("src/configurator/locales/{lang}.ftl");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let catalogue = compile::compile(&[&text]).unwrap_or_else(|why| panic!("{source}: {why}"));
        fs::write(out_dir.join(format!("configurator-{lang}.txt")), catalogue).expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-changed=locales");
    for lang in ruta_core::l10n::available().into_iter().filter(|l| l.id() != SOURCE_LANG) {
        let (catalogue, files) =
            compile::compile_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), lang.id())
                .unwrap_or_else(|why| panic!("{why}"));
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
        }
        let file = format!("{DOWNLOAD_HEADER}{}\n{catalogue}", lang.id());
        fs::write(out_dir.join(format!("widget-messages-{}.txt", lang.id())), file).expect("OUT_DIR is writable");
    }
}
