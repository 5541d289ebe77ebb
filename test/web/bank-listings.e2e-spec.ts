import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_ASSETS, DEMO_PARTIES } from '@app/demo-data';
import {
  e2eEnv,
  expectFitsWidth,
  launchChromium,
  openListing,
  originOf,
  pageErrorsOf,
  saveScreenshot,
  SCREENS,
} from '@app/testing';

jest.setTimeout(120_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);
const cathode = DEMO_ASSETS.find((a) => a.number === 'CN202110456789.1')!;

/**
 * The bank's journey in a real Chromium: sign in as the demo bank, see Qingyuan's cathode
 * listing with the bank's own open offer from the seed, then make an offer on a listing a
 * fresh SME opened through the API (found by its unique city) and see it listed as OPEN.
 */
describe('web console: bank makes an offer on an open listing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const { sme, listing } = await openListing();
    const pageErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      await page.goto(`${origin}/login`);
      await page.locator('[data-login="bank"]').click();
      await page.waitForURL(`${origin}/listings`);
      await page.getByRole('heading', { name: 'Open listings' }).waitFor();

      // The demo listing: the bank's seeded offer is open, so there is no second one to make.
      // Filtered to Qingyuan's city: other spec files (the soak) list many patents of their own,
      // so the unfiltered first page need not hold it.
      await page.getByLabel('City').fill(DEMO_PARTIES.qingyuan.city);
      await page.getByRole('button', { name: 'Apply' }).click();
      const demoRow = page.locator('tr', { hasText: cathode.title });
      await demoRow.waitFor();
      expect(await demoRow.textContent()).toContain(DEMO_PARTIES.qingyuan.name);
      await demoRow.getByText('Open', { exact: true }).waitFor();
      expect(await demoRow.getByRole('button', { name: 'Make offer' }).count()).toBe(0);
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `bank-listings-${name}`);

      // The fresh listing, found by its pledgor's unique city.
      await page.getByLabel('City').fill(sme.party.city);
      await page.getByRole('button', { name: 'Apply' }).click();
      const row = page.locator(`tr[data-listing="${listing.id}"]`);
      await row.waitFor();
      expect(await page.locator('tr[data-listing]').count()).toBe(1);
      await row.getByRole('button', { name: 'Make offer' }).click();

      await page.getByRole('heading', { name: 'Make an offer' }).waitFor();
      await page.getByLabel('Amount (CNY)').fill('800000');
      // Over 100 %: the hint stops it before anything is sent.
      await page.getByLabel('Annual rate (%)').fill('120');
      await page.getByLabel('Loan-to-value (%)').fill('30');
      await page.getByRole('button', { name: 'Send offer' }).click();
      await page.getByText('The annual rate must be more than 0 % and less than 100 %.').waitFor();
      await page.getByLabel('Annual rate (%)').fill('4.35');
      await page.getByLabel('Conditions (optional)').fill('Quarterly financial statements');
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `bank-offer-form-${name}`);
      await page.getByRole('button', { name: 'Send offer' }).click();

      await page.getByText(/Your offer of CNY 800,000 on .* was sent\./).waitFor();
      // Back on the list, the filter is still the one applied.
      expect(await page.getByLabel('City').inputValue()).toBe(sme.party.city);
      const offered = page.locator(`tr[data-listing="${listing.id}"]`);
      await offered.getByText('Open', { exact: true }).waitFor();
      expect(await offered.textContent()).toContain('CNY 800,000');
      expect(await offered.getByRole('button', { name: 'Make offer' }).count()).toBe(0);
      await saveScreenshot(page, env.rootDir, `bank-offer-sent-${name}`);
    });
    expect(pageErrors).toEqual([]);
  });
});
