import { jest } from '@jest/globals';
import { DEMO_PARTIES, DEMO_USERS } from '@app/demo-data';
import {
  assertGqlData,
  assertGqlError,
  e2eEnv,
  gql,
  newCreditCode,
  newEnterpriseInput,
  tokenFor,
  withWrongCheckChar,
  type DemoLogin,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Parties: registration with credit-code validation, listing, the viewer. */

const REGISTER = `mutation($input: RegisterPartyInput!) {
  registerEnterprise(input: $input) { id kind name creditCode city district industryCode }
}`;
const PARTIES_IN = `query($f: PartyFilter) { parties(filter: $f, first: 100) { edges { node { id name creditCode } } } }`;

const register = async (input: unknown, login: DemoLogin = 'program') =>
  gql(env.gatewayUrl, REGISTER, { input }, { token: await tokenFor(login) });
interface PartyRow {
  id: string;
  name: string;
  creditCode: string | null;
}
const partiesIn = async (city: string): Promise<PartyRow[]> =>
  assertGqlData(
    await gql<{ parties: { edges: { node: PartyRow }[] } }>(
      env.gatewayUrl,
      PARTIES_IN,
      { f: { city } },
      { token: await tokenFor('bank') },
    ),
  ).parties.edges.map((e) => e.node);

describe('registerEnterprise', () => {
  it('program staff register an enterprise; it can be read back by id and by city', async () => {
    const input = newEnterpriseInput();
    const party = assertGqlData(await register(input)).registerEnterprise;
    expect(party).toEqual({ id: expect.any(String), kind: 'ENTERPRISE', ...input });
    const read = await gql(
      env.gatewayUrl,
      'query($id: ID!) { party(id: $id) { id name creditCode } }',
      { id: party.id },
      { token: await tokenFor('sme') },
    );
    expect(assertGqlData(read).party).toEqual({ id: party.id, name: input.name, creditCode: input.creditCode });
    expect(await partiesIn(input.city)).toEqual([{ id: party.id, name: input.name, creditCode: input.creditCode }]);
  });

  it('stores the credit code upper-cased (the code is case-insensitive)', async () => {
    const input = newEnterpriseInput();
    const party = assertGqlData(
      await register({ ...input, creditCode: (input.creditCode as string).toLowerCase() }),
    ).registerEnterprise;
    expect(party.creditCode).toBe(input.creditCode);
  });

  it('a wrong check character -> BAD_USER_INPUT on input.creditCode, and nothing is written', async () => {
    const input = newEnterpriseInput({ creditCode: withWrongCheckChar(newCreditCode()) });
    assertGqlError(await register(input), {
      code: 'BAD_USER_INPUT',
      reason: 'CREDIT_CODE_INVALID',
      field: 'input.creditCode',
    });
    expect(await partiesIn(input.city)).toEqual([]);
  });

  it.each([
    ['forbidden letter I', (c: string) => `${c.slice(0, 10)}I${c.slice(11)}`],
    ['17 characters', (c: string) => c.slice(0, 17)],
    ['unknown registration authority B', (c: string) => `B${c.slice(1)}`],
  ])('an invalid credit code (%s) -> BAD_USER_INPUT on input.creditCode', async (_name, mangle) => {
    const input = newEnterpriseInput();
    input.creditCode = mangle(input.creditCode as string);
    assertGqlError(await register(input), { code: 'BAD_USER_INPUT', field: 'input.creditCode' });
    expect(await partiesIn(input.city)).toEqual([]);
  });

  it('an enterprise without a credit code -> BAD_USER_INPUT on input.creditCode', async () => {
    const input = newEnterpriseInput({ creditCode: null });
    assertGqlError(await register(input), { code: 'BAD_USER_INPUT', field: 'input.creditCode' });
    expect(await partiesIn(input.city)).toEqual([]);
  });

  it('a credit code already registered -> CONFLICT, and only the first party exists', async () => {
    const first = newEnterpriseInput();
    const created = assertGqlData(await register(first)).registerEnterprise;
    const second = newEnterpriseInput({ creditCode: first.creditCode, city: first.city });
    assertGqlError(await register(second), {
      code: 'CONFLICT',
      reason: 'CREDIT_CODE_TAKEN',
      field: 'input.creditCode',
    });
    expect((await partiesIn(first.city)).map((p) => p.id)).toEqual([created.id]);
  });

  it("a demo party's credit code is taken too -> CONFLICT", async () => {
    assertGqlError(await register(newEnterpriseInput({ creditCode: DEMO_PARTIES.lianxin.creditCode })), {
      code: 'CONFLICT',
      field: 'input.creditCode',
    });
  });

  it('a 201-character name -> BAD_USER_INPUT naming input.name; 200 characters is fine', async () => {
    const long = newEnterpriseInput({ name: 'N'.repeat(201) });
    assertGqlError(await register(long), { code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await partiesIn(long.city)).toEqual([]);
    const max = newEnterpriseInput({ name: 'N'.repeat(200) });
    expect(assertGqlData(await register(max)).registerEnterprise.name).toHaveLength(200);
  });

  it('a blank name -> BAD_USER_INPUT naming input.name (not an internal error)', async () => {
    const input = newEnterpriseInput({ name: '   ' });
    assertGqlError(await register(input), { code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await partiesIn(input.city)).toEqual([]);
  });

  it('a malformed industry code -> BAD_USER_INPUT naming input.industryCode', async () => {
    assertGqlError(await register(newEnterpriseInput({ industryCode: 'not-a-code' })), {
      code: 'BAD_USER_INPUT',
      field: 'input.industryCode',
    });
  });

  it('an SME or a bank cannot register enterprises (FORBIDDEN)', async () => {
    for (const login of ['sme', 'bank'] as const) {
      const input = newEnterpriseInput();
      assertGqlError(await register(input, login), { code: 'FORBIDDEN' });
      expect(await partiesIn(input.city)).toEqual([]);
    }
  });
});

const UPDATE = `mutation($id: ID!, $input: UpdatePartyInput!) { updateParty(id: $id, input: $input) { id name city district creditCode } }`;

describe('updateParty', () => {
  it('program staff update an enterprise; the credit code cannot be changed through it', async () => {
    const created = assertGqlData(await register(newEnterpriseInput())).registerEnterprise;
    const token = await tokenFor('program');
    const updated = assertGqlData(
      await gql<{ updateParty: { name: string; district: string | null; creditCode: string } }>(
        env.gatewayUrl,
        UPDATE,
        { id: created.id, input: { name: 'Renamed Co., Ltd.', district: 'New District' } },
        { token },
      ),
    ).updateParty;
    expect(updated).toMatchObject({
      name: 'Renamed Co., Ltd.',
      district: 'New District',
      creditCode: created.creditCode,
    });
    const res = await gql(
      env.gatewayUrl,
      UPDATE,
      { id: created.id, input: { creditCode: newCreditCode() } },
      { token },
    );
    assertGqlError(res, { code: 'BAD_USER_INPUT' });
  });

  it.each([
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a 201-character name', { name: 'N'.repeat(201) }, 'input.name'],
    ['a malformed industry code', { industryCode: 'x' }, 'input.industryCode'],
  ])('%s -> BAD_USER_INPUT naming the field, and nothing changes', async (_label, input, field) => {
    const created = assertGqlData(await register(newEnterpriseInput())).registerEnterprise;
    const token = await tokenFor('program');
    assertGqlError(await gql(env.gatewayUrl, UPDATE, { id: created.id, input }, { token }), {
      code: 'BAD_USER_INPUT',
      field,
    });
    const after = assertGqlData(
      await gql<{ party: { name: string } }>(
        env.gatewayUrl,
        'query($id: ID!) { party(id: $id) { name } }',
        { id: created.id },
        { token },
      ),
    ).party;
    expect(after.name).toBe(created.name);
  });
});

describe('party park', () => {
  const PARK_FIELDS = 'id district park';

  it('registers an enterprise in a park of its district; a blank park is none', async () => {
    const token = await tokenFor('program');
    const reg = async (input: unknown): Promise<{ id: string; district: string | null; park: string | null }> =>
      assertGqlData(
        await gql<{ registerEnterprise: { id: string; district: string | null; park: string | null } }>(
          env.gatewayUrl,
          `mutation($input: RegisterPartyInput!) { registerEnterprise(input: $input) { ${PARK_FIELDS} } }`,
          { input },
          { token },
        ),
      ).registerEnterprise;
    expect(await reg(newEnterpriseInput({ district: 'East', park: ' Hi-Tech Park ' }))).toMatchObject({
      district: 'East',
      park: 'Hi-Tech Park',
    });
    expect(await reg(newEnterpriseInput({ park: '  ' }))).toMatchObject({ park: null });
  });

  it('refuses a park without a district, on registration and on update, naming input.park', async () => {
    const token = await tokenFor('program');
    const input = newEnterpriseInput({ district: null, park: 'Hi-Tech Park' });
    assertGqlError(await register(input), { code: 'BAD_USER_INPUT', field: 'input.park' });
    expect(await partiesIn(input.city)).toEqual([]);

    const parked = assertGqlData(
      await register(newEnterpriseInput({ district: 'East', park: 'Hi-Tech Park' })),
    ).registerEnterprise;
    const update = (changes: unknown) =>
      gql<{ updateParty: { id: string; district: string | null; park: string | null } }>(
        env.gatewayUrl,
        `mutation($id: ID!, $input: UpdatePartyInput!) { updateParty(id: $id, input: $input) { ${PARK_FIELDS} } }`,
        { id: parked.id, input: changes },
        { token },
      );
    assertGqlError(await update({ district: null }), { code: 'BAD_USER_INPUT', field: 'input.park' });
    expect(assertGqlData(await update({ district: 'West' })).updateParty).toMatchObject({
      district: 'West',
      park: 'Hi-Tech Park',
    });
    expect(assertGqlData(await update({ district: null, park: null })).updateParty).toMatchObject({
      district: null,
      park: null,
    });
  });
});

describe('parties and party', () => {
  it('an unknown enum value in a filter literal -> GRAPHQL_VALIDATION_FAILED, not a 500', async () => {
    const res = await gql(
      env.gatewayUrl,
      '{ parties(filter: { kind: ALIEN }) { edges { node { id } } } }',
      {},
      { token: await tokenFor('bank') },
    );
    assertGqlError(res, { code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('an unknown enum value in a filter variable -> BAD_USER_INPUT, not a 500', async () => {
    const res = await gql(env.gatewayUrl, PARTIES_IN, { f: { kind: 'ALIEN' } }, { token: await tokenFor('bank') });
    assertGqlError(res, { code: 'BAD_USER_INPUT' });
  });

  // Scoped to the demo lender's city: other suites register lenders of their own in parallel.
  it('kind filter returns only that kind and includes the demo lender', async () => {
    const res = await gql<{ parties: { edges: { node: { id: string; kind: string } }[] } }>(
      env.gatewayUrl,
      `{ parties(filter: { kind: LENDER, city: "${DEMO_PARTIES.jiangsuBank.city}" }, first: 100) { edges { node { id kind } } } }`,
      {},
      { token: await tokenFor('bank') },
    );
    const nodes = assertGqlData(res).parties.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['LENDER']));
    expect(nodes.map((n) => n.id)).toContain(DEMO_PARTIES.jiangsuBank.id);
  });

  it('party(id) with a malformed id -> BAD_USER_INPUT; with an unknown id -> NOT_FOUND', async () => {
    const q = 'query($id: ID!) { party(id: $id) { id } }';
    const bank = await tokenFor('bank');
    assertGqlError(await gql(env.gatewayUrl, q, { id: 'not-a-uuid' }, { token: bank }), {
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    assertGqlError(await gql(env.gatewayUrl, q, { id: '00000000-0000-4000-8000-00000000dead' }, { token: bank }), {
      code: 'NOT_FOUND',
      reason: 'PARTY_NOT_FOUND',
    });
  });
});

describe('viewer', () => {
  it('returns the demo SME user and the party they act for', async () => {
    const user = DEMO_USERS.find((u) => u.login === 'sme');
    const res = await gql(
      env.gatewayUrl,
      '{ viewer { userId login roles party { id name creditCode } } }',
      {},
      { token: await tokenFor('sme') },
    );
    expect(assertGqlData(res).viewer).toEqual({
      userId: user?.id,
      login: 'sme',
      roles: ['SME'],
      party: {
        id: DEMO_PARTIES.lianxin.id,
        name: DEMO_PARTIES.lianxin.name,
        creditCode: DEMO_PARTIES.lianxin.creditCode,
      },
    });
  });

  it('has no party for a registrar, who acts for none', async () => {
    const res = await gql(
      env.gatewayUrl,
      '{ viewer { login party { id } } }',
      {},
      { token: await tokenFor('registrar') },
    );
    expect(assertGqlData(res).viewer).toEqual({ login: 'registrar', party: null });
  });

  it('anonymous -> UNAUTHENTICATED', async () => {
    assertGqlError(await gql(env.gatewayUrl, '{ viewer { login } }'), { code: 'UNAUTHENTICATED' });
  });
});
