// Starts the configurator (ruta/configurar.html). A same-origin module file, not an
// inline script, so the page's strict Content-Security-Policy allows it. Every path is
// relative to this file, like the loader's.

import init, { start } from './ruta-configurar.js';

const root = document.getElementById('configurar');
init({ module_or_path: new URL('ruta-configurar_bg.wasm', import.meta.url) })
  .then(() => start(root, new URL('.', import.meta.url).href))
  .catch((error) => console.warn('Ruta: the configurator could not start.', error));
