import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_ASSETS, DEMO_PARTIES } from '@app/demo-data';
import { e2eEnv, expectFitsWidth, launchChromium, originOf, pageErrorsOf, saveScreenshot, SCREENS } from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(90_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);
const smeAssets = DEMO_ASSETS.filter((a) => a.owners.some((o) => o.partyKey === 'lianxin'));

/**
 * The console in a real headless Chromium against the running stack: the gateway serves
 * dist/web, the demo SME signs in on the local login page and sees its patents, on a
 * desktop screen and on a phone. Screenshots land in test-artifacts/web/.
 */
describe('web console: SME signs in and sees My patents', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const consoleErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      // A deep link while signed out lands on the login page.
      await page.goto(`${origin}/patents`);
      await page.waitForURL(`${origin}/login`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.locator('[data-login="sme"]').waitFor();
      expect(await page.locator('[data-login]').count()).toBeGreaterThanOrEqual(6);
      await saveScreenshot(page, env.rootDir, `login-${name}`);

      await page.locator('[data-login="sme"]').click();
      await page.waitForURL(`${origin}/patents`);
      await page.getByRole('heading', { name: 'My patents' }).waitFor();
      await page.getByText(DEMO_PARTIES.lianxin.name).waitFor();
      for (const asset of smeAssets) await page.getByText(asset.title, { exact: true }).waitFor();
      // Valued assets show an amount; the unvalued say so.
      const valued = smeAssets.filter((a) => a.valuation !== null).length;
      expect(await page.getByText(/^CNY [\d,]+(\.\d\d)?$/).count()).toBe(valued);
      expect(await page.getByText('Not valued yet').count()).toBe(smeAssets.length - valued);
      // Nothing is wider than the screen.
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `my-patents-${name}`);

      // A reload keeps the session and the client route.
      await page.reload();
      await page.getByText(smeAssets[0]!.title, { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${origin}/login`);
      expect(await page.evaluate(() => window.localStorage.getItem('ipfin.session'))).toBeNull();
    });
    expect(consoleErrors).toEqual([]);
  });
});
