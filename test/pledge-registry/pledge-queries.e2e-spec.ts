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
  submittedPledge,
  todayInChina,
  tokenFor,
} from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();

const ONE = `query($id: ID!) { pledgeApplication(id: $id) { id status assets { assetId asset { id number } }
  versions { version } events { action } overdue } }`;
const LIST = `query($f: PledgeApplicationFilter, $first: Int, $after: String) {
  pledgeApplications(filter: $f, first: $first, after: $after) {
    edges { node { id status } } pageInfo { hasNextPage endCursor } } }`;
const REGISTER = `query($f: PledgeRegisterFilter) { pledgeRegister(filter: $f, first: 10) { edges { node {
  registrationNumber status pledgorName pledgeeName mainIpcClass patents { number grantDate mainIpc }
  registeredOn changes { type date } } } } }`;

describe('who sees which pledge file', () => {
  it('shows a file to its parties, registrars once submitted, and admins; NOT_FOUND to others', async () => {
    const parties = await pledgeParties();
    const strangers = await pledgeParties();
    const draft = assertGqlData(await submitPledge(parties.sme.token, pledgeInput(parties))).submitPledgeApplication
      .application.id as string;
    const get = (token: string) => gql(env.gatewayUrl, ONE, { id: draft }, { token });

    expect(assertGqlData(await get(parties.sme.token)).pledgeApplication.id).toBe(draft);
    expect(assertGqlData(await get(parties.bank.token)).pledgeApplication.id).toBe(draft);
    expect(assertGqlData(await get(await tokenFor('admin'))).pledgeApplication.id).toBe(draft);
    for (const token of [strangers.sme.token, strangers.bank.token, await tokenFor('registrar')]) {
      assertGqlError(await get(token), { code: 'NOT_FOUND', reason: 'PLEDGE_NOT_FOUND' });
    }
    assertGqlError(await get(await tokenFor('program')), { code: 'FORBIDDEN' });
    assertGqlError(await gql(env.gatewayUrl, ONE, { id: draft }), { code: 'UNAUTHENTICATED' });

    // Once submitted the registrar sees it, with the asset as the register shows it.
    const id = await submittedPledge(parties, { applicationId: draft });
    const seen = assertGqlData(await gql(env.gatewayUrl, ONE, { id }, { token: await tokenFor('registrar') }));
    expect(seen.pledgeApplication).toMatchObject({
      status: 'SUBMITTED',
      assets: [{ assetId: parties.assetId, asset: { id: parties.assetId, number: parties.assetNumber } }],
      events: [
        { action: 'PLEDGE_DRAFTED' },
        { action: 'PLEDGE_SIGNED' },
        { action: 'PLEDGE_SIGNED' },
        { action: 'PLEDGE_SUBMITTED' },
      ],
      overdue: false,
    });
  });

  it('lists only what the caller may see, page by page', async () => {
    const parties = await pledgeParties();
    const other = await pledgeParties();
    const mine = await submittedPledge(parties);
    const theirs = await submittedPledge(other);
    const list = async (token: string, after?: string) =>
      assertGqlData(await gql(env.gatewayUrl, LIST, { first: 1, after }, { token })).pledgeApplications;

    const smePage = await list(parties.sme.token);
    expect((smePage.edges as { node: { id: string } }[]).map((e) => e.node.id)).toEqual([mine]);
    expect(smePage.pageInfo.hasNextPage).toBe(false);
    const bankPage = await list(other.bank.token);
    expect((bankPage.edges as { node: { id: string } }[]).map((e) => e.node.id)).toEqual([theirs]);

    const registrar = await tokenFor('registrar');
    const byAsset = await gql(env.gatewayUrl, LIST, { f: { assetId: parties.assetId } }, { token: registrar });
    expect(assertGqlData(byAsset).pledgeApplications.edges).toEqual([{ node: { id: mine, status: 'SUBMITTED' } }]);
    const drafts = await gql(env.gatewayUrl, LIST, { f: { status: 'DRAFT' }, first: 100 }, { token: registrar });
    expect(assertGqlData(drafts).pledgeApplications.edges).toEqual([]);
    assertGqlError(await gql(env.gatewayUrl, LIST, {}, { token: await tokenFor('program') }), { code: 'FORBIDDEN' });
  });

  it('flags SUBMITTED files past their deadline for the registrar', async () => {
    const parties = await pledgeParties();
    const id = await submittedPledge(parties);
    await sql("UPDATE registry.pledge SET examination_due_date = DATE '2020-01-02' WHERE id = $1", [id]);
    const registrar = await tokenFor('registrar');
    const one = assertGqlData(await gql(env.gatewayUrl, ONE, { id }, { token: registrar }));
    expect(one.pledgeApplication.overdue).toBe(true);
    const overdue = `query($after: String) { overduePledgeApplications(first: 100, after: $after) {
      edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        edges: { node: { id: string; overdue: boolean } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      } = assertGqlData(await gql(env.gatewayUrl, overdue, { after }, { token: registrar })).overduePledgeApplications;
      for (const e of page.edges) {
        expect(e.node.overdue).toBe(true);
        ids.push(e.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toContain(id);
    assertGqlError(await gql(env.gatewayUrl, overdue, {}, { token: parties.bank.token }), { code: 'FORBIDDEN' });
  });
});

describe('pledgeRegister: the public gazette', () => {
  it('is readable anonymously and shows the public particulars with changes', async () => {
    const parties = await pledgeParties();
    const id = await registeredPledge(parties);
    const registrar = await tokenFor('registrar');
    const change = await gql(
      env.gatewayUrl,
      `mutation($id: ID!) { changePledgeRegistration(id: $id, input: { claimAmount: "4500000", note: "partly repaid" }) { accepted } }`,
      { id },
      { token: registrar },
    );
    expect(assertGqlData(change).changePledgeRegistration.accepted).toBe(true);
    const response = await gql(env.gatewayUrl, REGISTER, { f: { patentNumber: parties.assetNumber } });
    const edges = assertGqlData(response).pledgeRegister.edges;
    expect(edges).toHaveLength(1);
    expect(edges[0].node).toMatchObject({
      status: 'REGISTERED',
      pledgorName: parties.sme.party.name,
      mainIpcClass: 'G06F16/00',
      patents: [{ number: parties.assetNumber, grantDate: '2023-06-01', mainIpc: 'G06F16/00' }],
      registeredOn: todayInChina(),
      changes: [{ type: 'CHANGED', date: todayInChina() }],
    });
    expect(response.text).not.toContain('4500000');
    expect(response.text).not.toContain('2030-06-30');
  });

  it('has no private terms in its schema', async () => {
    const response = await gql(
      env.gatewayUrl,
      `{ __type(name: "PledgeRegisterEntry") { fields { name } } }`,
      {},
      { token: await tokenFor('admin') },
    );
    const fields = (assertGqlData(response).__type.fields as { name: string }[]).map((f) => f.name);
    expect(fields.sort()).toEqual(
      [
        'changes',
        'mainIpcClass',
        'patents',
        'pledgeeName',
        'pledgorName',
        'registeredOn',
        'registrationNumber',
        'status',
      ].sort(),
    );
    for (const forbidden of [/amount/i, /rate/i, /due/i, /scope/i, /appraise/i]) {
      expect(fields.some((f) => forbidden.test(f))).toBe(false);
    }
  });
});

describe('pledgeStatistics', () => {
  const STATS = `query($from: LocalDate, $to: LocalDate) { pledgeStatistics(from: $from, to: $to) {
    byStatus { status count } registrations securedAmountRegistered { amount currency } distinctPledgors assetsPledged } }`;

  it('gives program staff aggregates that grow with a registration', async () => {
    const program = await tokenFor('program');
    const today = todayInChina();
    const before = assertGqlData(
      await gql(env.gatewayUrl, STATS, { from: today, to: today }, { token: program }),
    ).pledgeStatistics;
    await registeredPledge(await pledgeParties());
    const after = assertGqlData(
      await gql(env.gatewayUrl, STATS, { from: today, to: today }, { token: program }),
    ).pledgeStatistics;
    // Other spec files register in parallel: only lower bounds hold.
    expect(after.registrations).toBeGreaterThanOrEqual(before.registrations + 1);
    expect(after.assetsPledged).toBeGreaterThanOrEqual(before.assetsPledged + 1);
    expect(after.distinctPledgors).toBeGreaterThanOrEqual(before.distinctPledgors + 1);
    const cny = (s: { securedAmountRegistered: { amount: string; currency: string }[] }) =>
      Number(s.securedAmountRegistered.find((m) => m.currency === 'CNY')?.amount ?? '0');
    expect(cny(after) - cny(before)).toBeGreaterThanOrEqual(5_000_000);
  });

  it('is closed to parties and registrars', async () => {
    for (const login of ['sme', 'bank', 'registrar'] as const) {
      assertGqlError(await gql(env.gatewayUrl, STATS, {}, { token: await tokenFor(login) }), { code: 'FORBIDDEN' });
    }
  });
});
