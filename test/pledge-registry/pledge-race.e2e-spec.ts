import { jest } from '@jest/globals';
import {
  assertGqlData,
  examinePledge,
  pledgeInput,
  pledgeParties,
  registerBankUser,
  sql,
  submitPledge,
  type PledgeParties,
} from '@app/testing';

jest.setTimeout(180_000);

const RACERS = 32;

/**
 * One active pledge per patent under concurrency: 32 different SUBMITTED applications on
 * the same patent, examined with REGISTER at once through the gateway. Exactly one wins;
 * the others are refused with ALREADY_PLEDGED, as data: no deadlock, no 500.
 */
describe('registration race on one patent', () => {
  it(`registers exactly one of ${RACERS} concurrent applications`, async () => {
    const base = await pledgeParties();
    // Each application has its own pledgee bank: 32 different files, same patent.
    const banks = await Promise.all(Array.from({ length: RACERS }, () => registerBankUser()));
    const ids: string[] = [];
    for (const bank of banks) {
      const parties: PledgeParties = { ...base, bank };
      const drafted = assertGqlData(await submitPledge(base.sme.token, pledgeInput(parties)));
      const id = drafted.submitPledgeApplication.application.id as string;
      const signed = assertGqlData(await submitPledge(bank.token, pledgeInput(parties, { applicationId: id })));
      expect(signed.submitPledgeApplication.application.status).toBe('SUBMITTED');
      ids.push(id);
    }

    const responses = await Promise.all(ids.map((id) => examinePledge(id, { outcome: 'REGISTER' })));

    for (const response of responses) expect(response.status).toBe(200);
    const results = responses.map((r) => assertGqlData(r).examinePledgeApplication);
    const registered = results.filter((r) => r.status === 'REGISTERED');
    const refused = results.filter((r) => r.status === 'REFUSED');
    expect(registered).toHaveLength(1);
    expect(refused).toHaveLength(RACERS - 1);
    for (const r of refused) {
      expect(r.reasons).toEqual([expect.objectContaining({ code: 'ALREADY_PLEDGED', assetId: base.assetId })]);
    }
    expect(registered[0].application.registrationNumber).toMatch(/^PL-\d{4}-\d{6,}$/);

    const active = await sql<{ pledge_id: string }>(
      'SELECT pledge_id FROM registry.active_pledge WHERE asset_id = $1',
      [base.assetId],
    );
    expect(active).toEqual([{ pledge_id: registered[0].application.id }]);
    const statuses = await sql<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM registry.pledge WHERE id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
      [ids],
    );
    expect(statuses).toEqual([
      { status: 'REFUSED', n: RACERS - 1 },
      { status: 'REGISTERED', n: 1 },
    ]);
  });
});
