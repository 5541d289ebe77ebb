import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import {
  assertGqlData,
  decideOffer,
  e2eEnv,
  expectFitsWidth,
  gql,
  launchChromium,
  makeOfferAs,
  offerInput,
  openListing,
  originOf,
  pageErrorsOf,
  saveScreenshot,
  SCREENS,
  submitPledge,
  tokenFor,
} from '@app/testing';

jest.setTimeout(180_000);

const env = e2eEnv();
const origin = originOf(env.gatewayUrl);

interface DraftFile {
  id: string;
  pledgorPartyId: string;
  pledgeePartyId: string;
  claimType: string;
  claimAmount: { amount: string; currency: string };
  debtorDueDate: string;
  guaranteeScope: string;
  forfeitureClause: boolean;
  assets: { assetId: string }[];
}

/**
 * A fresh SME's listing, the demo bank's offer on it, accepted, and the SME's signature on the
 * draft the acceptance created: the file now waits for the demo bank. The asset is valued by
 * the bank through the API, so the page can set the claim against a valuation.
 */
async function applicationAwaitingTheBank(): Promise<{ applicationId: string; assetNumber: string }> {
  const { sme, listing } = await openListing();
  const bank = { token: await tokenFor('bank') };
  const assetId = listing.assets[0]!.assetId;
  assertGqlData(
    await gql(
      env.gatewayUrl,
      `mutation($input: CreateValuationInput!) { createValuation(input: $input) { id } }`,
      {
        input: {
          assetId,
          assumptions: {
            currency: 'CNY',
            economicLifeYears: 10,
            taxRate: '0.25',
            discountRate: '0.11',
            reliefFromRoyalty: {
              projection: { baseRevenue: '30000000', growthRate: '0.05', years: 10 },
              royaltyRate: '0.04',
            },
          },
        },
      },
      bank,
    ),
  );
  const offer = assertGqlData(await makeOfferAs(bank, offerInput(listing.id, { amount: '600000' }))).makeOffer;
  const accepted = assertGqlData(await decideOffer(sme, 'acceptOffer', offer.id)).acceptOffer;
  const applicationId = accepted.pledgeApplicationId!;
  const draft = assertGqlData(
    await gql<{ pledgeApplication: DraftFile }>(
      env.gatewayUrl,
      `query($id: ID!) { pledgeApplication(id: $id) { id pledgorPartyId pledgeePartyId claimType
        claimAmount { amount currency } debtorDueDate guaranteeScope forfeitureClause assets { assetId } } }`,
      { id: applicationId },
      { token: sme.token },
    ),
  ).pledgeApplication;
  const signed = assertGqlData(
    await submitPledge(sme.token, {
      applicationId,
      pledgorPartyId: draft.pledgorPartyId,
      pledgeePartyId: draft.pledgeePartyId,
      securedClaim: { type: draft.claimType, ...draft.claimAmount },
      debtorDueDate: draft.debtorDueDate,
      assetIds: draft.assets.map((a) => a.assetId),
      guaranteeScope: draft.guaranteeScope,
      forfeitureClause: draft.forfeitureClause,
    }),
  ) as { submitPledgeApplication: { awaitingSignatureOf: string | null } };
  expect(signed.submitPledgeApplication.awaitingSignatureOf).toBe('PLEDGEE');
  return { applicationId, assetNumber: listing.assets[0]!.asset.number };
}

/**
 * The bank's review journey in a real Chromium: the file the SME signed waits under "Awaiting
 * your signature" with its deadline; its page shows the LTV against the bank's policy and the
 * checks before signing; the bank signs and the file moves to the registrar. Then the
 * portfolio's loans with totals and the pools the bank arranges.
 */
describe('web console: bank reviews and signs a pledge application', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('at %s width (%i px)', async (name, width, height) => {
    const { applicationId, assetNumber } = await applicationAwaitingTheBank();
    const pageErrors = await pageErrorsOf(browser, { width, height }, async (page) => {
      await page.goto(`${origin}/login`);
      await page.locator('[data-login="bank"]').click();
      await page.waitForURL(`${origin}/listings`);

      await page.getByRole('link', { name: 'Reviews' }).click();
      await page.getByRole('heading', { name: 'Reviews' }).waitFor();
      await page.getByRole('tab', { name: /Awaiting your signature/ }).click();
      const row = page.locator(`tr[data-application="${applicationId}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain(assetNumber);
      expect(await row.textContent()).toContain('Debt due');
      expect(await row.textContent()).toMatch(/\d+ days left/);
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `bank-reviews-${name}`);

      await row.getByRole('link', { name: 'Review' }).click();
      await page.getByRole('heading', { name: 'Checks before signing' }).waitFor();
      // The asset is valued and unpledged: the only checks are the bank's own policy's.
      await page.getByTestId('ltv').waitFor();
      expect(await page.getByTestId('ltv').textContent()).toMatch(/^\d+(\.\d+)? %$/);
      expect(await page.getByText('Would be refused').count()).toBe(0);
      expect(await page.getByTestId('application-state').textContent()).toBe('Draft');
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `bank-review-checks-${name}`);

      await page.getByRole('button', { name: 'Sign and submit' }).click();
      await page.getByTestId('application-state').getByText('Submitted').waitFor();
      await page.getByText('Examination due').waitFor();
      expect(await page.getByRole('button', { name: 'Sign and submit' }).count()).toBe(0);
      await saveScreenshot(page, env.rootDir, `bank-review-signed-${name}`);

      await page.getByRole('link', { name: 'Back to reviews' }).click();
      await page.getByRole('tab', { name: /With the registrar/ }).click();
      await page.locator(`tr[data-application="${applicationId}"]`).getByText('Examination due').waitFor();

      await page.getByRole('link', { name: 'Portfolio' }).click();
      await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
      // The demo bank's disbursed loan is in the totals.
      await page.locator('[data-currency="CNY"]').getByTestId('total-outstanding').waitFor();
      expect(await page.locator('tr[data-loan]').count()).toBeGreaterThan(0);
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `bank-portfolio-${name}`);

      await page.getByRole('link', { name: 'Pools' }).click();
      await page.getByRole('heading', { name: 'Pools' }).waitFor();
      await page.locator('[data-pool]').first().getByText('Balance').waitFor();
      await expectFitsWidth(page, width);
      await saveScreenshot(page, env.rootDir, `bank-pools-${name}`);
    });
    expect(pageErrors).toEqual([]);
  });
});
