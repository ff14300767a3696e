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
  // The wasm download starts first, in parallel with the JS glue, instead of after it: on
  // a slow mobile network that saves a whole round trip before the widget appears.
  const wasm = fetch(new URL('ruta-widget_bg.wasm', import.meta.url));
  // A failed download is reported once, by the catch below; this keeps it from also
  // surfacing as an unhandled rejection before init awaits it.
  wasm.catch(() => {});
  import('./ruta-widget.js')
    .then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      const assetsBase = new URL('.', import.meta.url).href;
      // Mounting and handing over happen in one task, so no key press can fall between
      // the loader's shortcut and the widget's: exactly one is listening at any time.
      if (glue.start(host, assetsBase, leave)) handOver();
    })
    .catch((error) => {
      // The helplines and the exit link inside the host element stay visible and working.
      warn('the widget could not start; the basic help links stay available.', error);
    });
}

if (typeof document !== 'undefined') start();
