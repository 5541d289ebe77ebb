import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  createListingAs,
  e2eEnv,
  gql,
  pledgeInput,
  pledgeParties,
  smeWithAssets,
  sql,
  submitPledge,
  todayInChina,
  tokenFor,
  type PledgeParties,
} from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();

/** Rule 9 (the IP credit-loss list, policy REFUSE by default) at application and listing time, and the examination deadline per channel. */

const ADD_ENTRY = `mutation($input: AddCreditListEntryInput!) { addCreditListEntry(input: $input) { id } }`;
const REMOVE_ENTRY = `mutation($id: ID!, $on: LocalDate!) { removeCreditListEntry(id: $id, removedOn: $on, note: "repaired") { id } }`;

const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `n` working days after `date` on the plain week (the e2e calendar has no exceptions near today). */
function plainWorkingDaysAfter(date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0;) {
    day = shiftDays(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day;
}

async function listParty(creditCode: string, listedOn: string): Promise<string> {
  const input = { creditCode, entityName: 'Listed', conduct: 'FALSE_MATERIALS', issuingAuthority: 'CNIPA', listedOn };
  const res = await gql<{ addCreditListEntry: { id: string } }>(
    env.gatewayUrl,
    ADD_ENTRY,
    { input },
    {
      token: await tokenFor('registrar'),
    },
  );
  return assertGqlData(res).addCreditListEntry.id;
}

const pledgesOf = async (parties: PledgeParties): Promise<number> =>
  (await sql('SELECT 1 FROM registry.pledge WHERE pledgor_party_id = $1', [parties.sme.party.id])).length;

describe('credit list in pledge registration', () => {
  it('a pledgor on the credit list is refused CREDIT_LISTED (naming the party) and nothing is written', async () => {
    const parties = await pledgeParties();
    await listParty(parties.sme.party.creditCode as string, shiftDays(todayInChina(), -10));
    const result = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication;
    expect(result).toMatchObject({ accepted: false, application: null });
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'CREDIT_LISTED', partyId: parties.sme.party.id })]);
    expect(await pledgesOf(parties)).toBe(0);
  });

  it('an entry removed before today no longer refuses', async () => {
    const parties = await pledgeParties();
    const id = await listParty(parties.sme.party.creditCode as string, shiftDays(todayInChina(), -30));
    await gql(
      env.gatewayUrl,
      REMOVE_ENTRY,
      { id, on: shiftDays(todayInChina(), -1) },
      {
        token: await tokenFor('registrar'),
      },
    );
    const result = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication;
    expect(result).toMatchObject({ accepted: true, reasons: [], awaitingSignatureOf: 'PLEDGEE' });
    expect(await pledgesOf(parties)).toBe(1);
  });
});

describe('credit list at listing time', () => {
  it('a credit-listed enterprise cannot list assets for financing (FORBIDDEN CREDIT_LISTED), nothing written', async () => {
    const sme = await smeWithAssets();
    await listParty(sme.party.creditCode as string, shiftDays(todayInChina(), -3));
    assertGqlError(await createListingAs(sme, { assetIds: sme.assetIds }), {
      code: 'FORBIDDEN',
      reason: 'CREDIT_LISTED',
    });
    const rows = await sql('SELECT 1 FROM registry.listing WHERE pledgor_party_id = $1', [sme.party.id]);
    expect(rows).toHaveLength(0);
  });
});

describe('examination deadline', () => {
  it.each([
    ['ONLINE', 2],
    ['PAPER', 5],
  ])('%s filings are due %i working days after submission', async (channel, days) => {
    const parties = await pledgeParties();
    const input = pledgeInput(parties, { filingChannel: channel });
    const drafted = assertGqlData(await submitPledge(parties.sme.token, input)).submitPledgeApplication;
    const signed = assertGqlData(
      await submitPledge(parties.bank.token, { ...input, applicationId: drafted.application.id }),
    ).submitPledgeApplication;
    expect(signed.application).toMatchObject({
      status: 'SUBMITTED',
      examinationDueDate: plainWorkingDaysAfter(todayInChina(), days),
    });
  });
});
