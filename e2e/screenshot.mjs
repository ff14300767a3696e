// Refreshes docs/demo.png, the README's picture of the demo page (desktop and phone).
// Run with the demo served: BASE_URL=http://127.0.0.1:8080 node screenshot.mjs
import { launch, openPage, openWidget } from './lib/harness.mjs';

const browser = await launch();
try {
  const { context, page } = await openPage(browser, { viewport: { width: 1100, height: 1100 } });
  await openWidget(page);
  await page.locator('#orientacion').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '../docs/demo.png' });
  await context.close();
  const phone = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  await openWidget(phone.page);
  await phone.page.getByTestId('safety-note-continue').tap();
  await phone.page.getByTestId('screen-home').scrollIntoViewIfNeeded();
  await phone.page.screenshot({ path: '../docs/demo-phone.png' });
  await phone.context.close();
} finally {
  await browser.close();
}
