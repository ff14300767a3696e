// Ruta loader: the one script a host page includes.
//
// It is a same-origin module file rather than an inline script, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') allows it. Every path
// is relative to this file, so the ruta/ folder can live anywhere on the host's site.
import init from './ruta-widget.js';

init({ module_or_path: new URL('ruta-widget_bg.wasm', import.meta.url) }).catch((error) => {
  // The helplines and the exit link inside the host element stay visible and working.
  console.warn('Ruta: the widget could not start; the basic help links stay available.', error);
});
