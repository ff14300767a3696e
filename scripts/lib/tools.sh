# Shared by scripts/*: installs what is missing, skips what is there.
# Versions come from ../shared/TOOLCHAIN.md, measured on these offline machines.
# shellcheck shell=bash

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRUNK_VERSION="0.21.14"
# Must equal the exact pin of wasm-bindgen in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"

export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true TRUNK_SKIP_VERSION_CHECK=true
export CHROME_PATH=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver FIREFOX_PATH=/usr/bin/firefox-esr

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
  command -v python3 >/dev/null || missing+=(python3)
  # Firefox ESR for the engine whose back-forward cache is on by default (e2e/firefox/).
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  # WebKitGTK's driver and MiniBrowser, under a virtual display (e2e/webkit/).
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  # The gzip twins of dist/ruta/ (build_release); gzip -9 is used where it is missing.
  command -v zopfli >/dev/null || missing+=(zopfli)
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # Debian's binaryen (wasm-opt 108) writes broken wasm for this rustc; the npm one is used.
  if command -v wasm-opt >/dev/null && [ "$(command -v wasm-opt)" != "$ROOT/e2e/node_modules/.bin/wasm-opt" ]; then
    log "warning: $(command -v wasm-opt) shadows the npm binaryen; remove Debian's binaryen"
  fi
}

ensure_rust() {
  command -v cargo >/dev/null || { log "cargo is missing: install Rust with rustup first"; exit 1; }
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rustup: adding wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  # The release wasm rebuilds the standard library from its source (build_release).
  if ! rustup component list --installed | grep -qx rust-src; then
    log "rustup: adding rust-src"
    rustup component add rust-src
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "cargo install trunk $TRUNK_VERSION (about 5 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
    # Not --locked: a pinned dependency of the CLI is gone from the registry.
    cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_npm() {
  command -v npm >/dev/null || { log "apt: installing nodejs and npm"; as_root apt-get install -y -qq nodejs npm >/dev/null; }
  if [ ! -x "$ROOT/e2e/node_modules/.bin/wasm-opt" ] || [ "$ROOT/e2e/package-lock.json" -nt "$ROOT/e2e/node_modules/.package-lock.json" ]; then
    log "npm ci (playwright-core, puppeteer-core, axe, binaryen, lighthouse, terser)"
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The three installers touch different things (Debian packages, ~/.cargo, e2e/node_modules),
# so on a fresh machine they run side by side; each one's failure still stops the script.
ensure_all() {
  if ! command -v npm >/dev/null; then ensure_npm; fi
  local pids=() failed=0
  ensure_apt & pids+=($!)
  ensure_rust & pids+=($!)
  ensure_npm & pids+=($!)
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  if [ "$failed" != 0 ]; then log "installing the tools failed (see above)"; exit 1; fi
}

# The [package] version of the root Cargo.toml, e.g. 0.1.0.
ruta_version() {
  python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["package"]["version"])' "$ROOT/Cargo.toml"
}

build_release() {
  # Trunk builds offline (Trunk.toml), so on a new machine the crates it needs are fetched
  # first: the project's, and the standard library's own (rust-src's Cargo.lock), which the
  # rebuild below needs. Nothing is downloaded where they are already here.
  (cd "$ROOT" && cargo fetch --locked --quiet)
  RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet \
    --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  log "trunk build (release)"
  # The standard library is rebuilt for the wasm with panic=immediate-abort: a panic was
  # already an abort (Cargo.toml's panic = "abort"), and now it no longer carries the
  # messages, file locations and formatting code to describe itself, which nobody could
  # read in a visitor's browser anyway: 17 KB less through gzip, 15 KB through brotli
  # (docs/ARCHITECTURE.md, "Size"). These two switches are unstable Cargo and rustc
  # options; RUSTC_BOOTSTRAP lets the pinned stable compiler, the one every test layer
  # uses, accept them. Only the wasm target gets the flags; build scripts and the native
  # tests are built as usual.
  (cd "$ROOT" && RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    trunk build index.html --release)
  # Trunk's own minifier cannot parse wasm-bindgen's ES module glue (Trunk.toml), so the
  # two JS files a visitor downloads are minified here: 1.5 KB less with brotli on a slow
  # phone network. Export names and the wasm's import names are kept (terser never
  # renames properties), so the loader and the wasm still find what they need.
  # The loader's first console line names the version (the root Cargo.toml's).
  local version
  version="$(ruta_version)"
  sed -i "s/__RUTA_VERSION__/$version/g" "$ROOT/dist/ruta/ruta-embed.js"
  if grep -q __RUTA_VERSION__ "$ROOT/dist/ruta/ruta-embed.js"; then log "the version was not put into ruta-embed.js"; exit 1; fi
  local js
  # The configurator's glue too: it is not on a visitor's path, but a webmaster opens it.
  for js in "$ROOT/dist/ruta/ruta-widget.js" "$ROOT/dist/ruta/ruta-embed.js" "$ROOT/dist/ruta/ruta-configurar.js"; do
    terser "$js" --module --compress --mangle --output "$js.min" && mv "$js.min" "$js"
  done
  # Terser cannot shorten the names the wasm and its glue share (about 160 imports, each
  # like __wbg_addEventListener_f2d27251d333a631); short_names.py renames them in both
  # files: 6.7 KB less glue and 2.6 KB less wasm twin on a server that compresses nothing.
  local module
  for module in ruta-widget ruta-configurar; do
    python3 "$ROOT/scripts/lib/short_names.py" "$ROOT/dist/ruta/${module}_bg.wasm" "$ROOT/dist/ruta/$module.js" >&2
  done
  # Each locale's first screen, drawn natively with yew::ServerRenderer, for the loader to
  # show before the wasm arrives (docs/ARCHITECTURE.md, "First screen before the wasm"),
  # and the messages of the locales the wasm downloads (messages-<lang>.txt).
  log "prerendering the first screens (examples/prerender.rs)"
  (cd "$ROOT" && cargo run --quiet --locked --example prerender -- "$ROOT/dist/ruta" >/dev/null)
  # gzip twins of the files the loader downloads through DecompressionStream, so a server
  # that compresses nothing still sends about 40% of the bytes (docs/ARCHITECTURE.md,
  # "Fast on a slow network"). Zopfli writes gzip 4-5% smaller than gzip -9 (10 KB on the
  # wasm); both put no name or date inside, so every build gives the same bytes. The JS
  # files are not twinned: import() cannot unpack them.
  local packed
  for packed in "$ROOT/dist/ruta/ruta-widget_bg.wasm" "$ROOT/dist/ruta/directory.tsv" "$ROOT"/dist/ruta/first-*.json "$ROOT"/dist/ruta/messages-*.txt; do
    if command -v zopfli >/dev/null; then zopfli -c "$packed" > "$packed.gz"; else gzip -9 -n -k -f "$packed"; fi
  done
}

# start_server [port] [server.py flags, e.g. --compress]: starts scripts/server.py on the
# port (0: a free one) in the background; sets SERVER_PID and BASE_URL.
start_server() {
  local port="${1:-0}"
  shift || true
  if [ "$port" = 0 ]; then
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  fi
  python3 "$ROOT/scripts/server.py" --dir "$ROOT/dist" --port "$port" "$@" >/dev/null 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 50); do
    if python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1])" "$BASE_URL/" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  log "the local server did not start on port $port"
  exit 1
}
