import { jest } from '@jest/globals';
import { DEMO_ASSETS, DEMO_PARTIES } from '@app/demo-data';
import { assertGqlData, e2eEnv, gql, tokenFor } from '@app/testing';

jest.setTimeout(60_000);

const env = e2eEnv();

/** The demo seed's marketplace and register activity, made through the services, as a user of `npm start` sees it. */

const assetId = (number: string): string => {
  const found = DEMO_ASSETS.find((a) => a.number === number);
  if (found === undefined) throw new Error(`demo asset ${number} missing`);
  return found.id;
};

describe('demo activity', () => {
  it('the public register shows the demo pledge on the SRAM patent to anyone', async () => {
    const res = await gql<{
      pledgeRegister: {
        edges: { node: { registrationNumber: string; status: string; pledgorName: string; pledgeeName: string } }[];
      };
    }>(
      env.gatewayUrl,
      `{ pledgeRegister(filter: { patentNumber: "CN201810123456.5" }) {
        edges { node { registrationNumber status pledgorName pledgeeName } } } }`,
    );
    const entries = assertGqlData(res).pledgeRegister.edges.map((e) => e.node);
    expect(entries).toEqual([
      {
        registrationNumber: expect.stringMatching(/^PL-\d{4}-\d{6,}$/),
        status: 'REGISTERED',
        pledgorName: DEMO_PARTIES.lianxin.name,
        pledgeeName: DEMO_PARTIES.jiangsuBank.name,
      },
    ]);
  });

  it('the registrar has the jointly filed SerDes application waiting, with a deadline', async () => {
    const res = await gql<{
      pledgeApplications: {
        edges: { node: { status: string; examinationDueDate: string | null; assets: { assetId: string }[] } }[];
      };
    }>(
      env.gatewayUrl,
      '{ pledgeApplications(filter: { status: SUBMITTED }, first: 100) { edges { node { status examinationDueDate assets { assetId } } } } }',
      {},
      { token: await tokenFor('registrar') },
    );
    const serdes = assetId('CN202010345678.9');
    const waiting = assertGqlData(res).pledgeApplications.edges.filter((e) =>
      e.node.assets.some((a) => a.assetId === serdes),
    );
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.node.examinationDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("the demo bank sees Qingyuan's open listing with its own open offer", async () => {
    const res = await gql<{
      listings: { edges: { node: { pledgor: { id: string }; status: string; offers: { status: string }[] } }[] };
    }>(
      env.gatewayUrl,
      // Qingyuan's city only: other spec files (the soak) list many patents of their own.
      'query($city: String!) { listings(filter: { city: $city }, first: 100) { edges { node { pledgor { id } status offers { status } } } } }',
      { city: DEMO_PARTIES.qingyuan.city },
      { token: await tokenFor('bank') },
    );
    const qingyuan = assertGqlData(res).listings.edges.filter((e) => e.node.pledgor.id === DEMO_PARTIES.qingyuan.id);
    expect(qingyuan.map((e) => e.node)).toEqual([
      { pledgor: { id: DEMO_PARTIES.qingyuan.id }, status: 'OPEN', offers: [{ status: 'OPEN' }] },
    ]);
  });

  it('every step left an intact audit chain on the registered asset', async () => {
    const sram = assetId('CN201810123456.5');
    const token = await tokenFor('registrar');
    const trail = await gql<{ assetAuditTrail: { action: string }[]; verifyAssetAuditChain: { intact: boolean } }>(
      env.gatewayUrl,
      'query($a: ID!) { assetAuditTrail(assetId: $a) { action } verifyAssetAuditChain(assetId: $a) { intact } }',
      { a: sram },
      { token },
    );
    const data = assertGqlData(trail);
    expect(data.verifyAssetAuditChain.intact).toBe(true);
    expect(data.assetAuditTrail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'LISTING_CREATED',
        'OFFER_MADE',
        'OFFER_ACCEPTED',
        'PLEDGE_DRAFTED',
        'PLEDGE_REGISTERED',
        'POOL_CANDIDATE_INCLUDED',
      ]),
    );
  });

  it("the demo bank's SRAM loan is pooled in a structured pool that projects at once", async () => {
    const token = await tokenFor('bank');
    const pools = assertGqlData(
      await gql<{
        securitizationPools: {
          id: string;
          targetBalance: string;
          analytics: { count: number; balance: string };
          structure: { noteTotal: string; tranches: { name: string }[] } | null;
        }[];
      }>(
        env.gatewayUrl,
        '{ securitizationPools { id targetBalance analytics { count balance } structure { noteTotal tranches { name } } } }',
        {},
        { token },
      ),
    ).securitizationPools;
    const demo = pools.find((p) => p.targetBalance === '30000000.00' && p.structure !== null);
    expect(demo?.analytics).toEqual({ count: 1, balance: '3000000.00' });
    expect(demo?.structure).toEqual({
      noteTotal: '2800000.00',
      tranches: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    });
    const projection = assertGqlData(
      await gql<{ securitizationPoolProjection: { periods: unknown[]; overcollateralisation: string } }>(
        env.gatewayUrl,
        `query($id: ID!) { securitizationPoolProjection(poolId: $id, assumptions: {
          annualDefaultRate: "0.03", annualPrepaymentRate: "0.05", lossSeverity: "0.6", recoveryLagPeriods: 6 }) {
          overcollateralisation periods { period } } }`,
        { id: demo?.id },
        { token },
      ),
    ).securitizationPoolProjection;
    expect(projection.overcollateralisation).toBe('200000.00');
    expect(projection.periods).toHaveLength(18);
  });
});
