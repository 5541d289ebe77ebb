import { checkHeader, rowToRecord } from './patent-csv.js';

describe('patent CSV mapping', () => {
  it('accepts the required columns and rejects missing, unknown or repeated ones', () => {
    const required = ['number', 'kind', 'title', 'filing_date', 'legal_status', 'owners'];
    expect(checkHeader(required)).toBeNull();
    expect(checkHeader(required.filter((c) => c !== 'owners'))).toMatch(/missing column\(s\): owners/);
    expect(checkHeader([...required, 'colour'])).toMatch(/unknown column\(s\): colour/);
    expect(checkHeader([...required, 'kind'])).toMatch(/twice/);
  });

  it('splits owner lists and gives a single owner 100 %', () => {
    expect(rowToRecord({ owners: 'A Co.' }).raw.owners).toEqual([{ name: 'A Co.', creditCode: null, share: '100' }]);
    const co = rowToRecord({ owners: 'A;B', owner_shares: '70;30', owner_credit_codes: '91340100MA2N7K8P5R;' });
    expect(co.problems).toEqual([]);
    expect(co.raw.owners).toEqual([
      { name: 'A', creditCode: '91340100MA2N7K8P5R', share: '70' },
      { name: 'B', creditCode: null, share: '30' },
    ]);
  });

  it.each([
    [{ owners: 'A;B' }, 'owner_shares'],
    [{ owners: 'A', invalidation_pending: 'maybe' }, 'invalidation_pending'],
    [{ owners: 'A', claims_count: '12.5' }, 'claims_count'],
  ])('reports cell problems by CSV column: %j', (row, field) => {
    expect(rowToRecord(row).problems.map((p) => p.field)).toContain(field);
  });
});
