// Ruta loader: the one script a host page includes.
//
// It is a same-origin module file rather than an inline script, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') allows it. Every path
// is relative to this file, so the ruta/ folder can live anywhere on the host's site,
// and a query string on its URL (ruta-embed.js?v=2) changes nothing.
//
// Quick exit must work from the moment this file runs, not from the moment the wasm
// arrives (seconds later on a slow phone network). So this file holds:
// - `leave`, the one implementation of quick exit's mechanics, used before the wasm and
//   handed to it when it starts;
// - a copy of two core rules, the Shift×3 shortcut (ruta_core::exit_shortcut) and the
//   exit URL check (ruta_core::exit_url), used only until the wasm takes over. The test
//   e2e/tests/loader-rules.test.mjs runs them on the cases the core rules decide
//   (e2e/fixtures/core-cases.json), so the two copies cannot drift apart.

export const DEFAULT_EXIT_URL = 'https://www.senamhi.gob.pe/';
const WINDOW_MS = 5000;
const PRESSES_TO_EXIT = 3;
// If the page is still here this long after `location.replace` (the exit URL answered
// 204 or a download, or something held the navigation), leave for the default instead.
const EXIT_FALLBACK_MS = 3000;
const OVERLAY_ID = 'ruta-exit-overlay';
// As ruta_core::config::REPLAY_MASK_ATTRIBUTES, which the configuration parser skips.
export const REPLAY_MASK_ATTRIBUTES = ['data-clarity-mask', 'data-hj-suppress', 'data-private', 'data-nosnippet'];

// ---- The Shift×3 shortcut, as ruta_core::exit_shortcut::ExitShortcut ----------------

export function newShortcut() {
  return { presses: 0, lastCountedMs: null, lastKeyWasModified: false };
}

export function expireIfDue(s, nowMs) {
  if (s.presses > 0 && s.lastCountedMs !== null && nowMs >= s.lastCountedMs + WINDOW_MS) {
    s.presses = 0;
    s.lastCountedMs = null;
    return 'expired';
  }
  return 'nothing';
}

/** `key` is 'shift' (Shift released on its own), 'other', or 'modified' (Shift held). */
export function keyUp(s, key, nowMs) {
  const expired = expireIfDue(s, nowMs) === 'expired';
  let outcome;
  if (key === 'shift' && !s.lastKeyWasModified) {
    s.presses += 1;
    s.lastCountedMs = nowMs;
    if (s.presses >= PRESSES_TO_EXIT) {
      s.presses = 0;
      s.lastCountedMs = null;
      outcome = 'exit';
    } else {
      outcome = `counted:${PRESSES_TO_EXIT - s.presses}`;
    }
  } else if (key === 'shift') {
    outcome = 'nothing';
  } else if (s.presses > 0) {
    s.presses = 0;
    s.lastCountedMs = null;
    outcome = 'cancelled';
  } else {
    outcome = expired ? 'expired' : 'nothing';
  }
  s.lastKeyWasModified = key === 'modified';
  return outcome === 'nothing' && expired ? 'expired' : outcome;
}

// ---- The exit URL, as ruta_core::exit_url ---------------------------------------------

