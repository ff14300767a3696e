// A minimal W3C WebDriver client for WebKitGTK's WebKitWebDriver (Debian's
// webkit2gtk-driver), which drives MiniBrowser: the engine of Safari on iPhone, the one
// engine that cannot be downloaded here any other way. No dependency: fetch and JSON.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

export const KEY = { shift: '\uE008' };

/** Starts WebKitWebDriver and opens one MiniBrowser session. */
export async function startSession() {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${base}/status`)).ok) break; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  const created = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  });
  const id = created.sessionId;
  const s = (path) => `/session/${id}${path}`;
  return {
    goto: (url) => call('POST', s('/url'), { url }),
    url: () => call('GET', s('/url')),
    title: () => call('GET', s('/title')),
    back: () => call('POST', s('/back'), {}),
    /** Runs `fn` (source text of a function body's expression) in the page with `args`. */
    run: (script, ...args) => call('POST', s('/execute/sync'), { script, args }),
    runAsync: (script, ...args) => call('POST', s('/execute/async'), { script, args }),
    pressKeys: (...keys) => call('POST', s('/actions'), {
      actions: [{ type: 'key', id: 'keyboard', actions: keys.flatMap((k) => [{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }]) }],
    }),
    /** Waits until `script` returns a truthy value, and returns it. */
    async until(script, { timeout = 15_000, args = [] } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        let value;
        try { value = await call('POST', s('/execute/sync'), { script, args }); } catch { value = undefined; }
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for: ${script}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await call('DELETE', s('')).catch(() => {});
      driver.kill();
    },
  };
}
