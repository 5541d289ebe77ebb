import fc from 'fast-check';
import { canonicalJson, hashLink, verifyChainPage, type AuditLink, type JsonValue } from './audit-chain.js';

function chain(length: number, assetId = '00000000-0000-4000-8000-000000000001'): AuditLink[] {
  const links: AuditLink[] = [];
  for (let seq = 1; seq <= length; seq++) {
    const unhashed = {
      assetId,
      seq,
      eventId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      subjectType: 'PLEDGE',
      subjectId: '00000000-0000-4000-8000-00000000abcd',
      action: seq === 1 ? 'PLEDGE_SUBMITTED' : 'PLEDGE_REGISTERED',
      actor: { userId: null, login: 'registrar', partyId: null, roles: ['REGISTRAR'] },
      occurredAt: new Date(Date.UTC(2026, 10, 21, 8, 0, seq)),
      before: seq === 1 ? null : { status: 'SUBMITTED' },
      after: { status: seq === 1 ? 'SUBMITTED' : 'REGISTERED', amount: '5000000.0000' },
      prevHash: links.at(-1)?.hash ?? null,
    };
    links.push({ ...unhashed, hash: hashLink(unhashed) });
  }
  return links;
}

describe('canonicalJson', () => {
  it('sorts keys at every level, so jsonb key reordering does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: true, e: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":null,"f":true}]},"b":1}',
    );
  });

  it('refuses non-integer numbers (money travels as strings)', () => {
    expect(() => canonicalJson({ amount: 1.5 })).toThrow(RangeError);
  });

  it('is the same for any key order (property)', () => {
    const json = fc.jsonValue().filter((v) => !JSON.stringify(v).match(/\d\.\d|e[+-]?\d/i)) as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(json, (value) => {
        const reordered = JSON.parse(JSON.stringify(value), function (this: unknown, _k, v: unknown) {
          if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
          return Object.fromEntries(Object.entries(v).reverse());
        }) as JsonValue;
        return canonicalJson(reordered) === canonicalJson(value);
      }),
    );
  });
});

describe('verifyChainPage', () => {
  it('accepts an intact chain, whole or in pages', () => {
    const links = chain(5);
    expect(verifyChainPage(null, links).problems).toEqual([]);
    const first = verifyChainPage(null, links.slice(0, 2));
    expect(verifyChainPage(first.last, links.slice(2)).problems).toEqual([]);
  });

  it('detects an altered event', () => {
    const links = chain(3);
    const tampered = links.map((l) => (l.seq === 2 ? { ...l, after: { status: 'REGISTERED', amount: '1.0000' } } : l));
    expect(verifyChainPage(null, tampered).problems).toEqual([
      expect.objectContaining({ seq: 2, kind: 'HASH_MISMATCH' }),
    ]);
  });

  it('detects a rehashed event through the next link', () => {
    const links = chain(3);
    const forged = { ...links[1]!, action: 'PLEDGE_REFUSED' };
    forged.hash = hashLink(forged);
    const problems = verifyChainPage(null, [links[0]!, forged, links[2]!]).problems;
    expect(problems).toEqual([expect.objectContaining({ seq: 3, kind: 'BROKEN_LINK' })]);
  });

  it('detects a removed event', () => {
    const links = chain(4);
    const kinds = verifyChainPage(null, [links[0]!, links[2]!, links[3]!]).problems.map((p) => [p.seq, p.kind]);
    expect(kinds).toEqual([
      [3, 'SEQUENCE_GAP'],
      [3, 'BROKEN_LINK'],
    ]);
  });

  it('detects a chain that does not start at 1', () => {
    const links = chain(2);
    expect(verifyChainPage(null, [links[1]!]).problems.map((p) => p.kind)).toEqual(['SEQUENCE_GAP', 'BROKEN_LINK']);
  });
});