export function validShape(raw) {
  const url = raw.trim();
  if (!/^[\x21-\x7e]+$/.test(url) || /["'<>\\`]/.test(url)) return null;
  if (url.startsWith('/')) return url.startsWith('//') ? null : url;
  const scheme = /^https?:\/\/(.*)$/i.exec(url);
  if (!scheme) return null;
  const rest = scheme[1];
  const authority = rest.split(/[/?#]/)[0].toLowerCase();
  const colon = authority.lastIndexOf(':');
  const host = colon >= 0 ? authority.slice(0, colon) : authority;
  const port = colon >= 0 ? authority.slice(colon + 1) : null;
  const hostOk = host !== '' && !/^[.-]/.test(host) && !host.endsWith('-') && /^[a-z0-9.-]+$/.test(host);
  const portOk = port === null || /^[0-9]{1,5}$/.test(port);
  return hostOk && portOk ? url : null;
}

function parts(url) {
  const m = /^([^:/?#]+):\/\/(.*)$/.exec(url);
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  const defaultPort = { https: ':443', http: ':80' }[scheme];
  if (!defaultPort) return null;
  const withoutFragment = m[2].split('#')[0];
  const q = withoutFragment.indexOf('?');
  const beforeQuery = q >= 0 ? withoutFragment.slice(0, q) : withoutFragment;
  const query = q >= 0 ? withoutFragment.slice(q + 1) : '';
  const slash = beforeQuery.indexOf('/');
  let authority = (slash >= 0 ? beforeQuery.slice(0, slash) : beforeQuery).toLowerCase();
  const path = slash >= 0 ? beforeQuery.slice(slash) : '';
  if (authority.endsWith(defaultPort)) authority = authority.slice(0, -defaultPort.length);
  return { origin: `${scheme}://${authority}`, path, query };
}

function documentPath(path) {
  const segments = [];
  const endsInFolder = path === '' || path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..');
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  let normal = `/${segments.join('/')}`;
  if (endsInFolder && !normal.endsWith('/')) normal += '/';
  for (const index of ['index.html', 'index.htm', 'index.php']) {
    if (normal.endsWith(index) && normal.slice(0, -index.length).endsWith('/')) return normal.slice(0, -index.length);
  }
  return normal;
}

/** The URL quick exit uses for `data-exit-url` on the page `pageHref`, or null for the default. */
export function exitUrlFor(raw, pageHref) {
  const exit = validShape(raw);
  if (exit === null) return null;
  const page = parts(pageHref);
  if (!page) return exit;
  const absolute = exit.startsWith('/') ? page.origin + exit : exit;
  const target = parts(absolute);
  const same = target && target.origin === page.origin && target.query === page.query
    && documentPath(target.path) === documentPath(page.path);
  return same ? null : absolute;
}

// ---- Leaving ----------------------------------------------------------------------------

let leaving = false;
let bodyDisplayBefore = null;

/**
 * Blanks the page and replaces it with `url`, all inside the click or key handler, so
 * nothing of the widget or the host page stays on screen while the next page loads:
 * 1. the host's <body> is hidden (also out of reach of keyboards and screen readers),
 *    and an overlay in the system's Canvas colour looks like an empty tab; the tab's
 *    title becomes the overlay's word;
 * 2. a no-referrer policy, so the exit site is not told which page she was on;
 * 3. the host page's own "leave site?" handlers are silenced (see silenceLeavePrompts);
 * 4. `location.replace`, not `href`, so the Back button cannot bring the page back;
 * 5. the clipboard is emptied when the widget put something there (best effort: the
 *    browser may refuse without a click);
 * 6. if the page is still here a few seconds later, the default destination, then a
 *    blank page.
 * Styles go through the CSSOM, which a strict Content-Security-Policy allows.
 */
export function leave(url, overlayText, clearClipboard) {
  if (leaving) return;
  leaving = true;
  const body = document.body;
  if (body) {
    bodyDisplayBefore = [body.style.getPropertyValue('display'), body.style.getPropertyPriority('display')];
    body.style.setProperty('display', 'none', 'important');
  }
  showOverlay(overlayText);
  mark('ruta-exit-hidden');
  const referrer = document.createElement('meta');
  referrer.name = 'referrer';
  referrer.content = 'no-referrer';
  (document.head || document.documentElement).appendChild(referrer);
  silenceLeavePrompts();
  document.title = overlayText;
  mark('ruta-exit-navigating');
  const next = [url, DEFAULT_EXIT_URL, 'about:blank'].filter((u, i, all) => all.indexOf(u) === i);
  const go = () => {
    try {
      location.replace(next.shift());
    } catch (error) {
      console.warn('Ruta: quick exit could not navigate', error);
    }
    if (next.length) fallbackTimer = setTimeout(go, EXIT_FALLBACK_MS);
  };
  let fallbackTimer;
  // Asked for before the navigation, which it never delays (it only starts a promise):
  // asked for after, the write is lost when the next page commits first.
  if (clearClipboard && navigator.clipboard) navigator.clipboard.writeText('').catch(() => {});
  go();
  window.addEventListener('pagehide', () => clearTimeout(fallbackTimer), { once: true });
}

// The host page's "leave site?" handlers (an unsaved form, a CMS plugin) would put a
// dialog over the blank page, and "Stay" would leave her there. A listener of ours cannot
// outrun one registered earlier, so for this one navigation the event's two ways of
// asking are made to do nothing.
let promptsBefore = null;
function silenceLeavePrompts() {
  window.onbeforeunload = null;
  const proto = window.BeforeUnloadEvent && window.BeforeUnloadEvent.prototype;
  if (!proto) return;
  promptsBefore = ['preventDefault', 'returnValue'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)]);
  Object.defineProperty(proto, 'preventDefault', { value() {}, configurable: true, writable: true });
  Object.defineProperty(proto, 'returnValue', { get: () => '', set() {}, configurable: true });
}

function showOverlay(text) {
  const overlay = document.createElement('div');
  overlay.id = OVERLAY_ID;
  overlay.setAttribute('role', 'alert');
  const style = [
    ['position', 'fixed'], ['inset', '0'], ['z-index', '2147483647'], ['background', 'Canvas'],
    ['color', 'CanvasText'], ['padding', '16px'], ['font', '16px system-ui, sans-serif'],
  ];
  for (const [property, value] of style) overlay.style.setProperty(property, value, 'important');
  document.documentElement.append(overlay);
  // The text goes in after the node is in the document: screen readers announce an
  // alert when its content changes, not when a filled node appears.
  overlay.textContent = text;
}

/** Undoes the blanking for a page shown again from the back-forward cache. */
function restore() {
  if (!leaving) return;
  leaving = false;
  const proto = window.BeforeUnloadEvent && window.BeforeUnloadEvent.prototype;
  for (const [name, descriptor] of promptsBefore || []) {
    if (descriptor) Object.defineProperty(proto, name, descriptor);
    else delete proto[name];
  }
  if (document.body && bodyDisplayBefore) document.body.style.setProperty('display', ...bodyDisplayBefore);
  const overlay = document.getElementById(OVERLAY_ID);
  if (overlay) overlay.remove();
}

function mark(name) {
  if (window.performance && performance.mark) performance.mark(name);
}

// ---- Starting ---------------------------------------------------------------------------

function warn(message, ...rest) {
  console.warn(`Ruta: ${message}`, ...rest);
}

/** The first [data-ruta] element that is rendered; hidden ones are never mounted on. */
function findHost() {
  const all = [...document.querySelectorAll('[data-ruta]')];
  const visible = (el) => !el.closest('[hidden]') && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const host = all.find(visible);
  for (const other of all) {
    if (other === host) continue;
    warn(visible(other)
      ? 'more than one data-ruta element; only the first visible one is used'
      : 'a data-ruta element is hidden and is not used; the widget mounts only on a visible element');
  }
  return host;
}

// Two tiny modules that validate only where the engine has what rustc 1.95 emits for
// wasm32 by default: reference types (the newest of those features in every engine) and
// bulk memory. Built by hand from the binary format: (func (drop (ref.null func))) and
// (memory 1) (func (memory.copy (i32.const 0) (i32.const 0) (i32.const 0))).
const REFERENCE_TYPES = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 208, 112, 26, 11];
const BULK_MEMORY = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0,
  65, 0, 65, 0, 252, 10, 0, 0, 11];

function validates(scope, bytes) {
  try {
    return scope.WebAssembly.validate(new Uint8Array(bytes));
  } catch (error) {
    return false;
  }
}

/**
 * What the widget needs from the browser, checked before anything is downloaded (see the
 * support table in docs/ARCHITECTURE.md). Constructed stylesheets are not required: where
 * they are missing the widget uses a <style> element, which works unless the host has a
 * strict Content-Security-Policy.
 */
export function missingFeatures(scope) {
  const wasm = typeof scope.WebAssembly === 'object' && typeof scope.WebAssembly.validate === 'function';
  const needs = {
    WebAssembly: wasm,
    'WebAssembly reference types': wasm && validates(scope, REFERENCE_TYPES),
    'WebAssembly bulk memory': wasm && validates(scope, BULK_MEMORY),
    'Shadow DOM': typeof scope.Element === 'function' && typeof scope.Element.prototype.attachShadow === 'function',
    AbortController: typeof scope.AbortController === 'function',
    TextDecoder: typeof scope.TextDecoder === 'function',
  };
  return Object.keys(needs).filter((name) => !needs[name]);
}

// ---- Downloading compressed, whatever the server does -------------------------------

// Most municipal servers send .wasm and .tsv as they are on disk: 533 KB where gzip makes
// them 210. So dist/ruta/ holds a gzip twin of each big file (x.wasm.gz beside x.wasm), and
// where the browser has DecompressionStream the twin is fetched and unpacked here. A server
// that decodes it itself (Content-Encoding: gzip on .gz files) hands over the plain bytes,
// which the magic number tells apart. A missing twin, a soft 404 page, anything that is
// neither gzip nor the expected file: the plain file, as before. No eval anywhere: the wasm
// still compiles with WebAssembly.instantiateStreaming from a Response.
// (Chromium 156 has no 'brotli' DecompressionStream, so there are no .br twins.)
const GZIP_MAGIC = [0x1f, 0x8b];
export const WASM_MAGIC = '\0asm';

/** Whether `bytes` starts with `magic` (an array of bytes or a string of Latin-1 codes). */
export function startsWith(bytes, magic) {
  const codes = typeof magic === 'string' ? [...magic].map((c) => c.charCodeAt(0)) : magic;
  return bytes.length >= codes.length && codes.every((code, i) => bytes[i] === code);
}

/** The body's first bytes (at least `n` unless it is shorter) and a stream of the whole body. */
async function peek(body, n) {
  const reader = body.getReader();
  const chunks = [];
  let length = 0;
  let done = false;
  while (length < n && !done) {
    const read = await reader.read();
    if (read.done) done = true;
    else if (read.value.length) {
      chunks.push(read.value);
      length += read.value.length;
    }
  }
  const head = new Uint8Array(length);
  chunks.reduce((at, chunk) => { head.set(chunk, at); return at + chunk.length; }, 0);
  const stream = new ReadableStream({
    pull(controller) {
      if (chunks.length) return controller.enqueue(chunks.shift());
      if (done) return controller.close();
      return reader.read().then((read) => (read.done ? controller.close() : controller.enqueue(read.value)));
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head, stream };
}

/**
 * Fetches `url` (a file beside this one) as its plain bytes, through its gzip twin
 * `url.gz` where the browser can unpack it. `plainStart` is how the plain file begins.
 * A network error or an abort is not retried (the caller's timeout stays one timeout).
 * The answer is a Response whose type is `type`, so the wasm streams into the compiler.
 */
export async function fetchPacked(url, init, plainStart, type) {
  if (typeof DecompressionStream === 'function' && typeof ReadableStream === 'function') {
    const twin = await fetch(`${url}.gz`, init);
    if (twin.ok && twin.body) {
      const { head, stream } = await peek(twin.body, Math.max(GZIP_MAGIC.length, plainStart.length));
      const gzip = startsWith(head, GZIP_MAGIC);
      if (gzip || startsWith(head, plainStart)) {
        const body = gzip ? stream.pipeThrough(new DecompressionStream('gzip')) : stream;
        return new Response(body, { headers: { 'Content-Type': type } });
      }
      stream.cancel().catch(() => {});
    }
  }
  return fetch(url, init);
}

// ---- The first screen before the wasm ---------------------------------------------------

// Each locale's first screen is prerendered at build time (examples/prerender.rs writes
// first-<lang>[-drafts].json: the widget's stylesheet and its HTML), so the loader draws it
// into the shadow root as soon as that small file is here, long before the wasm has
// downloaded and compiled; the wasm then draws the same screen and takes its place
// (src/takeover.rs). The choice copies the core's: the locale (ruta_core::l10n::
// negotiate_among), data-drafts, data-municipality (ruta_core::config), held to them by
// e2e/fixtures/core-cases.json like the exit rules above.

export const LOCALES = ['es', 'en', 'qu', 'ay'];
export const DRAFT_LOCALES = ['qu', 'ay'];
// The wasm carries only Spanish's messages; for another locale the loader downloads
// messages-<lang>.txt beside the wasm (ruta_core::l10n::read_download reads it).
export const BUILT_IN_LOCALE = 'es';
export const MESSAGES_HEADER = 'ruta-messages\t1\t';
export const LOCALE_ALIASES = {
  que: 'qu', quz: 'qu', quy: 'qu', qub: 'qu', qud: 'qu', quf: 'qu', qug: 'qu', quh: 'qu', quk: 'qu', qul: 'qu',
  qup: 'qu', qur: 'qu', qus: 'qu', qvc: 'qu', qve: 'qu', qvi: 'qu', qvn: 'qu', qvz: 'qu', qxp: 'qu',
  aym: 'ay', ayr: 'ay', ayc: 'ay',
};
// What a language identifier must look like to be read at all (as ruta_core::l10n reads
// it): language, then optionally script, region and variants.
const LANGUAGE_TAG = /^([a-z]{2,3}|[a-z]{5,8})(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/i;
const MAX_MUNICIPALITY_CHARS = 120;
// How long the widget's start waits for the first-screen file, which carries its
// stylesheet, when the wasm came first; after that it links ruta-widget.css instead.
const FIRST_SCREEN_WAIT_MS = 3000;

/** As ruta_core::l10n::supported: the locale shipped for a language tag, or null. */
export function supportedLocale(tag) {
  const normal = String(tag).trim().replace(/_/g, '-');
  if (!LANGUAGE_TAG.test(normal)) return null;
  const primary = normal.split('-')[0].toLowerCase();
  const id = LOCALE_ALIASES[primary] || primary;
  return LOCALES.includes(id) ? id : null;
}

/**
 * What the first screen shows for these attribute values (null where absent) and browser
 * languages: { lang, drafts, municipality }, as the wasm will decide it.
 */
export function firstScreenChoice(attrs, browserLangs) {
  const draftsRaw = attrs.drafts === null ? '' : attrs.drafts.trim().toLowerCase();
  const drafts = draftsRaw === 'true';
  const offered = LOCALES.filter((id) => drafts || !DRAFT_LOCALES.includes(id));
  const pageLang = attrs.lang === null ? null : supportedLocale(attrs.lang);
  const candidates = [pageLang, ...browserLangs.map(supportedLocale)].filter((id) => id !== null);
  const lang = candidates.find((id) => offered.includes(id)) || 'es';
  let municipality = null;
  if (attrs.municipality !== null) {
    const name = attrs.municipality.split(/[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u).filter(Boolean).join(' ');
    // char::is_control is the Cc category.
    const ok = name !== '' && [...name].length <= MAX_MUNICIPALITY_CHARS && !/\p{Cc}/u.test(name);
    municipality = ok ? name : null;
  }
  return { lang, drafts, municipality };
}

/**
 * Draws the prerendered first screen into a new shadow root of `host`, with the quick exit
 * link going to `exitUrl` through `onExit`. Returns the shadow root, or null where nothing
 * was drawn (constructed stylesheets missing: a <style> would break a strict CSP).
 */
function drawFirstScreen(host, data, choice, exitUrl, onExit) {
  if (host.shadowRoot || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in Document.prototype)) return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(data.css);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const screen = document.createElement('div');
  screen.setAttribute('data-ruta-prerendered', '');
  // Our own file, from our own folder; the municipality goes in as text, never as HTML.
  screen.innerHTML = choice.municipality === null ? data.htmlNoMunicipality : data.html;
  if (choice.municipality !== null) {
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.includes(data.slot)) node.data = node.data.split(data.slot).join(choice.municipality);
    }
  }
  const exit = screen.querySelector('[data-testid="quick-exit"]');
  if (exit) {
    exit.setAttribute('href', exitUrl);
    exit.addEventListener('click', onExit);
    exit.addEventListener('auxclick', onExit);
  }
  shadow.append(screen);
  // As the widget does (src/components/quick_exit.rs): on touch screens the exit button
  // floats in the top layer. Done here too, so the takeover moves nothing.
  const coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  if (exit && coarse && typeof exit.showPopover === 'function') {
    try {
      exit.showPopover();
    } catch (error) { /* the CSS fallback places it */ }
  }
  return shadow;
}

/** The words for the blank overlay before the wasm has its translations. */
function overlayWord(host) {
  const lang = (host.getAttribute('data-lang') || document.documentElement.lang || '').toLowerCase();
  return lang.startsWith('en') ? 'Loading.' : 'Cargando.';
}

function start() {
  console.info('Ruta __RUTA_VERSION__: loader running; the widget files are read from', new URL('.', import.meta.url).href);
  const host = findHost();
  if (!host) {
    warn('no visible element with data-ruta was found; nothing to mount');
    return;
  }
  // Session-replay and heat-map tools that honour these markers leave the widget out of
  // their recordings (docs/EMBEDDING.md asks webmasters not to run them on this page).
  host.classList.add('rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block', 'hj-suppress');
  for (const attribute of REPLAY_MASK_ATTRIBUTES) {
    host.setAttribute(attribute, attribute === 'data-clarity-mask' ? 'true' : '');
  }

  // Quick exit before the wasm: the fallback link and Shift×3.
  const configured = host.getAttribute('data-exit-url');
  const exitUrl = exitUrlFor(configured === null ? DEFAULT_EXIT_URL : configured, location.href) || DEFAULT_EXIT_URL;
  const early = () => leave(exitUrl, overlayWord(host), false);
  const link = host.querySelector('a[data-ruta-exit]') || host.querySelector('a[href]:not([href^="tel:"])');
  const onLink = (event) => {
    // A middle click or "open in new tab" must not leave this page open behind it.
    if (event.type === 'auxclick' && event.button !== 1) return;
    event.preventDefault();
    early();
  };
  if (link) {
    link.addEventListener('click', onLink);
    link.addEventListener('auxclick', onLink);
  }
  const shortcut = newShortcut();
  const onKeyUp = (event) => {
    const key = event.key === 'Shift' ? 'shift' : event.shiftKey ? 'modified' : 'other';
    if (keyUp(shortcut, key, performance.now()) === 'exit') early();
  };
  document.addEventListener('keyup', onKeyUp, { capture: true, passive: true });
  const handOver = () => {
    document.removeEventListener('keyup', onKeyUp, { capture: true });
    if (link) {
      link.removeEventListener('click', onLink);
      link.removeEventListener('auxclick', onLink);
    }
  };
  window.addEventListener('pageshow', (event) => { if (event.persisted) restore(); });

  const missing = missingFeatures(window);
  if (missing.length) {
    warn(`this browser lacks ${missing.join(', ')}; the basic help links and quick exit stay available`);
    return;
  }
  // The first screen's small file first, then the wasm, in parallel with the JS glue: on a
  // slow mobile network each file waited for is a round trip more before the widget appears.
  const choice = firstScreenChoice({
    lang: host.getAttribute('data-lang'),
    drafts: host.getAttribute('data-drafts'),
    municipality: host.getAttribute('data-municipality'),
  }, [...(navigator.languages || [])]);
  let phase = 'loading';
  let shadow = null;
  // The widget's stylesheet is not in its wasm: it comes in this file (src/mount.rs).
  let css;
  const firstFile = new URL(`first-${choice.lang}${choice.drafts ? '-drafts' : ''}.json`, import.meta.url).href;
  const firstScreen = fetchPacked(firstFile, {}, '{', 'application/json')
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      if (data && typeof data.css === 'string') css = data.css;
      if (data && phase === 'loading') shadow = drawFirstScreen(host, data, choice, exitUrl, onLink);
    })
    .catch((error) => warn('the first screen could not be drawn early; it comes with the widget.', error));
  const wasm = fetchPacked(new URL('ruta-widget_bg.wasm', import.meta.url).href, {}, WASM_MAGIC, 'application/wasm');
  // A failed download is reported once, by the catch below; this keeps it from also
  // surfacing as an unhandled rejection before init awaits it.
  wasm.catch(() => {});
  // The visitor's language, where it is not the wasm's own Spanish: a missing file makes
  // the widget start in Spanish, never keeps it from starting.
  const messages = choice.lang === BUILT_IN_LOCALE
    ? Promise.resolve(undefined)
    : fetchPacked(new URL(`messages-${choice.lang}.txt`, import.meta.url).href, { cache: 'no-store', credentials: 'omit' },
      MESSAGES_HEADER, 'text/plain; charset=utf-8')
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined);
  import('./ruta-widget.js')
    .then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      const text = await messages;
      // The first-screen file was asked for first and is small, but the wasm can still
      // come first (a cached wasm, a slow reply): its stylesheet is worth a short wait, so
      // the widget neither starts unstyled nor fetches ruta-widget.css besides.
      await Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);
      // A task of its own for the widget's start: instantiating and then compiling, on
      // first call, every function the first render uses were one long task that kept a
      // cheap phone from answering a tap for a quarter of a second (docs/ARCHITECTURE.md,
      // "Fast on a slow network"). The loader's quick exit keeps working in between.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const assetsBase = new URL('.', import.meta.url).href;
      // The widget draws over the next few tasks and calls handOver once its tree has
      // replaced the first screen, its own shortcut listening by then: no key press falls
      // between the loader's shortcut and the widget's.
      // Where the loader drew the first screen, its stylesheet is already adopted: the
      // text is not handed over again (copying 10 KB into the wasm cost a cheap phone
      // 20 ms).
      phase = 'started';
      glue.start(host, assetsBase, leave, fetchPacked, text, shadow ? undefined : css, handOver);
    })
    .catch((error) => {
      // The helplines and the exit link inside the host element stay visible and working:
      // a prerendered first screen gives way to them (a <slot> shows the host's own HTML).
      phase = 'failed';
      if (shadow) {
        shadow.adoptedStyleSheets = [];
        shadow.replaceChildren(document.createElement('slot'));
      }
      warn('the widget could not start; the basic help links stay available.', error);
    });
}

if (typeof document !== 'undefined') start();
