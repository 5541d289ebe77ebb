import { jest } from '@jest/globals';
import { SignJWT } from 'jose';
import { ANONYMOUS, GATEWAY_IDENTITY_HEADER, Role, signGatewayIdentity, type Identity } from '@app/auth';
import { DEV_GATEWAY_SHARED_SECRET } from '@app/config';
import { DEMO_PARTIES, LOCAL_TOKEN_AUDIENCE, LOCAL_TOKEN_ISSUER } from '@app/demo-data';
import {
  assertGqlData,
  assertGqlError,
  assertNoLeak,
  customToken,
  demoUser,
  e2eEnv,
  gql,
  newEnterpriseInput,
  newPatentInput,
  tokenFor,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * Who may call what: the gateway authenticates bearer tokens, subgraphs only trust a
 * gateway-signed identity header, and resolvers deny by role.
 */

const ASSETS = '{ ipAssets(first: 1) { edges { node { id } } } }';
const OTHER_SECRET = 'not-the-platform-secret-but-long-enough-0123456789';

const ADMIN: Identity = {
  userId: demoUser('admin').id,
  login: 'admin',
  partyId: null,
  roles: [Role.ADMIN],
  anonymous: false,
};

async function rawPost(
  url: string,
  headers: Record<string, string>,
  query = ASSETS,
): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

function expect401(res: { status: number; text: string }): void {
  expect({ status: res.status, body: JSON.parse(res.text) as unknown }).toMatchObject({
    status: 401,
    body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
  });
  assertNoLeak(res.text);
}

describe('authentication at the gateway', () => {
  it('a demo token works (control for the cases below)', async () => {
    assertGqlData(await gql(env.gatewayUrl, ASSETS, {}, { token: await tokenFor('sme') }));
  });

  it('anonymous callers get UNAUTHENTICATED from ipAssets', async () => {
    assertGqlError(await gql(env.gatewayUrl, ASSETS), { code: 'UNAUTHENTICATED' });
  });

  it('anonymous callers get UNAUTHENTICATED from the valuation subgraph too', async () => {
    const q =
      '{ valuationEstimate(input: { taxRate: "0", discountRate: "0.1", remainingLegalYears: 5, economicLifeYears: 5, reliefFromRoyalty: { revenues: ["1000"], royaltyRate: "0.05" } }) { reconciliation { value { amount } } } }';
    assertGqlError(await gql(env.gatewayUrl, q), { code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['not a JWT', 'Bearer not a token!'],
    ['three garbage segments', 'Bearer abc.def.ghi'],
    ['another scheme', 'Basic Zm9vOmJhcg=='],
    ['an empty bearer', 'Bearer '],
  ])('a malformed Authorization header (%s) -> HTTP 401', async (_name, header) => {
    const res = await rawPost(env.gatewayUrl, { authorization: header });
    expect401(res);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('a token signed with another secret -> HTTP 401', async () => {
    expect401(
      await rawPost(env.gatewayUrl, { authorization: `Bearer ${await customToken({ secret: OTHER_SECRET })}` }),
    );
  });

  it('an expired token -> HTTP 401', async () => {
    expect401(
      await rawPost(env.gatewayUrl, { authorization: `Bearer ${await customToken({ expiresInSeconds: -120 })}` }),
    );
  });

  it('a token for another issuer or audience -> HTTP 401', async () => {
    expect401(
      await rawPost(env.gatewayUrl, { authorization: `Bearer ${await customToken({ issuer: 'someone-else' })}` }),
    );
    expect401(
      await rawPost(env.gatewayUrl, { authorization: `Bearer ${await customToken({ audience: 'another-api' })}` }),
    );
  });

  it('an unsigned (alg none) token -> HTTP 401', async () => {
    const user = demoUser('admin');
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: user.id, login: 'admin', roles: ['ADMIN'], iss: LOCAL_TOKEN_ISSUER, aud: LOCAL_TOKEN_AUDIENCE, iat: now, exp: now + 600 })}.`;
    expect401(await rawPost(env.gatewayUrl, { authorization: `Bearer ${token}` }));
  });

  it('an x-gateway-identity header sent by a client is ignored: no escalation', async () => {
    // Even correctly signed (as if the shared secret had leaked), the gateway replaces it.
    const forgedAdmin = await signGatewayIdentity(ADMIN, DEV_GATEWAY_SHARED_SECRET);
    assertGqlError(await gql(env.gatewayUrl, ASSETS, {}, { headers: { [GATEWAY_IDENTITY_HEADER]: forgedAdmin } }), {
      code: 'UNAUTHENTICATED',
    });
    const lender = `mutation($input: RegisterPartyInput!) { registerLender(input: $input) { id } }`;
    const res = await gql(
      env.gatewayUrl,
      lender,
      { input: newEnterpriseInput() },
      { token: await tokenFor('sme'), headers: { [GATEWAY_IDENTITY_HEADER]: forgedAdmin } },
    );
    assertGqlError(res, { code: 'FORBIDDEN' });
  });
});

describe('subgraphs only trust the gateway', () => {
  const subgraphs = (): [string, string][] => [
    ['pledge-registry', env.registryUrl],
    ['valuation', env.valuationUrl],
  ];

  it('a direct POST without the gateway identity header -> HTTP 401 (both subgraphs)', async () => {
    for (const [, url] of subgraphs()) expect401(await rawPost(url, {}, '{ _service { sdl } }'));
  });

  it('an identity header signed with another secret -> HTTP 401', async () => {
    const forged = await signGatewayIdentity(ADMIN, OTHER_SECRET);
    for (const [, url] of subgraphs())
      expect401(await rawPost(url, { [GATEWAY_IDENTITY_HEADER]: forged }, '{ _service { sdl } }'));
  });

  it('an expired identity header -> HTTP 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ uid: ADMIN.userId, login: 'admin', pid: null, roles: ['ADMIN'], anon: false })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ipfin-gateway')
      .setAudience('ipfin-subgraph')
      .setIssuedAt(now - 600)
      .setExpirationTime(now - 300)
      .sign(new TextEncoder().encode(DEV_GATEWAY_SHARED_SECRET));
    for (const [, url] of subgraphs())
      expect401(await rawPost(url, { [GATEWAY_IDENTITY_HEADER]: expired }, '{ _service { sdl } }'));
  });

  it('a user token is not a gateway identity -> HTTP 401', async () => {
    for (const [, url] of subgraphs())
      expect401(await rawPost(url, { [GATEWAY_IDENTITY_HEADER]: await tokenFor('admin') }, '{ _service { sdl } }'));
  });

  it('a correctly signed header is accepted (control), and the role rules still apply behind it', async () => {
    const admin = await signGatewayIdentity(ADMIN, DEV_GATEWAY_SHARED_SECRET);
    const res = await rawPost(env.registryUrl, { [GATEWAY_IDENTITY_HEADER]: admin });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ data: { ipAssets: { edges: expect.any(Array) } } });
    const anonymous = await rawPost(env.registryUrl, {
      [GATEWAY_IDENTITY_HEADER]: await signGatewayIdentity(ANONYMOUS, DEV_GATEWAY_SHARED_SECRET),
    });
    expect(JSON.parse(anonymous.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});

describe('role rules', () => {
  const partiesIn = async (city: string): Promise<unknown[]> =>
    assertGqlData(
      await gql(
        env.gatewayUrl,
        'query($f: PartyFilter) { parties(filter: $f) { edges { node { id } } } }',
        { f: { city } },
        { token: await tokenFor('admin') },
      ),
    ).parties.edges;

  it('an SME cannot register a lender (FORBIDDEN) and nothing is written', async () => {
    const input = newEnterpriseInput();
    const res = await gql(
      env.gatewayUrl,
      'mutation($input: RegisterPartyInput!) { registerLender(input: $input) { id } }',
      { input },
      { token: await tokenFor('sme') },
    );
    assertGqlError(res, { code: 'FORBIDDEN' });
    expect(await partiesIn(input.city)).toEqual([]);
  });

  it('program staff cannot register a lender either; an admin can (control)', async () => {
    const mutation = 'mutation($input: RegisterPartyInput!) { registerLender(input: $input) { id kind } }';
    assertGqlError(
      await gql(env.gatewayUrl, mutation, { input: newEnterpriseInput() }, { token: await tokenFor('program') }),
      { code: 'FORBIDDEN' },
    );
    const ok = await gql(env.gatewayUrl, mutation, { input: newEnterpriseInput() }, { token: await tokenFor('admin') });
    expect(assertGqlData(ok).registerLender.kind).toBe('LENDER');
  });

  it('an SME or a bank cannot create an IP asset (FORBIDDEN)', async () => {
    const mutation = 'mutation($input: CreateIpAssetInput!) { createIpAsset(input: $input) { id } }';
    for (const login of ['sme', 'bank'] as const) {
      assertGqlError(
        await gql(env.gatewayUrl, mutation, { input: newPatentInput() }, { token: await tokenFor(login) }),
        { code: 'FORBIDDEN' },
      );
    }
  });

  it('an SME cannot import patents (FORBIDDEN)', async () => {
    const res = await gql(
      env.gatewayUrl,
      'mutation($csv: String!) { importPatents(csv: $csv) { inserted } }',
      { csv: 'number\n' },
      { token: await tokenFor('sme') },
    );
    assertGqlError(res, { code: 'FORBIDDEN' });
  });

  it('a bank cannot update another party (FORBIDDEN, NOT_YOUR_PARTY) but may update its own', async () => {
    const mutation =
      'mutation($id: ID!, $input: UpdatePartyInput!) { updateParty(id: $id, input: $input) { id city } }';
    const bank = await tokenFor('bank');
    assertGqlError(
      await gql(
        env.gatewayUrl,
        mutation,
        { id: DEMO_PARTIES.lianxin.id, input: { district: 'Taken over' } },
        { token: bank },
      ),
      {
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_PARTY',
      },
    );
    const own = await gql(
      env.gatewayUrl,
      mutation,
      { id: DEMO_PARTIES.jiangsuBank.id, input: { city: DEMO_PARTIES.jiangsuBank.city } },
      { token: bank },
    );
    expect(assertGqlData(own).updateParty).toEqual({
      id: DEMO_PARTIES.jiangsuBank.id,
      city: DEMO_PARTIES.jiangsuBank.city,
    });
    const lianxin = await gql(
      env.gatewayUrl,
      'query($id: ID!) { party(id: $id) { district } }',
      { id: DEMO_PARTIES.lianxin.id },
      { token: bank },
    );
    expect(assertGqlData(lianxin).party.district).toBe(DEMO_PARTIES.lianxin.district);
  });

  it('an SME cannot update another enterprise (FORBIDDEN, NOT_YOUR_PARTY)', async () => {
    const mutation = 'mutation($id: ID!, $input: UpdatePartyInput!) { updateParty(id: $id, input: $input) { id } }';
    const res = await gql(
      env.gatewayUrl,
      mutation,
      { id: DEMO_PARTIES.qingyuan.id, input: { name: 'Hijacked' } },
      { token: await tokenFor('sme') },
    );
    assertGqlError(res, { code: 'FORBIDDEN', reason: 'NOT_YOUR_PARTY' });
  });
});
