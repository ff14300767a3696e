// Layout checks for touch screens (issue 10, item 9): the fixed exit button never covers
// a control once that control is scrolled to or focused, nothing on the host page covers
// the button, and nothing in the widget is wider than the widget (WCAG 1.4.10 at 320 px).

/** A touch phone: `pointer: coarse`, so the exit button is fixed to a corner. */
export function phone(width, height) {
  return { viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
}

/**
 * Every visible control of the widget (the exit button itself aside) that ends up under
 * the exit button after the browser scrolls it into view, as it does on focus. Returns
 * descriptions, so an empty list means none is covered.
 */
export async function controlsUnderTheExit(page) {
  return page.evaluate(() => {
    const shadow = document.querySelector('[data-ruta]').shadowRoot;
    const exit = shadow.querySelector('[data-testid=quick-exit]');
    const selector = 'a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])';
    // Inside a closed <details> only its <summary> can be reached.
    const hidden = (el) => { const d = el.closest('details:not([open])'); return d && !d.querySelector('summary').contains(el); };
    const controls = [...shadow.querySelectorAll(selector)]
      .filter((el) => el !== exit && !hidden(el) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    const covered = [];
    for (const el of controls) {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const a = el.getBoundingClientRect();
      const b = exit.getBoundingClientRect();
      const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const inView = a.top >= 0 && a.bottom <= innerHeight;
      if (overlaps || !inView) {
        const name = (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40);
        covered.push(`${el.tagName.toLowerCase()} «${name}» ${overlaps ? 'under the exit button' : 'not in view'}`);
      }
    }
    return { count: controls.length, covered };
  });
}

/** Elements of the widget that stick out of it sideways, and whether the page scrolls sideways. */
export async function overflow(page) {
  return page.evaluate(() => {
    const shadow = document.querySelector('[data-ruta]').shadowRoot;
    const root = shadow.querySelector('[data-testid=ruta-widget]');
    const box = root.getBoundingClientRect();
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.ruta-visually-hidden') || el.getClientRects().length === 0) continue;
      if (getComputedStyle(el).position === 'fixed') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
        out.push(`${el.tagName.toLowerCase()}.${el.className || ''} ${Math.round(r.left)}–${Math.round(r.right)} (widget ${Math.round(box.left)}–${Math.round(box.right)})`);
      }
    }
    return { sticksOut: out.slice(0, 10), widgetScrolls: root.scrollWidth > root.clientWidth + 1 };
  });
}

/** Whether the exit button is on screen and is what a finger at its centre touches. */
export async function exitIsOnTop(page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-ruta]');
    const exit = host.shadowRoot.querySelector('[data-testid=quick-exit]');
    const r = exit.getBoundingClientRect();
    const onScreen = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const top = document.elementFromPoint(x, y);
    const inside = top === host ? host.shadowRoot.elementFromPoint(x, y) : top;
    return { onScreen, touched: inside === exit || exit.contains(inside), topmost: top?.id || top?.tagName };
  });
}

/** A host page's cookie banner, fixed over the bottom of the screen with a huge z-index. */
export async function addHostBanner(page) {
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.id = 'cookie-banner';
    banner.setAttribute('role', 'region');
    banner.setAttribute('aria-label', 'Aviso de cookies');
    banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:160px;z-index:2147483647;'
      + 'background:#222;color:#fff;padding:16px;font:16px sans-serif';
    // Built through the DOM and the CSSOM: style attributes in markup would be blocked by
    // the page's strict CSP (and every test fails on a CSP violation).
    const text = document.createElement('p');
    text.textContent = 'Este sitio usa cookies.';
    text.style.color = '#fff';
    const accept = document.createElement('button');
    accept.type = 'button';
    accept.textContent = 'Aceptar';
    accept.style.cssText = 'color:#000;background:#fff;min-height:44px;padding:8px';
    banner.append(text, accept);
    document.body.append(banner);
  });
}
