import { readFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DEMO_PARTIES } from '@app/demo-data';
import {
  e2eEnv,
  expectFitsWidth,
  launchChromium,
  originOf,
  pageErrorsOf,
  saveScreenshot,
  SCREENS,
  todayInChina,
} from '@app/testing';

jest.setTimeout(120_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);
const today = todayInChina();
const year = Number(today.slice(0, 4));
// The demo pledge is registered when the stack is seeded: today, so in today's quarter.
const demoQuarter = Math.ceil(Number(today.slice(5, 7)) / 3);

/**
 * The program office's pages in a real Chromium, read only (the demo data other specs read is
 * left as it is): the dashboard of Suzhou's year with its chart, quarter figures and a CSV
 * export; the subsidy claims by quarter; the risk fund's position.
 */
describe('web console: program staff read the dashboard, subsidies and risk fund', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const pageErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      await page.goto(`${origin}/login`);
      await page.locator('[data-login="program"]').click();
      await page.waitForURL(`${origin}/dashboard`);
      await page.getByRole('heading', { name: 'Dashboard', exact: true }).waitFor();
      await page.getByText(`${DEMO_PARTIES.suzhouProgram.city} · ${year}`).first().waitFor();

      // The chart: ECharts' SVG with the quarter bars drawn as paths.
      const chart = page.locator('[data-chart="volume"] svg');
      await chart.waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-chart="volume"] svg path').length >= 4);

      // The figures table: the demo pledge's quarter has at least that registration and an amount.
      const row = page.locator(`.quarter-table tbody tr[data-quarter="${demoQuarter}"]`);
      await row.waitFor();
      const registrations = Number(await row.locator('td[data-label="Registrations"]').textContent());
      expect(registrations).toBeGreaterThanOrEqual(1);
      expect(await row.locator('td[data-label="Registered"]').textContent()).toMatch(/^[1-9][\d,]*(\.\d{2})?$/);
      await page.getByRole('region', { name: 'By district' }).getByText(DEMO_PARTIES.lianxin.district).waitFor();
      await page.getByRole('region', { name: 'By bank' }).getByText(DEMO_PARTIES.jiangsuBank.name).waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `program-dashboard-${name}`);

      // The export: a file under the server's name, with the CSV header line.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).first().click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = await readFile(await download.path());
      expect(csv.byteLength).toBeGreaterThan(0);
      const header = csv
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0];
      expect(header).toBe('Figure,Key,Count,Amount (CNY),Enterprises,Ratio');

      await page.getByRole('link', { name: 'Subsidies' }).click();
      await page.waitForURL(`${origin}/subsidies`);
      await page.getByRole('heading', { name: 'Subsidies', exact: true }).waitFor();
      const quarters = page.getByRole('table', { name: `Claims of ${year} by quarter` });
      await quarters.waitFor();
      expect(await quarters.locator('tbody tr').count()).toBe(4);
      await page.locator('[data-totals="claims"]').waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `program-subsidies-${name}`);

      await page.getByRole('link', { name: 'Risk fund' }).click();
      await page.waitForURL(`${origin}/risk-fund`);
      await page.getByRole('heading', { name: 'Suzhou IP Pledge Financing Risk-Compensation Fund' }).waitFor();
      await page.getByText('City budget allocation, first tranche').first().waitFor();
      expect(await page.locator('[data-figure="balance"]').textContent()).toMatch(/^CNY [\d,]+(\.\d{2})?$/);
      expect(await page.locator('[data-figure="contributions"]').textContent()).toMatch(/^CNY [\d,]+(\.\d{2})?$/);
      await page.getByRole('heading', { name: 'Claims awaiting decision' }).waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `program-risk-fund-${name}`);
    });
    expect(pageErrors).toEqual([]);
  });
});
