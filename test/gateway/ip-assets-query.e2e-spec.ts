import { jest } from '@jest/globals';
import { DEMO_ASSETS, DEMO_PARTIES } from '@app/demo-data';
import {
  assertGqlData,
  assertGqlError,
  cents,
  D,
  e2eEnv,
  expectedPatentExpiry,
  gql,
  newPatentInput,
  type PatentInput,
  presentValue,
  seedAssets,
  todayInChina,
  tokenFor,
  type DemoLogin,
} from '@app/testing';

// The e2e project's testTimeout in jest.config.js is not applied (a global-only option).
jest.setTimeout(60_000);

const env = e2eEnv();

/**
 * The federated read path through the gateway: registry fields and the valuation
 * subgraph's `latestValuation` in one query, Relay pagination and the asset filters.
 */

interface Node {
  id: string;
  number: string;
  kind: string;
  legalStatus: string;
  expiryDate: string | null;
  ipcClasses: string[];
  latestValuation: {
    value: { amount: string; currency: string };
    method: string;
    report: {
      methods: {
        method: string;
        value: { amount: string };
        incomePeriod: { years: number; cappedBy: string } | null;
      }[];
      reconciliation: { value: { amount: string } };
    } | null;
  } | null;
}
interface Page {
  ipAssets: {
    edges: { cursor: string; node: Node }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const QUERY = `query($filter: IpAssetFilter, $first: Int, $after: String) {
  ipAssets(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id number kind legalStatus expiryDate ipcClasses
      latestValuation { value { amount currency } method
        report { methods { method value { amount } incomePeriod { years cappedBy } } reconciliation { value { amount } } } } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

async function page(variables: Record<string, unknown>, login: DemoLogin = 'sme'): Promise<Page['ipAssets']> {
  return assertGqlData<Page>(await gql<Page>(env.gatewayUrl, QUERY, variables, { token: await tokenFor(login) }))
    .ipAssets;
}

async function numbers(filter: Record<string, unknown>): Promise<string[]> {
  const result = await page({ filter, first: 100 });
  expect(result.pageInfo.hasNextPage).toBe(false);
  return result.edges.map((e) => e.node.number).sort();
}

const demoOwnedBy = (partyId: string): string[] =>
  DEMO_ASSETS.filter((a) => a.owners.some((o) => o.partyKey !== null && DEMO_PARTIES[o.partyKey].id === partyId))
    .map((a) => a.number)
    .sort();

describe('ipAssets through the gateway (federated with valuation)', () => {
  it('returns every seeded asset with its latest valuation from the valuation subgraph, null when never valued', async () => {
    const seen = new Map<string, Node>();
    for (const party of [DEMO_PARTIES.lianxin, DEMO_PARTIES.qingyuan]) {
      for (const edge of (await page({ filter: { ownerPartyId: party.id }, first: 100 })).edges)
        seen.set(edge.node.number, edge.node);
    }
    expect([...seen.keys()].sort()).toEqual(DEMO_ASSETS.map((a) => a.number).sort());
    for (const demo of DEMO_ASSETS) {
      const node = seen.get(demo.number) as Node;
      expect(node.id).toBe(demo.id);
      if (demo.valuation === null) {
        expect({ number: demo.number, latestValuation: node.latestValuation }).toEqual({
          number: demo.number,
          latestValuation: null,
        });
      } else {
        expect(node.latestValuation).not.toBeNull();
        expect(node.latestValuation?.value.currency).toBe('CNY');
        expect(node.latestValuation?.value.amount).toMatch(/^\d+(\.\d{1,4})?$/);
        expect(Number(node.latestValuation?.value.amount)).toBeGreaterThan(0);
        // Seeded as a reconciled valuation of relief from royalty alone, readable through its report.
        const v = demo.valuation;
        expect(node.latestValuation?.method).toBe('RECONCILED');
        const methods = node.latestValuation?.report?.methods ?? [];
        expect(methods.map((m) => m.method)).toEqual(['RELIEF_FROM_ROYALTY']);
        // Income period = whole years of the shorter of legal term and economic life.
        const years = Math.floor(Math.min(v.remainingLegalYears, v.economicLifeYears));
        const cappedBy = v.remainingLegalYears < v.economicLifeYears ? 'LEGAL_TERM' : 'ECONOMIC_LIFE';
        expect(methods[0]?.incomePeriod).toEqual({ years, cappedBy });
        // By hand: base x (1 + g)^t x royalty x (1 - 25 % tax) / (1 + r)^t over those years.
        const benefits = Array.from({ length: years }, (_, i) =>
          new D(v.baseRevenue)
            .times(new D(1).plus(v.growthRate).pow(i + 1))
            .times(v.royaltyRate)
            .times('0.75'),
        );
        const byHand = cents(presentValue(benefits, v.discountRate));
        const amounts = [node.latestValuation?.value.amount, methods[0]?.value.amount];
        amounts.push(node.latestValuation?.report?.reconciliation.value.amount);
        expect(amounts.map((a) => new D(a ?? 'NaN').toFixed(2))).toEqual([byHand, byHand, byHand]);
      }
    }
  });

  it("walks one owner's assets page by page with first/after and hasNextPage", async () => {
    const expected = demoOwnedBy(DEMO_PARTIES.lianxin.id);
    expect(expected.length).toBeGreaterThan(4);
    const walked: string[] = [];
    const flags: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const result = await page({ filter: { ownerPartyId: DEMO_PARTIES.lianxin.id }, first: 2, after });
      expect(result.edges.length).toBeLessThanOrEqual(2);
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      walked.push(...result.edges.map((e) => e.node.number));
      flags.push(result.pageInfo.hasNextPage);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(walked).toEqual(expected);
    expect(flags).toEqual([...Array<boolean>(Math.ceil(expected.length / 2) - 1).fill(true), false]);
  });

  it('walks the whole register without duplicates, in number order, passing every seeded asset', async () => {
    const ids = new Set<string>();
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 1000; i++) {
      const result = await page({ first: 100, after });
      for (const edge of result.edges) {
        expect(ids.has(edge.node.id)).toBe(false);
        ids.add(edge.node.id);
        walked.push(edge.node.number);
      }
      if (!result.pageInfo.hasNextPage) break;
      expect(result.edges).toHaveLength(100);
      after = result.pageInfo.endCursor;
    }
    const patents = walked.filter((n) => n.startsWith('CN'));
    expect(patents).toEqual([...patents].sort());
    expect(walked).toEqual(expect.arrayContaining(DEMO_ASSETS.map((a) => a.number)));
  });

  describe('filters', () => {
    // Fresh assets owned by a fresh party, so each filter's exact answer is known.
    const patents: Record<string, PatentInput> = {
      invention: newPatentInput({
        kind: 'INVENTION',
        filingDate: '2021-02-03',
        grantDate: '2023-05-19',
        ipcClasses: ['H01M4/525', 'H01M4/36'],
      }),
      utility: newPatentInput({
        kind: 'UTILITY_MODEL',
        filingDate: '2019-09-18',
        grantDate: '2020-06-02',
        ipcClasses: ['H01L23/367'],
      }),
      oldDesign: newPatentInput({
        kind: 'DESIGN',
        filingDate: '2021-05-31',
        grantDate: '2022-01-10',
        legalStatus: 'LAPSED',
        ipcClasses: [],
      }),
      pending: newPatentInput({
        kind: 'INVENTION',
        filingDate: '2023-04-20',
        grantDate: null,
        legalStatus: 'PENDING',
        ipcClasses: ['G06F16/00', 'H01M10/05'],
      }),
      newDesign: newPatentInput({ kind: 'DESIGN', filingDate: '2021-06-01', grantDate: '2022-01-10', ipcClasses: [] }),
    };
    const n = (...keys: string[]): string[] => keys.map((k) => (patents[k] as PatentInput).number).sort();
    let partyId: string;

    beforeAll(async () => {
      ({ partyId } = await seedAssets(Object.values(patents)));
    });

    it("ownerPartyId returns exactly that party's assets", async () => {
      expect(await numbers({ ownerPartyId: partyId })).toEqual(
        n('invention', 'utility', 'oldDesign', 'pending', 'newDesign'),
      );
      expect(await numbers({ ownerPartyId: DEMO_PARTIES.qingyuan.id })).toEqual(demoOwnedBy(DEMO_PARTIES.qingyuan.id));
    });

    it('kind narrows to that kind', async () => {
      expect(await numbers({ ownerPartyId: partyId, kind: 'INVENTION' })).toEqual(n('invention', 'pending'));
      expect(await numbers({ ownerPartyId: partyId, kind: 'DESIGN' })).toEqual(n('oldDesign', 'newDesign'));
      expect(await numbers({ ownerPartyId: partyId, kind: 'TRADEMARK' })).toEqual([]);
      const anyone = await page({ filter: { kind: 'UTILITY_MODEL' }, first: 100 });
      expect(anyone.edges.length).toBeGreaterThan(0);
      expect(new Set(anyone.edges.map((e) => e.node.kind))).toEqual(new Set(['UTILITY_MODEL']));
    });

    it('legalStatus narrows to that status', async () => {
      expect(await numbers({ ownerPartyId: partyId, legalStatus: 'PENDING' })).toEqual(n('pending'));
      expect(await numbers({ ownerPartyId: partyId, legalStatus: 'LAPSED' })).toEqual(n('oldDesign'));
      expect(await numbers({ ownerPartyId: partyId, legalStatus: 'GRANTED' })).toEqual(
        n('invention', 'utility', 'newDesign'),
      );
    });

    it("ipcPrefix matches any of an asset's IPC classes, not only the main one", async () => {
      expect(await numbers({ ownerPartyId: partyId, ipcPrefix: 'H01M' })).toEqual(n('invention', 'pending'));
      expect(await numbers({ ownerPartyId: partyId, ipcPrefix: 'H01L23' })).toEqual(n('utility'));
      expect(await numbers({ ownerPartyId: partyId, ipcPrefix: 'G06F16/00' })).toEqual(n('pending'));
      const anyone = await page({ filter: { ipcPrefix: 'H01M' }, first: 100 });
      expect(anyone.edges.length).toBeGreaterThan(0);
      for (const e of anyone.edges) expect(e.node.ipcClasses.some((c) => c.startsWith('H01M'))).toBe(true);
    });

    it('expiringBefore keeps assets whose computed expiry is strictly before the date', async () => {
      const all = await page({ filter: { ownerPartyId: partyId }, first: 100 });
      for (const e of all.edges) {
        const input = Object.values(patents).find((p) => p.number === e.node.number) as PatentInput;
        expect(e.node.expiryDate).toBe(expectedPatentExpiry(input.kind, input.filingDate));
      }
      // utility model 2019-09-18 + 10 = 2029-09-18; design filed 2021-05-31 + 10 = 2031-05-31.
      expect(await numbers({ ownerPartyId: partyId, expiringBefore: '2031-06-01' })).toEqual(n('utility', 'oldDesign'));
      expect(await numbers({ ownerPartyId: partyId, expiringBefore: '2031-05-31' })).toEqual(n('utility'));
      const anyone = await page({ filter: { expiringBefore: '2030-01-01' }, first: 100 });
      for (const e of anyone.edges) expect(e.node.expiryDate !== null && e.node.expiryDate < '2030-01-01').toBe(true);
    });

    it('legalStatus filters on the status shown: a GRANTED patent past its expiry is EXPIRED, not GRANTED', async () => {
      // Utility model filed 2010-01-04: expired 2020-01-04, still recorded as GRANTED.
      const expired = newPatentInput({
        kind: 'UTILITY_MODEL',
        filingDate: '2010-01-04',
        grantDate: '2011-01-04',
        legalStatus: 'GRANTED',
      });
      const live = newPatentInput({
        kind: 'INVENTION',
        filingDate: '2021-03-15',
        grantDate: '2023-06-01',
        legalStatus: 'GRANTED',
      });
      const seeded = await seedAssets([expired, live]);
      expect(todayInChina() >= expectedPatentExpiry('UTILITY_MODEL', '2010-01-04')).toBe(true);
      const shown = await page({ filter: { ownerPartyId: seeded.partyId }, first: 100 });
      expect(shown.edges.find((e) => e.node.number === expired.number)?.node.legalStatus).toBe('EXPIRED');
      expect(await numbers({ ownerPartyId: seeded.partyId, legalStatus: 'GRANTED' })).toEqual([live.number]);
      expect(await numbers({ ownerPartyId: seeded.partyId, legalStatus: 'EXPIRED' })).toEqual([expired.number]);
    });
  });

  describe('bad arguments', () => {
    const ids = `query($first: Int, $after: String, $filter: IpAssetFilter) { ipAssets(first: $first, after: $after, filter: $filter) { edges { node { id } } } }`;
    const ask = async (variables: Record<string, unknown>) =>
      gql(env.gatewayUrl, ids, variables, { token: await tokenFor('bank') });

    it('accepts page sizes 1 and 100', async () => {
      expect(assertGqlData(await ask({ first: 1 })).ipAssets.edges).toHaveLength(1);
      expect(assertGqlData(await ask({ first: 100 })).ipAssets.edges.length).toBeGreaterThanOrEqual(DEMO_ASSETS.length);
    });

    it.each([0, 101, -1])('first: %d -> BAD_USER_INPUT on field first', async (first) => {
      assertGqlError(await ask({ first }), { code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('a garbage after cursor -> BAD_USER_INPUT on field after', async () => {
      assertGqlError(await ask({ after: 'garbage!!' }), { code: 'BAD_USER_INPUT', field: 'after' });
      assertGqlError(await ask({ after: Buffer.from('{"not":"a cursor"}').toString('base64url') }), {
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    });

    it('a cursor from another query (parties) -> BAD_USER_INPUT on field after', async () => {
      const parties = await gql(
        env.gatewayUrl,
        '{ parties(first: 1) { pageInfo { endCursor } } }',
        {},
        { token: await tokenFor('bank') },
      );
      const cursor = assertGqlData(parties).parties.pageInfo.endCursor as string;
      assertGqlError(await ask({ after: cursor }), { code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('a well-formed but forged cursor (key values of the wrong type) -> BAD_USER_INPUT, not an internal error', async () => {
      for (const key of [
        ['PATENT', 'CN1', 'not-a-uuid'],
        [1, 2, 3],
      ]) {
        assertGqlError(await ask({ after: Buffer.from(JSON.stringify(key)).toString('base64url') }), {
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
      }
    });

    it('ownerPartyId that is not a UUID -> BAD_USER_INPUT on filter.ownerPartyId', async () => {
      assertGqlError(await ask({ filter: { ownerPartyId: 'not-a-uuid' } }), {
        code: 'BAD_USER_INPUT',
        field: 'filter.ownerPartyId',
      });
    });

    it('an ipcPrefix that is not the start of an IPC symbol -> BAD_USER_INPUT naming filter.ipcPrefix', async () => {
      assertGqlError(await ask({ filter: { ipcPrefix: 'H01M%' } }), {
        code: 'BAD_USER_INPUT',
        field: 'filter.ipcPrefix',
      });
    });

    it('expiringBefore that is not a real date -> BAD_USER_INPUT, not an internal error', async () => {
      assertGqlError(await ask({ filter: { expiringBefore: '2023-02-29' } }), {
        code: 'BAD_USER_INPUT',
        mentions: 'expiringBefore',
      });
      assertGqlError(await ask({ filter: { expiringBefore: 'next year' } }), {
        code: 'BAD_USER_INPUT',
        mentions: 'expiringBefore',
      });
    });

    it('valuations(first) outside 1-50 -> BAD_USER_INPUT on field first', async () => {
      const res = await gql(
        env.gatewayUrl,
        `query($id: ID!) { ipAsset(id: $id) { valuations(first: 51) { id } } }`,
        { id: DEMO_ASSETS[0]?.id },
        { token: await tokenFor('bank') },
      );
      assertGqlError(res, { code: 'BAD_USER_INPUT', field: 'first' });
    });
  });
});
