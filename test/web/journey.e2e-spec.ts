import { jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PARTIES } from '@app/demo-data';
import {
  assertGqlData,
  e2eEnv,
  examinationQueueRow,
  expectFitsWidth,
  gql,
  launchChromium,
  originOf,
  pagesErrorsOf,
  saveScreenshot,
  SCREENS,
  signInWithToken,
  smeWithAssets,
} from '@app/testing';

jest.setTimeout(240_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);
const bankName = DEMO_PARTIES.jiangsuBank.name;

/** The year as the program office counts it (registrations fall in China's calendar). */
const chinaYear = (): number =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

async function signInAsDemo(page: Page, login: string, landing: string): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.locator(`[data-login="${login}"]`).click();
  await page.waitForURL(`${origin}${landing}`);
}

/**
 * One pledge through the whole platform, every step in the browser by the user whose step it
 * is, each in their own session side by side: a fresh SME lists its patent, the demo bank
 * offers, the SME compares and accepts and signs, the bank checks and signs, the registrar
 * registers from the queue, the program office's dashboard for the SME's city moves from
 * nothing to the new pledge, and a visitor finds it in the public register. The SME is a
 * fresh enterprise in a city of its own, so the dashboard's figures are this journey's alone.
 */
describe('web console: the cross-role journey from listing to dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)(
    'list -> offer -> accept -> sign -> register -> dashboard moves, at %s width',
    async (name, width, height) => {
      const sme = await smeWithAssets(1);
      const asset = assertGqlData(
        await gql<{ ipAsset: { number: string; title: string } }>(
          env.gatewayUrl,
          'query($id: ID!) { ipAsset(id: $id) { number title } }',
          { id: sme.assetIds[0]! },
          { token: sme.token },
        ),
      ).ipAsset;
      const city = sme.party.city;
      const dashboardPath = `/dashboard?city=${encodeURIComponent(city)}&year=${chinaYear()}`;
      const shot = (page: Page, step: string) => saveScreenshot(page, env.rootDir, `journey-${step}-${name}`);

      const errors = await pagesErrorsOf(
        browser,
        { width, height },
        ['sme', 'bank', 'registrar', 'program', 'visitor'],
        async ({ sme: smePage, bank, registrar, program, visitor }) => {
          // Program office, before: nothing registered in the SME's city this year.
          await signInAsDemo(program, 'program', '/dashboard');
          await program.goto(`${origin}${dashboardPath}`);
          await program.getByText(`No pledge has been registered in ${city}`, { exact: false }).waitFor();
          await shot(program, '1-dashboard-before');

          // SME lists its patent.
          const login = `sme-${sme.userId.slice(0, 8)}`;
          await signInWithToken(smePage, origin, sme.token, { login, displayName: login, roles: ['SME'] });
          await smePage.goto(`${origin}/patents`);
          await smePage
            .locator('tr', { hasText: asset.number })
            .getByRole('link', { name: 'List for financing' })
            .click();
          await smePage.getByLabel('Amount sought (CNY)').fill('1000000');
          await smePage.getByLabel('Purpose', { exact: true }).fill('Tooling for the new line');
          await smePage.getByRole('button', { name: 'List for financing' }).click();
          await smePage.getByText(`${asset.title} is listed for CNY 1,000,000 over 12 months.`).waitFor();
          await shot(smePage, '2-listed');

          // Bank finds it by the SME's city and offers.
          await signInAsDemo(bank, 'bank', '/listings');
          await bank.getByLabel('City').fill(city);
          await bank.getByRole('button', { name: 'Apply' }).click();
          const listingRow = bank.locator('tr[data-listing]', { hasText: asset.number });
          await listingRow.getByRole('button', { name: 'Make offer' }).click();
          await bank.getByLabel('Amount (CNY)').fill('900000');
          await bank.getByLabel('Annual rate (%)').fill('4.2');
          await bank.getByLabel('Loan-to-value (%)').fill('50');
          await bank.getByRole('button', { name: 'Send offer' }).click();
          await bank.getByText(/Your offer of CNY 900,000 on .* was sent\./).waitFor();
          await shot(bank, '3-offer-sent');

          // SME compares, accepts and signs the joint application.
          await smePage.getByRole('link', { name: 'Financing', exact: true }).click();
          await smePage.getByRole('button', { name: `Accept the offer of ${bankName}` }).click();
          await smePage.getByText(`You accepted the offer of ${bankName}.`).waitFor();
          await shot(smePage, '4-accepted');
          await smePage.getByRole('link', { name: 'Review and sign it' }).click();
          await smePage.waitForURL(/\/applications\/[^/]+$/);
          const applicationId = new URL(smePage.url()).pathname.split('/').pop()!;
          await smePage.getByRole('button', { name: 'Sign the application' }).click();
          await smePage.getByText('You have signed. Waiting for the bank to sign.').waitFor();
          await shot(smePage, '5-sme-signed');

          // Bank reviews the file's checks and signs: the file goes to the registrar.
          await bank.getByRole('link', { name: 'Reviews', exact: true }).click();
          await bank.getByRole('tab', { name: /Awaiting your signature/ }).click();
          await bank.locator(`tr[data-application="${applicationId}"]`).getByRole('link', { name: 'Review' }).click();
          await bank.getByRole('heading', { name: 'Checks before signing' }).waitFor();
          expect(await bank.getByText('Would be refused').count()).toBe(0);
          await bank.getByRole('button', { name: 'Sign and submit' }).click();
          await bank.getByTestId('application-state').getByText('Submitted').waitFor();
          await shot(bank, '6-bank-signed');

          // Registrar registers it from the examination queue.
          await signInAsDemo(registrar, 'registrar', '/examination');
          const queued = await examinationQueueRow(registrar, applicationId);
          await queued.getByRole('link', { name: 'Examine' }).click();
          await registrar.getByRole('radio', { name: /Register/ }).check();
          await registrar.getByRole('button', { name: 'Register the pledge' }).click();
          await registrar
            .getByText(/The pledge is registered under number \S+ and now appears in the public register\./)
            .waitFor();
          await shot(registrar, '7-registered');

          // The SME sees its pledge registered.
          await smePage.reload();
          await smePage.getByText('Registered', { exact: true }).first().waitFor();

          // Program office, after: the city's dashboard moved by exactly this pledge.
          await program.reload();
          const current = program.locator('.quarter-table tbody tr[aria-current="true"]');
          await current.waitFor();
          expect(await current.locator('td[data-label="Registrations"]').textContent()).toBe('1');
          expect(await current.locator('td[data-label="Registered"]').textContent()).toBe('900,000');
          await program.locator('[data-chart="volume"] svg').waitFor();
          await shot(program, '8-dashboard-after');

          // A visitor who never signed in finds it in the public register.
          await visitor.goto(`${origin}/register`);
          await visitor.getByLabel('Pledgor or pledgee name').fill(sme.party.name);
          await visitor.getByRole('button', { name: 'Search' }).click();
          await visitor.locator('tr[data-registration]', { hasText: asset.number }).waitFor();
          await shot(visitor, '9-public-register');

          for (const page of [smePage, bank, registrar, program, visitor]) await expectFitsWidth(page, width);
        },
      );
      expect(errors).toEqual([]);
    },
  );
});
