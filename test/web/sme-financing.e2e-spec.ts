import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_ASSETS } from '@app/demo-data';
import {
  assertGqlData,
  e2eEnv,
  expectFitsWidth,
  gql,
  launchChromium,
  offerFromNewBank,
  originOf,
  pageErrorsOf,
  saveScreenshot,
  SCREENS,
  signInWithToken,
  smeWithAssets,
} from '@app/testing';

jest.setTimeout(150_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);

/**
 * The SME's financing journey in a real Chromium: a fresh enterprise (so the demo companies'
 * patents and listings stay as seeded) lists its own new patent from My patents, two banks
 * offer through the API, the SME compares the offers side by side, accepts the cheaper one,
 * signs the drafted joint application and sees it waiting for the bank.
 */
describe('web console: SME lists a patent, compares offers, accepts and signs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const sme = await smeWithAssets(1);
    const assetId = sme.assetIds[0]!;
    const asset = assertGqlData(
      await gql<{ ipAsset: { number: string; title: string } }>(
        env.gatewayUrl,
        'query($id: ID!) { ipAsset(id: $id) { number title } }',
        { id: assetId },
        { token: sme.token },
      ),
    ).ipAsset;

    const pageErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      const login = `sme-${sme.userId.slice(0, 8)}`;
      await signInWithToken(page, origin, sme.token, { login, displayName: login, roles: ['SME'] });
      await page.goto(`${origin}/patents`);
      await page.getByRole('heading', { name: 'My patents' }).waitFor();
      const row = page.locator('tr', { hasText: asset.number });
      await row.getByRole('link', { name: 'List for financing' }).click();

      await page.waitForURL(`${origin}/patents/${assetId}?list=1`);
      await page.getByRole('heading', { name: 'List for financing' }).waitFor();
      await page.getByLabel('Amount sought (CNY)').fill('1000000 yuan');
      await page.getByLabel('Purpose', { exact: true }).fill('Tooling for the new line');
      await page.getByRole('button', { name: 'List for financing' }).click();
      await page.getByText('Enter the amount as a number, such as 800000.').waitFor();
      await page.getByLabel('Amount sought (CNY)').fill('1000000');
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-list-patent-${name}`);
      await page.getByRole('button', { name: 'List for financing' }).click();
      await page.getByText(`${asset.title} is listed for CNY 1,000,000 over 12 months.`).waitFor();

      // Two banks offer through the API; the second is cheaper.
      const listings = assertGqlData(
        await gql<{ listings: { edges: { node: { id: string } }[] } }>(
          env.gatewayUrl,
          '{ listings(first: 5) { edges { node { id } } } }',
          {},
          { token: sme.token },
        ),
      ).listings.edges;
      expect(listings).toHaveLength(1);
      const listingId = listings[0]!.node.id;
      const dear = await offerFromNewBank(listingId, { amount: '1000000', annualRate: '0.0435' });
      const cheap = await offerFromNewBank(listingId, { amount: '1000000', annualRate: '0.0395', ltv: '0.5' });

      await page.getByRole('link', { name: 'Compare the offers under Financing' }).click();
      await page.waitForURL(`${origin}/financing`);
      const card = page.locator(`[data-listing="${listingId}"]`);
      await card.locator('th', { hasText: cheap.offer.lender.name }).waitFor();
      const rate = card.locator('tr[data-row="annualRate"]');
      expect(await rate.locator('td.best').textContent()).toContain('3.95 %');
      expect(await rate.locator('td:not(.best)').textContent()).toBe('4.35 %');
      // The payments come from the API's calculator; the cheaper offer costs less interest.
      const interest = card.locator('tr[data-row="totalInterest"]');
      await interest.locator('td.best').waitFor();
      expect(await interest.locator('td.best').textContent()).toMatch(/^CNY [\d,]+\.\d\d ★$/);
      expect(await card.locator('td.best').count()).toBeGreaterThanOrEqual(4);
      expect(await page.getByText('Calculating…').count()).toBe(0);
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-compare-offers-${name}`);

      await card.getByRole('button', { name: `Accept the offer of ${cheap.offer.lender.name}` }).click();
      await page.getByText(`You accepted the offer of ${cheap.offer.lender.name}.`).waitFor();
      // The other offer was declined with the acceptance.
      await page.getByText(`${dear.offer.lender.name}: CNY 1,000,000 — Declined`).waitFor();
      await page.locator('tr[data-application]').first().waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-offer-accepted-${name}`);
      await page.getByRole('link', { name: 'Review and sign it' }).click();

      await page.waitForURL(/\/applications\/[^/]+$/);
      await page.getByText('Your signature is needed: check the terms below and sign.').waitFor();
      await page.getByText('The bank: not signed yet').waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-application-draft-${name}`);
      await page.getByRole('button', { name: 'Sign the application' }).click();
      await page.getByText('You have signed. Waiting for the bank to sign.').waitFor();
      await page.getByText('Your company: signed').waitFor();
      await page.getByText('Signed by you', { exact: true }).first().waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-application-signed-${name}`);

      await page.getByRole('link', { name: 'Loans' }).click();
      await page.getByText(/No loans yet/).waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-loans-${name}`);
    });
    expect(pageErrors).toEqual([]);
  });
});

/**
 * The demo SME (read-only, so specs running alongside keep the demo data as seeded): the
 * "why" of its SRAM patent's seeded valuation, and the seeded 3,000,000 loan with its schedule.
 */
describe('web console: SME reads a valuation and its loan schedule', () => {
  let browser: Browser;
  const sram = DEMO_ASSETS.find((a) => a.number === 'CN201810123456.5')!;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const pageErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      await page.goto(`${origin}/login`);
      await page.locator('[data-login="sme"]').click();
      await page.waitForURL(`${origin}/patents`);
      await page.locator('tr', { hasText: sram.number }).getByRole('link', { name: 'Why this value?' }).click();
      await page.waitForURL(`${origin}/patents/${sram.id}`);
      const why = page.getByRole('region', { name: 'Why this value' });
      await why.getByText('How the methods were weighed').waitFor();
      const weight = why.locator('tbody tr', { hasText: 'Relief from royalty' }).first();
      expect(await weight.locator('td[data-label="Weight"]').textContent()).toMatch(/^\d+(\.\d+)? %$/);
      await why.getByText(/^Relief from royalty: CNY [\d,]+/).click();
      await why.locator('td[data-label="Present value"]').first().waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-valuation-why-${name}`);

      await page.getByRole('link', { name: 'Loans' }).click();
      await page.waitForURL(`${origin}/loans`);
      await page.getByRole('link', { name: '3.85 % over 12 months' }).click();
      await page.getByRole('heading', { name: 'Repayment schedule' }).waitFor();
      expect(await page.locator('tbody tr').count()).toBe(12);
      expect(await page.getByText('CNY 3,000,000 at 3.85 % over 12 months, equal instalments').count()).toBe(1);
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `sme-loan-schedule-${name}`);
    });
    expect(pageErrors).toEqual([]);
  });
});
