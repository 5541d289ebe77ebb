import { jest } from '@jest/globals';
import {
  assertGqlData,
  assertGqlError,
  e2eEnv,
  expectedPatentExpiry,
  gql,
  newPatentInput,
  newPatentNumber,
  type PatentInput,
  registerEnterprise,
  seedAssets,
  tokenFor,
  withWrongCheckDigit,
  type DemoLogin,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/** Recording IP assets (createIpAsset) and changing their status (updateIpAssetStatus). */

const CREATE = `mutation($input: CreateIpAssetInput!) {
  createIpAsset(input: $input) {
    id kind number filingDate grantDate expiryDate legalStatus statusChangedAt pledgeable
    owners { name creditCode partyId share }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateIpAssetStatusInput!) {
  updateIpAssetStatus(id: $id, input: $input) { id legalStatus statusChangedAt riskFlags { invalidationPending ownershipDispute courtPreservation } pledgeable }
}`;
const ASSET = `query($id: ID!) { ipAsset(id: $id) { id number statusChangedAt } }`;

interface Created {
  id: string;
  kind: string;
  number: string;
  filingDate: string;
  grantDate: string | null;
  expiryDate: string | null;
  legalStatus: string;
  statusChangedAt: string;
  pledgeable: boolean;
  owners: { name: string; creditCode: string | null; partyId: string | null; share: string }[];
}

const create = async (input: unknown, login: DemoLogin = 'registrar') =>
  gql<{ createIpAsset: Created }>(env.gatewayUrl, CREATE, { input }, { token: await tokenFor(login) });
const update = async (id: string, input: unknown) =>
  gql(env.gatewayUrl, UPDATE, { id, input }, { token: await tokenFor('registrar') });

/** How many assets list this party among their owners. */
async function countOwnedBy(partyId: string): Promise<number> {
  const res = await gql(
    env.gatewayUrl,
    'query($f: IpAssetFilter) { ipAssets(filter: $f, first: 100) { edges { node { id } } } }',
    { f: { ownerPartyId: partyId } },
    { token: await tokenFor('registrar') },
  );
  return assertGqlData(res).ipAssets.edges.length;
}

describe('createIpAsset', () => {
  it('a registrar records an invention filed 2021-02-03; its expiry is 2041-02-03 (20 years)', async () => {
    const input = newPatentInput({ kind: 'INVENTION', filingDate: '2021-02-03', grantDate: '2023-05-19' });
    const asset = assertGqlData(await create(input)).createIpAsset;
    expect(asset).toMatchObject({
      kind: 'INVENTION',
      number: input.number,
      filingDate: '2021-02-03',
      grantDate: '2023-05-19',
      legalStatus: 'GRANTED',
    });
    expect(asset.expiryDate).toBe('2041-02-03');
    expect(asset.expiryDate).toBe(expectedPatentExpiry('INVENTION', '2021-02-03'));
    expect(asset.owners).toEqual([
      { name: input.owners[0]?.name, creditCode: null, partyId: null, share: expect.stringMatching(/^100(\.0+)?$/) },
    ]);
  });

  it('a design filed 2021-05-31 gets 10 years, one filed 2021-06-01 (fourth amendment) gets 15', async () => {
    const before = assertGqlData(
      await create(newPatentInput({ kind: 'DESIGN', filingDate: '2021-05-31', ipcClasses: [] })),
    ).createIpAsset;
    const after = assertGqlData(
      await create(newPatentInput({ kind: 'DESIGN', filingDate: '2021-06-01', ipcClasses: [] })),
    ).createIpAsset;
    expect([before.expiryDate, after.expiryDate]).toEqual(['2031-05-31', '2036-06-01']);
  });

  it('a utility model gets 10 years, and an admin may record assets too', async () => {
    const asset = assertGqlData(
      await create(newPatentInput({ kind: 'UTILITY_MODEL', filingDate: '2022-07-14' }), 'admin'),
    ).createIpAsset;
    expect(asset.expiryDate).toBe('2032-07-14');
  });

  it('links an owner to a registered party through the credit code', async () => {
    const party = await registerEnterprise();
    const input = newPatentInput({
      owners: [
        { name: party.name, creditCode: party.creditCode, share: '60' },
        { name: 'A university', share: '40' },
      ],
    });
    const asset = assertGqlData(await create(input)).createIpAsset;
    expect(asset.owners.map((o) => o.partyId)).toEqual([party.id, null]);
    expect(await countOwnedBy(party.id)).toBe(1);
  });

  it('a nonexistent date (2023-02-29) -> BAD_USER_INPUT', async () => {
    const input = newPatentInput({ filingDate: '2023-02-29', grantDate: '2023-06-01' });
    assertGqlError(await create(input), { code: 'BAD_USER_INPUT', mentions: 'filingDate' });
  });

  it('a grant date before the filing date -> BAD_USER_INPUT naming input.grantDate', async () => {
    assertGqlError(await create(newPatentInput({ filingDate: '2021-03-15', grantDate: '2021-03-14' })), {
      code: 'BAD_USER_INPUT',
      reason: 'IP_ASSET_INVALID',
      field: 'input.grantDate',
    });
  });

  it('a wrong check digit -> BAD_USER_INPUT naming input.number', async () => {
    const input = newPatentInput();
    input.number = withWrongCheckDigit(input.number);
    assertGqlError(await create(input), { code: 'BAD_USER_INPUT', reason: 'IP_ASSET_INVALID', field: 'input.number' });
  });

  it("a kind that contradicts the number's kind digit -> BAD_USER_INPUT naming input.kind", async () => {
    const input = newPatentInput({ kind: 'DESIGN', number: newPatentNumber('INVENTION', 2021), ipcClasses: [] });
    assertGqlError(await create(input), { code: 'BAD_USER_INPUT', reason: 'IP_ASSET_INVALID', field: 'input.kind' });
  });

  it('a number already registered -> CONFLICT', async () => {
    const first = newPatentInput();
    assertGqlData(await create(first));
    assertGqlError(await create(newPatentInput({ number: first.number })), {
      code: 'CONFLICT',
      reason: 'IP_ASSET_EXISTS',
      field: 'input.number',
    });
  });

  it('owner shares that do not add up to 100 -> BAD_USER_INPUT naming input.owners, nothing written', async () => {
    const party = await registerEnterprise();
    const input = newPatentInput({
      owners: [
        { name: party.name, creditCode: party.creditCode, share: '60' },
        { name: 'Co-owner', share: '30' },
      ],
    });
    assertGqlError(await create(input), { code: 'BAD_USER_INPUT', reason: 'IP_ASSET_INVALID', field: 'input.owners' });
    expect(await countOwnedBy(party.id)).toBe(0);
  });

  it('three owners at 33.3333 / 33.3333 / 33.3334 add up to exactly 100', async () => {
    const owners = [
      { name: 'A', share: '33.3333' },
      { name: 'B', share: '33.3333' },
      { name: 'C', share: '33.3334' },
    ];
    const asset = assertGqlData(await create(newPatentInput({ owners }))).createIpAsset;
    expect(asset.owners.map((o) => Number(o.share))).toEqual([33.3333, 33.3333, 33.3334]);
  });

  it.each(['-10', '0', 'NaN', '1e309', 'Infinity', 'abc', '100.00001'])(
    'an owner share of %s -> BAD_USER_INPUT',
    async (share) => {
      assertGqlError(await create(newPatentInput({ owners: [{ name: 'A', share }] })), {
        code: 'BAD_USER_INPUT',
        mentions: 'share',
      });
    },
  );

  it('shares sent as float literals -> BAD_USER_INPUT (Decimal takes strings or integers only)', async () => {
    // 33.3 + 66.7 are not exact binary floats; a Decimal must refuse them rather than guess.
    const number = newPatentNumber('INVENTION', 2021);
    const res = await gql(
      env.gatewayUrl,
      `mutation { createIpAsset(input: { kind: INVENTION, number: "${number}", title: "Float share", filingDate: "2021-03-15", grantDate: "2023-06-01", legalStatus: GRANTED, owners: [{ name: "A", share: 33.3 }, { name: "B", share: 66.7 }] }) { id } }`,
      {},
      { token: await tokenFor('registrar') },
    );
    assertGqlError(res, { code: 'BAD_USER_INPUT', mentions: 'share' });
  });

  it('granted without a grant date -> BAD_USER_INPUT naming input.grantDate', async () => {
    assertGqlError(await create(newPatentInput({ grantDate: null })), {
      code: 'BAD_USER_INPUT',
      reason: 'IP_ASSET_INVALID',
      field: 'input.grantDate',
    });
  });
});

describe('updateIpAssetStatus', () => {
  const pending = (): PatentInput => newPatentInput({ legalStatus: 'PENDING', grantDate: null });

  it('moves statusChangedAt when a flag or the status changes, not when nothing changes', async () => {
    const granted = newPatentInput();
    const { byNumber } = await seedAssets([granted]);
    const asset = byNumber.get(granted.number);
    if (asset === undefined) throw new Error('fixture missing');
    const initial = asset.statusChangedAt;

    const same = assertGqlData(
      await update(asset.id, { legalStatus: 'GRANTED', invalidationPending: false }),
    ).updateIpAssetStatus;
    expect(same.statusChangedAt).toBe(initial);

    const flagged = assertGqlData(await update(asset.id, { invalidationPending: true })).updateIpAssetStatus;
    expect(flagged.riskFlags.invalidationPending).toBe(true);
    expect(Date.parse(flagged.statusChangedAt)).toBeGreaterThan(Date.parse(initial));

    const again = assertGqlData(await update(asset.id, { invalidationPending: true })).updateIpAssetStatus;
    expect(again.statusChangedAt).toBe(flagged.statusChangedAt);

    const lapsed = assertGqlData(await update(asset.id, { legalStatus: 'LAPSED' })).updateIpAssetStatus;
    expect(lapsed.legalStatus).toBe('LAPSED');
    expect(lapsed.pledgeable).toBe(false);
    expect(Date.parse(lapsed.statusChangedAt)).toBeGreaterThan(Date.parse(flagged.statusChangedAt));
    const read = await gql(env.gatewayUrl, ASSET, { id: asset.id }, { token: await tokenFor('bank') });
    expect(assertGqlData(read).ipAsset.statusChangedAt).toBe(lapsed.statusChangedAt);
  });

  it('a court preservation order makes a granted asset unpledgeable', async () => {
    const granted = newPatentInput();
    const asset = (await seedAssets([granted])).byNumber.get(granted.number);
    const frozen = assertGqlData(await update(asset?.id as string, { courtPreservation: true })).updateIpAssetStatus;
    expect(frozen).toMatchObject({ legalStatus: 'GRANTED', pledgeable: false, riskFlags: { courtPreservation: true } });
  });

  it('an empty change -> BAD_USER_INPUT', async () => {
    const p = pending();
    const asset = (await seedAssets([p])).byNumber.get(p.number);
    assertGqlError(await update(asset?.id as string, {}), { code: 'BAD_USER_INPUT', field: 'input' });
  });

  it('GRANTED on an asset that has no grant date -> BAD_USER_INPUT, not an internal error', async () => {
    const p = pending();
    const asset = (await seedAssets([p])).byNumber.get(p.number);
    assertGqlError(await update(asset?.id as string, { legalStatus: 'GRANTED' }), {
      code: 'BAD_USER_INPUT',
      mentions: 'legalStatus',
    });
    const read = await gql(
      env.gatewayUrl,
      `query($id: ID!) { ipAsset(id: $id) { legalStatus } }`,
      { id: asset?.id },
      { token: await tokenFor('bank') },
    );
    expect(assertGqlData(read).ipAsset.legalStatus).toBe('PENDING');
  });

  it('an unknown id -> NOT_FOUND; a malformed id -> BAD_USER_INPUT', async () => {
    assertGqlError(await update('00000000-0000-4000-8000-00000000dead', { invalidationPending: true }), {
      code: 'NOT_FOUND',
      reason: 'IP_ASSET_NOT_FOUND',
    });
    assertGqlError(await update('nope', { invalidationPending: true }), { code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('an SME or a bank cannot change a status (FORBIDDEN)', async () => {
    const p = pending();
    const asset = (await seedAssets([p])).byNumber.get(p.number);
    for (const login of ['sme', 'bank'] as const) {
      const res = await gql(
        env.gatewayUrl,
        UPDATE,
        { id: asset?.id, input: { courtPreservation: true } },
        { token: await tokenFor(login) },
      );
      assertGqlError(res, { code: 'FORBIDDEN' });
    }
  });
});
