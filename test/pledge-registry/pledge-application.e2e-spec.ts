import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  createAsset,
  e2eEnv,
  examinePledge,
  gql,
  pledgeInput,
  pledgeParties,
  registerEnterprise,
  registeredPledge,
  sql,
  submitPledge,
  submittedPledge,
  todayInChina,
  tokenFor,
  uniqueSuffix,
} from '@app/testing';

jest.setTimeout(60_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function pledgeRows(assetId: string): Promise<number> {
  const [row] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM registry.pledge_asset WHERE asset_id = $1', [
    assetId,
  ]);
  return row?.n ?? -1;
}

async function keyRows(userId: string): Promise<number> {
  const [row] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM registry.idempotency_key WHERE user_id = $1', [
    userId,
  ]);
  return row?.n ?? -1;
}

describe('submitPledgeApplication: the joint application', () => {
  it('waits for the other side, then reaches the registrar with a deadline', async () => {
    const parties = await pledgeParties();
    const first = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication;
    expect(first).toMatchObject({ accepted: true, reasons: [], awaitingSignatureOf: 'PLEDGEE' });
    expect(first.application).toMatchObject({
      status: 'DRAFT',
      pledgorSigned: true,
      pledgeeSigned: false,
      claimAmount: { amount: '5000000.00', currency: 'CNY' },
    });

    const second = assertGqlData(
      await submitPledge(parties.bank.token, pledgeInput(parties, { applicationId: first.application.id })),
    ).submitPledgeApplication;
    expect(second).toMatchObject({ accepted: true, awaitingSignatureOf: null });
    expect(second.application).toMatchObject({ id: first.application.id, status: 'SUBMITTED', overdue: false });
    expect(second.application.examinationDueDate > todayInChina()).toBe(true);
  });

  it('changed content clears the other side and needs its signature again', async () => {
    const parties = await pledgeParties();
    const first = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication;
    const changed = pledgeInput(parties, {
      applicationId: first.application.id,
      securedClaim: { type: 'LOAN', amount: '4000000.00', currency: 'CNY' },
    });
    const bank = assertGqlData(await submitPledge(parties.bank.token, changed)).submitPledgeApplication;
    expect(bank).toMatchObject({ accepted: true, awaitingSignatureOf: 'PLEDGOR' });
    expect(bank.application).toMatchObject({ status: 'DRAFT', pledgorSigned: false, pledgeeSigned: true });
    const sme = assertGqlData(await submitPledge(parties.sme.token, changed)).submitPledgeApplication;
    expect(sme.application).toMatchObject({ status: 'SUBMITTED', claimAmount: { amount: '4000000.00' } });
  });

  it('refuses with every failing reason at once and writes nothing', async () => {
    const parties = await pledgeParties();
    const stranger = await registerEnterprise();
    const foreign = await createAsset({
      owners: [{ name: stranger.name, creditCode: stranger.creditCode, share: '100' }],
    });
    const coOwned = await createAsset({
      owners: [
        { name: parties.sme.party.name, creditCode: parties.sme.party.creditCode, share: '50' },
        { name: stranger.name, creditCode: stranger.creditCode, share: '50' },
      ],
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const input = pledgeInput(parties, {
      securedClaim: { type: 'LOAN', amount: '0', currency: 'CNY' },
      debtorDueDate: '2020-01-01',
      assetIds: [parties.assetId, foreign.id, coOwned.id, unknown],
      forfeitureClause: true,
    });
    const result = assertGqlData(
      await submitPledge(parties.sme.token, input, `refused-${uniqueSuffix()}`),
    ).submitPledgeApplication;
    expect(result.accepted).toBe(false);
    expect(result.application).toBeNull();
    const codes = (result.reasons as Json[]).map((r: Json) => `${r.code}${r.assetId ? `@${r.assetId}` : ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'AMOUNT_NOT_POSITIVE',
        'DUE_DATE_IN_PAST',
        'FORFEITURE_CLAUSE',
        `PLEDGOR_NOT_OWNER@${foreign.id}`,
        `CO_OWNER_CONSENT_MISSING@${coOwned.id}`,
        `ASSET_NOT_FOUND@${unknown}`,
      ]),
    );
    for (const id of [parties.assetId, foreign.id, coOwned.id]) expect(await pledgeRows(id)).toBe(0);
    expect(await keyRows(parties.sme.userId)).toBe(0);
  });

  it('accepts a co-owned patent once the co-owner consented', async () => {
    const parties = await pledgeParties();
    const coOwner = await registerEnterprise();
    const coOwned = await createAsset({
      owners: [
        { name: parties.sme.party.name, creditCode: parties.sme.party.creditCode, share: '50' },
        { name: coOwner.name, creditCode: coOwner.creditCode, share: '50' },
      ],
    });
    const result = assertGqlData(
      await submitPledge(
        parties.sme.token,
        pledgeInput(parties, { assetIds: [coOwned.id], coOwnerConsents: [coOwner.creditCode] }),
      ),
    ).submitPledgeApplication;
    expect(result).toMatchObject({ accepted: true, application: { status: 'DRAFT' } });
  });

  it.each([
    ['a malformed asset id', { assetIds: ['not-a-uuid'] }, 'input.assetIds[0]'],
    ['a non-decimal amount', { securedClaim: { type: 'LOAN', amount: '12abc', currency: 'CNY' } }, 'amount'],
    [
      'a bad currency',
      { securedClaim: { type: 'LOAN', amount: '1', currency: 'yuan' } },
      'input.securedClaim.currency',
    ],
    ['an unknown channel', { filingChannel: 'FAX' }, 'filingChannel'],
  ])('rejects %s as BAD_USER_INPUT naming the field', async (_label, change, field) => {
    const parties = await pledgeParties();
    const response = await submitPledge(parties.sme.token, pledgeInput(parties, change));
    assertGqlError(response, { code: 'BAD_USER_INPUT', mentions: field });
    expect(await pledgeRows(parties.assetId)).toBe(0);
  });

  it.each([
    ['an unknown pledgee', () => Promise.resolve('00000000-0000-4000-8000-00000000beef'), 'no such party'],
    ['an enterprise as pledgee', async () => (await registerEnterprise()).id, 'must be a lender'],
  ])('rejects %s as BAD_USER_INPUT on input.pledgeePartyId, writing nothing', async (_label, pledgee, message) => {
    const parties = await pledgeParties();
    const response = await submitPledge(parties.sme.token, pledgeInput(parties, { pledgeePartyId: await pledgee() }));
    assertGqlError(response, { code: 'BAD_USER_INPUT', field: 'input.pledgeePartyId', mentions: message });
    expect(await pledgeRows(parties.assetId)).toBe(0);
  });

  it('lets only the pledgor SME or the pledgee bank submit', async () => {
    const parties = await pledgeParties();
    const other = await pledgeParties();
    assertGqlError(await submitPledge(other.sme.token, pledgeInput(parties)), {
      code: 'FORBIDDEN',
      reason: 'NOT_A_PARTY',
    });
    assertGqlError(await submitPledge(other.bank.token, pledgeInput(parties)), {
      code: 'FORBIDDEN',
      reason: 'NOT_A_PARTY',
    });
    assertGqlError(await submitPledge(await tokenFor('registrar'), pledgeInput(parties)), { code: 'FORBIDDEN' });
    expect(await pledgeRows(parties.assetId)).toBe(0);
  });

  it('replays the same key and rejects it for another request', async () => {
    const parties = await pledgeParties();
    const key = `submit-${uniqueSuffix()}`;
    const a = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties), key)).submitPledgeApplication;
    const b = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties), key)).submitPledgeApplication;
    expect(b.application.id).toBe(a.application.id);
    expect(await pledgeRows(parties.assetId)).toBe(1);
    const other = pledgeInput(parties, { guaranteeScope: 'principal only' });
    assertGqlError(await submitPledge(parties.sme.token, other, key), {
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await pledgeRows(parties.assetId)).toBe(1);
  });
});

describe('examinePledgeApplication', () => {
  it('registers with a number, version 1 and the active pledge row', async () => {
    const parties = await pledgeParties();
    const id = await submittedPledge(parties);
    const result = assertGqlData(await examinePledge(id, { outcome: 'REGISTER' })).examinePledgeApplication;
    expect(result).toMatchObject({ status: 'REGISTERED', reasons: [] });
    expect(result.application).toMatchObject({ version: 1, registeredOn: todayInChina() });
    expect(result.application.registrationNumber).toMatch(/^PL-\d{4}-\d{6,}$/);
    const versions = await sql('SELECT version FROM registry.pledge_version WHERE pledge_id = $1', [id]);
    expect(versions).toEqual([{ version: 1 }]);
  });

  it('refuses a second application on a registered patent with ALREADY_PLEDGED', async () => {
    const parties = await pledgeParties();
    await registeredPledge(parties);
    const result = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication;
    expect(result.accepted).toBe(false);
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'ALREADY_PLEDGED', assetId: parties.assetId })]);
  });

  it('re-checks current facts at registration', async () => {
    const parties = await pledgeParties();
    const id = await submittedPledge(parties);
    const freeze = await sql('UPDATE registry.ip_asset SET court_preservation = true WHERE id = $1 RETURNING id', [
      parties.assetId,
    ]);
    expect(freeze).toHaveLength(1);
    const result = assertGqlData(await examinePledge(id, { outcome: 'REGISTER' })).examinePledgeApplication;
    expect(result.status).toBe('REFUSED');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'COURT_PRESERVATION' })]);
    expect(await sql('SELECT 1 FROM registry.active_pledge WHERE asset_id = $1', [parties.assetId])).toEqual([]);
  });

  it('refuses with the registrar reasons and requests corrections with a note', async () => {
    const parties = await pledgeParties();
    const id = await submittedPledge(parties);
    assertGqlError(await examinePledge(id, { outcome: 'REFUSE' }), {
      code: 'BAD_USER_INPUT',
      field: 'decision.reasons',
    });
    assertGqlError(await examinePledge(id, { outcome: 'REQUEST_CORRECTION' }), {
      code: 'BAD_USER_INPUT',
      field: 'decision.note',
    });
    const corrected = assertGqlData(
      await examinePledge(id, { outcome: 'REQUEST_CORRECTION', note: 'attach the appraisal report' }),
    ).examinePledgeApplication;
    expect(corrected.application).toMatchObject({
      status: 'CORRECTION_REQUESTED',
      pledgorSigned: false,
      pledgeeSigned: false,
      examinerNote: 'attach the appraisal report',
    });
    // Both parties sign again; the file goes back with a new deadline.
    const fixed = { applicationId: id, appraisalReference: 'AR-2026-001' };
    assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties, fixed)));
    const back = assertGqlData(
      await submitPledge(parties.bank.token, pledgeInput(parties, fixed)),
    ).submitPledgeApplication;
    expect(back.application.status).toBe('SUBMITTED');
    const refused = assertGqlData(
      await examinePledge(id, { outcome: 'REFUSE', reasons: ['OTHER'], note: 'contract unsigned' }),
    ).examinePledgeApplication;
    expect(refused).toMatchObject({ status: 'REFUSED', reasons: [{ code: 'OTHER', message: 'contract unsigned' }] });
  });

  it('is for SUBMITTED files only and for registrars only', async () => {
    const parties = await pledgeParties();
    const id = await registeredPledge(parties);
    assertGqlError(await examinePledge(id, { outcome: 'REGISTER' }), {
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    // Someone else's application is not found (its existence is not revealed).
    const other = await submittedPledge(await pledgeParties());
    const response = await submitPledge(parties.bank.token, pledgeInput(parties, { applicationId: other }));
    assertGqlError(response, { code: 'NOT_FOUND', reason: 'PLEDGE_NOT_FOUND' });
    const byBank = await gql(
      e2eEnv().gatewayUrl,
      'mutation($id: ID!) { examinePledgeApplication(id: $id, decision: { outcome: REGISTER }) { status } }',
      { id: other },
      { token: parties.bank.token },
    );
    assertGqlError(byBank, { code: 'FORBIDDEN' });
  });
});
