// Ruta loader: the one script a host page includes.
//
// It is a same-origin module file rather than an inline script, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') allows it. Every path
// is relative to this file, so the ruta/ folder can live anywhere on the host's site.
//
// The wasm download starts first, in parallel with the JS glue, instead of after it: on
// a slow mobile network that saves a whole round trip before the widget appears.
const wasm = fetch(new URL('ruta-widget_bg.wasm', import.meta.url));
// A failed download is reported once, by the catch below; this keeps it from also
// surfacing as an unhandled rejection before init awaits it.
wasm.catch(() => {});

import('./ruta-widget.js')
  .then(({ default: init }) => init({ module_or_path: wasm }))
  .catch((error) => {
    // The helplines and the exit link inside the host element stay visible and working.
    console.warn('Ruta: the widget could not start; the basic help links stay available.', error);
  });
