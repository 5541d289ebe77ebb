import { checkCreditHeader, parseCreditRow } from './credit-list-csv.js';

const VALID = {
  credit_code: '91320594MA1W0L2Q3E',
  entity_name: 'Example Filings Ltd',
  conduct: 'abnormal_patent_filing',
  issuing_authority: 'CNIPA',
  listed_on: '2026-03-01',
};

describe('checkCreditHeader', () => {
  it.each([
    [['credit_code', 'entity_name', 'conduct', 'issuing_authority', 'listed_on'], null],
    [['credit_code', 'entity_name', 'conduct', 'issuing_authority', 'listed_on', 'expires_on'], null],
    [['credit_code', 'entity_name', 'conduct', 'listed_on'], 'missing column(s): issuing_authority'],
    [['credit_code', 'entity_name', 'conduct', 'issuing_authority', 'listed_on', 'note'], 'unknown column(s): note'],
  ])('%j -> %s', (columns, expected) => {
    expect(checkCreditHeader(columns)).toBe(expected);
  });
});

describe('parseCreditRow', () => {
  it('normalises a valid row (conduct case-insensitive, no expiry = configured term)', () => {
    expect(parseCreditRow(VALID)).toEqual({
      ok: true,
      entry: {
        creditCode: '91320594MA1W0L2Q3E',
        entityName: 'Example Filings Ltd',
        conduct: 'ABNORMAL_PATENT_FILING',
        issuingAuthority: 'CNIPA',
        listedOn: '2026-03-01',
        expiresOn: null,
      },
    });
  });

  it('reports every problem of a row at once', () => {
    const result = parseCreditRow({
      credit_code: '91320594MA1W0L2Q3X',
      entity_name: '',
      conduct: 'SPAM',
      issuing_authority: 'CNIPA',
      listed_on: '2026-02-30',
      expires_on: 'soon',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      'credit_code',
      'entity_name',
      'conduct',
      'listed_on',
      'expires_on',
    ]);
  });
});
