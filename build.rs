//! Compiles the configurator's own texts (`src/configurator/locales/*.ftl`) into catalogues
//! as `core/build.rs` does the widget's, so neither page's wasm carries a Fluent parser.
//! The configurator previews the widget in any language, offline, so it also carries
//! every locale's widget messages, which the widget's own wasm downloads instead: the
//! same files, from the build dependency's native `ruta-core`, which embeds them all.

use std::path::Path;
use std::{env, fs};

use ruta_core::l10n::{self, compile, Locale};

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
    for lang in l10n::available().into_iter().filter(|lang| *lang != Locale::SOURCE) {
        let file = l10n::download_file(lang).expect("a native ruta-core carries every locale");
        fs::write(out_dir.join(format!("widget-messages-{}.txt", lang.id())), file).expect("OUT_DIR is writable");
    }
}
