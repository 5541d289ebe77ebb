import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  pledgeInput,
  pledgeParties,
  registeredPledge,
  sql,
  submitPledge,
  todayInChina,
  tokenFor,
  uniqueSuffix,
} from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();
const FIELDS = `id status version deregistrationReason endedOn realizedAmount { amount } realizationRatio
  versions { version claimAmount { amount } changeNote } events { action }`;

async function as(token: string, query: string, variables: Record<string, unknown>) {
  return gql(env.gatewayUrl, query, variables, { token });
}

async function activeRows(assetId: string): Promise<number> {
  return (await sql('SELECT 1 FROM registry.active_pledge WHERE asset_id = $1', [assetId])).length;
}

describe('after registration', () => {
  it('changes terms as a new version and refuses a due date past the expiry', async () => {
    const parties = await pledgeParties();
    const id = await registeredPledge(parties);
    const registrar = await tokenFor('registrar');
    const CHANGE = `mutation($id: ID!, $input: ChangePledgeRegistrationInput!) {
      changePledgeRegistration(id: $id, input: $input) { accepted reasons { code assetId } application { ${FIELDS} } } }`;

    const late = await as(registrar, CHANGE, { id, input: { debtorDueDate: '2099-01-01', note: 'extension' } });
    expect(assertGqlData(late).changePledgeRegistration).toMatchObject({
      accepted: false,
      reasons: [{ code: 'DUE_DATE_AFTER_EXPIRY', assetId: parties.assetId }],
      application: { version: 1 },
    });

    const ok = await as(registrar, CHANGE, { id, input: { claimAmount: '3000000.50', note: 'partly repaid' } });
    const changed = assertGqlData(ok).changePledgeRegistration;
    expect(changed.accepted).toBe(true);
    expect(changed.application).toMatchObject({
      status: 'REGISTERED',
      version: 2,
      versions: [
        { version: 1, claimAmount: { amount: '5000000.00' }, changeNote: null },
        { version: 2, claimAmount: { amount: '3000000.50' }, changeNote: 'partly repaid' },
      ],
    });
    assertGqlError(await as(parties.bank.token, CHANGE, { id, input: { note: 'x', guaranteeScope: 'all' } }), {
      code: 'FORBIDDEN',
    });
  });

  it('deregisters: the patent is free again, and it cannot happen twice', async () => {
    const parties = await pledgeParties();
    const id = await registeredPledge(parties);
    const registrar = await tokenFor('registrar');
    const DEREGISTER = `mutation($id: ID!, $key: String) { deregisterPledge(id: $id, reason: REPAID, note: "repaid in full", idempotencyKey: $key) { ${FIELDS} } }`;
    const key = `dereg-${uniqueSuffix()}`;
    const done = assertGqlData(await as(registrar, DEREGISTER, { id, key })).deregisterPledge;
    expect(done).toMatchObject({ status: 'DEREGISTERED', deregistrationReason: 'REPAID' });
    expect(await activeRows(parties.assetId)).toBe(0);
    // A retry with the same key replays; without it the transition is refused.
    expect(assertGqlData(await as(registrar, DEREGISTER, { id, key })).deregisterPledge.id).toBe(id);
    assertGqlError(await as(registrar, DEREGISTER, { id }), { code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });
    // The patent can be pledged again.
    const again = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication;
    expect(again.accepted).toBe(true);
  });

  it('revokes a registration with a note', async () => {
    const parties = await pledgeParties();
    const id = await registeredPledge(parties);
    const REVOKE = `mutation($id: ID!, $note: String!) { revokePledgeRegistration(id: $id, note: $note) { ${FIELDS} } }`;
    const registrar = await tokenFor('registrar');
    assertGqlError(await as(registrar, REVOKE, { id, note: ' ' }), { code: 'BAD_USER_INPUT', field: 'note' });
    const revoked = assertGqlData(await as(registrar, REVOKE, { id, note: 'registered in error' }));
    expect(revoked.revokePledgeRegistration.status).toBe('REVOKED');
    expect(await activeRows(parties.assetId)).toBe(0);
  });

  it('runs default, enforcement, realisation and deregistration, with an intact audit chain', async () => {
    const parties = await pledgeParties();
    const id = await registeredPledge(parties);
    const bank = parties.bank.token;
    const step = (name: string, extra = '') => `mutation($id: ID!) { ${name}(id: $id${extra}) { ${FIELDS} } }`;

    assertGqlError(await as(parties.sme.token, step('declarePledgeDefault'), { id }), { code: 'FORBIDDEN' });
    const stranger = await pledgeParties();
    assertGqlError(await as(stranger.bank.token, step('declarePledgeDefault'), { id }), {
      code: 'NOT_FOUND',
      reason: 'PLEDGE_NOT_FOUND',
    });
    assertGqlError(await as(bank, step('startPledgeEnforcement'), { id }), {
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    expect(assertGqlData(await as(bank, step('declarePledgeDefault'), { id })).declarePledgeDefault.status).toBe(
      'DEFAULTED',
    );
    expect(assertGqlData(await as(bank, step('startPledgeEnforcement'), { id })).startPledgeEnforcement.status).toBe(
      'ENFORCING',
    );
    for (const [amount, message] of [
      ['-1', 'amount: must be at least 0'],
      ['1.00001', 'amount: must have at most 4 decimal places'],
    ]) {
      const refused = await as(
        bank,
        step('recordPledgeRealization', `, amount: "${amount}", date: "${todayInChina()}"`),
        { id },
      );
      assertGqlError(refused, { code: 'BAD_USER_INPUT', field: 'amount' });
      expect(refused.body.errors?.[0]?.message).toBe(message);
    }
    const realized = assertGqlData(
      await as(bank, step('recordPledgeRealization', `, amount: "2000000", date: "${todayInChina()}"`), { id }),
    ).recordPledgeRealization;
    // 2,000,000 realised against 8,000,000 appraised.
    expect(realized).toMatchObject({
      status: 'REALIZED',
      realizedAmount: { amount: '2000000.00' },
      realizationRatio: '0.2500',
    });
    expect(await activeRows(parties.assetId)).toBe(1);
    const registrar = await tokenFor('registrar');
    assertGqlError(
      await as(registrar, `mutation($id: ID!) { deregisterPledge(id: $id, reason: REPAID) { id } }`, { id }),
      { code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' },
    );
    const ended = assertGqlData(
      await as(registrar, `mutation($id: ID!) { deregisterPledge(id: $id, reason: REALIZED) { ${FIELDS} } }`, { id }),
    ).deregisterPledge;
    expect(ended.status).toBe('DEREGISTERED');
    expect((ended.events as { action: string }[]).map((e) => e.action)).toEqual([
      'PLEDGE_DRAFTED',
      'PLEDGE_SIGNED',
      'PLEDGE_SIGNED',
      'PLEDGE_SUBMITTED',
      'PLEDGE_REGISTERED',
      'PLEDGE_DEFAULTED',
      'PLEDGE_ENFORCEMENT_STARTED',
      'PLEDGE_REALIZED',
      'PLEDGE_DEREGISTERED',
    ]);

    const check = await as(
      registrar,
      `query($a: ID!) { verifyAssetAuditChain(assetId: $a) { intact links }
        assetAuditTrail(assetId: $a) { action subjectId before after } }`,
      { a: parties.assetId },
    );
    const data = assertGqlData(check);
    expect(data.verifyAssetAuditChain).toMatchObject({ intact: true });
    const trail = (
      data.assetAuditTrail as { action: string; subjectId: string; before: unknown; after: unknown }[]
    ).filter((l) => l.subjectId === id);
    expect(trail.find((l) => l.action === 'PLEDGE_REALIZED')).toMatchObject({
      before: { status: 'ENFORCING' },
      after: { status: 'REALIZED', realizedAmount: '2000000.0000', realizedOn: todayInChina() },
    });
    expect(trail.find((l) => l.action === 'PLEDGE_DEREGISTERED')).toMatchObject({
      before: { status: 'REALIZED' },
      after: { status: 'DEREGISTERED', reason: 'REALIZED' },
    });
  });

  it('keeps the audit log append-only for everyone', async () => {
    const parties = await pledgeParties();
    await registeredPledge(parties);
    const failure = async (text: string) => {
      try {
        await sql(text, [parties.assetId]);
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'no error';
    };
    expect(await failure(`UPDATE registry.audit_event SET action = 'FORGED' WHERE asset_id = $1`)).toBe('42501');
    expect(await failure('DELETE FROM registry.audit_event WHERE asset_id = $1')).toBe('42501');
  });

  it('lets a party withdraw an application before registration', async () => {
    const parties = await pledgeParties();
    const draft = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication
      .application.id as string;
    const WITHDRAW = `mutation($id: ID!) { withdrawPledgeApplication(id: $id) { id status } }`;
    const other = await pledgeParties();
    assertGqlError(await as(other.sme.token, WITHDRAW, { id: draft }), { code: 'NOT_FOUND' });
    expect(assertGqlData(await as(parties.bank.token, WITHDRAW, { id: draft })).withdrawPledgeApplication.status).toBe(
      'WITHDRAWN',
    );
    assertGqlError(await as(parties.sme.token, WITHDRAW, { id: draft }), {
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
  });
});

describe('transfer or licence of a pledged patent (Civil Code art. 444)', () => {
  const REQUEST = `mutation($input: RequestAssetDisposalInput!) { requestAssetDisposal(input: $input) {
    id status kind proceeds counterpartyName } }`;
  const DECIDE = `mutation($id: ID!, $consent: Boolean!) { decideAssetDisposal(id: $id, consent: $consent, note: "ok") {
    id status decidedAt } }`;

  it('needs the pledgee consent, one open request at a time', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const input = {
      pledgeId,
      assetId: parties.assetId,
      kind: 'LICENCE',
      counterpartyName: 'Licensee Co.',
      proceeds: 'ESCROW',
    };
    assertGqlError(await as(parties.bank.token, REQUEST, { input }), { code: 'FORBIDDEN' });
    const requested = assertGqlData(await as(parties.sme.token, REQUEST, { input })).requestAssetDisposal;
    expect(requested).toMatchObject({ status: 'REQUESTED', kind: 'LICENCE', proceeds: 'ESCROW' });
    assertGqlError(await as(parties.sme.token, REQUEST, { input }), { code: 'CONFLICT', reason: 'DISPOSAL_PENDING' });

    const stranger = await pledgeParties();
    assertGqlError(await as(stranger.bank.token, DECIDE, { id: requested.id, consent: true }), {
      code: 'NOT_FOUND',
      reason: 'DISPOSAL_NOT_FOUND',
    });
    const decided = assertGqlData(
      await as(parties.bank.token, DECIDE, { id: requested.id, consent: true }),
    ).decideAssetDisposal;
    expect(decided).toMatchObject({ status: 'CONSENTED' });
    assertGqlError(await as(parties.bank.token, DECIDE, { id: requested.id, consent: false }), {
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    const audit = await sql<{ action: string }>(
      `SELECT action FROM registry.audit_event WHERE subject_type = 'DISPOSAL' AND subject_id = $1 ORDER BY seq`,
      [requested.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['DISPOSAL_REQUESTED', 'DISPOSAL_CONSENTED']);
  });

  it('is refused for an asset outside the pledge', async () => {
    const parties = await pledgeParties();
    const pledgeId = await registeredPledge(parties);
    const other = await pledgeParties();
    const input = {
      pledgeId,
      assetId: other.assetId,
      kind: 'TRANSFER',
      counterpartyName: 'Buyer',
      proceeds: 'EARLY_REPAYMENT',
    };
    assertGqlError(await as(parties.sme.token, REQUEST, { input }), { code: 'BAD_USER_INPUT', field: 'input.assetId' });
  });
});
