import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import {
  e2eEnv,
  examinationQueueRow,
  expectFitsWidth,
  launchChromium,
  originOf,
  pageErrorsOf,
  pledgeParties,
  saveScreenshot,
  SCREENS,
  sql,
  submittedPledge,
  todayInChina,
} from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);

/**
 * The registrar's journey in a real Chromium: two fresh applications signed by both parties
 * through the API, one of them three days past its deadline; the queue lists the overdue one
 * first; the registrar registers the other, and a signed-out visitor finds the registration
 * in the public register by its pledgor's unique name and exports it as CSV.
 */
describe('web console: registrar examines a pledge, the public register shows it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const [parties, lateParties] = await Promise.all([pledgeParties(), pledgeParties()]);
    const [id, lateId] = await Promise.all([submittedPledge(parties), submittedPledge(lateParties)]);
    // Three days past the deadline: the examination deadline cannot be set through the API.
    await sql('UPDATE registry.pledge SET examination_due_date = $2::date - 3 WHERE id = $1', [lateId, todayInChina()]);

    const registrarErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      await page.goto(`${origin}/login`);
      await page.locator('[data-login="registrar"]').click();
      await page.waitForURL(`${origin}/examination`);
      await page.getByRole('heading', { name: 'Examination' }).waitFor();

      const late = await examinationQueueRow(page, lateId);
      const mine = await examinationQueueRow(page, id);
      expect(await late.textContent()).toContain('3 days overdue');
      expect(await mine.textContent()).toContain(parties.assetNumber);
      expect(await mine.textContent()).toMatch(/Due today|Due tomorrow|\d+ days left/);
      // Overdue files come first: the late file's row is above the fresh one.
      const order = await page
        .locator('tr[data-application]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-application')));
      expect(order.indexOf(lateId)).toBeLessThan(order.indexOf(id));
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `registrar-queue-${name}`);

      await mine.getByRole('link', { name: 'Examine' }).click();
      await page.waitForURL(`${origin}/examination/${id}`);
      await page.getByRole('heading', { name: /^Pledge of / }).waitFor();
      await page.getByText(parties.sme.party.name).waitFor();
      await page.getByText(parties.assetNumber).waitFor();
      expect(await page.getByText('Signed', { exact: true }).count()).toBe(2);
      await page.getByText('CNY 5,000,000').waitFor();
      await page.getByText('principal, interest and costs of realisation').waitFor();

      // Refusing without a ground is stopped before anything is sent.
      await page.getByRole('radio', { name: /Refuse/ }).check();
      await page.getByRole('button', { name: 'Refuse the application' }).click();
      await page.getByText('Tick at least one ground for the refusal.').waitFor();

      await page.getByRole('radio', { name: /Register/ }).check();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `registrar-file-${name}`);
      await page.getByRole('button', { name: 'Register the pledge' }).click();
      await page
        .getByText(/The pledge is registered under number \S+ and now appears in the public register\./)
        .waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `registrar-registered-${name}`);
    });
    expect(registrarErrors).toEqual([]);

    // A visitor who never signed in, in a fresh context.
    const visitorErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      await page.goto(`${origin}/register`);
      await page.getByRole('heading', { name: 'Public pledge register' }).waitFor();
      expect(page.url()).toBe(`${origin}/register`);
      await page.getByText(/Anyone may read and export the register without signing in/).waitFor();
      expect(await page.getByRole('link', { name: 'sign in' }).getAttribute('href')).toBe('/login');

      await page.getByLabel('Pledgor or pledgee name').fill(parties.sme.party.name);
      await page.getByRole('button', { name: 'Search' }).click();
      const row = page.locator('tr[data-registration]', { hasText: parties.assetNumber });
      await row.waitFor();
      expect(await page.locator('tr[data-registration]').count()).toBe(1);
      expect(await row.textContent()).toContain(parties.sme.party.name);
      await row.getByText('Registered', { exact: true }).waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `public-register-${name}`);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^pledge-register-.*\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain(parties.sme.party.name);
      expect(csv).toContain(parties.assetNumber);
      await page.getByText(/Downloaded pledge-register-.*\.csv with 1 registration\./).waitFor();
    });
    expect(visitorErrors).toEqual([]);
  });
});
