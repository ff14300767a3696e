//! `ruta-core` must never depend on the browser: the rule is a Cargo fact, checked here.

use std::process::Command;

const FORBIDDEN: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

#[test]
fn core_has_no_browser_dependency() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["tree", "-p", "ruta-core", "-e", "normal,build", "--prefix", "none", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let tree = String::from_utf8(output.stdout).unwrap();
    assert!(tree.contains("fluent-syntax"), "the tree is read: {tree}");
    for line in tree.lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        assert!(
            !FORBIDDEN.iter().any(|f| name == *f || name.starts_with(&format!("{f}-"))),
            "ruta-core depends on {name}"
        );
    }
}
