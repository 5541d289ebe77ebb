import { validateAssetRecord, type RawAssetRecord } from './asset-record.js';

const base: RawAssetRecord = {
  kind: 'INVENTION',
  number: 'CN202110456789.1',
  title: 'Single-crystal cathode',
  filingDate: '2021-02-03',
  grantDate: '2023-05-19',
  legalStatus: 'GRANTED',
  ipcClasses: ['H01M4/525', 'h01m4/36'],
  owners: [{ name: 'Hefei Qingyuan', creditCode: '91340100MA2N7K8P5R', share: '100' }],
};

describe('validateAssetRecord', () => {
  it('normalises a valid record and derives register, expiry and main IPC', () => {
    const result = validateAssetRecord(base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.register).toBe('PATENT');
    expect(result.record.expiryDate).toBe('2041-02-03');
    expect(result.record.ipcClasses).toEqual(['H01M4/525', 'H01M4/36']);
    expect(result.record.mainIpc).toBe('H01M4/525');
  });

  it.each<[string, Partial<RawAssetRecord>, string]>([
    ['unknown kind', { kind: 'PLANT_VARIETY' }, 'kind'],
    ['kind contradicting the number', { kind: 'UTILITY_MODEL' }, 'kind'],
    ['wrong check character', { number: 'CN202110456789.2' }, 'number'],
    ['nonexistent filing date', { filingDate: '2023-02-29' }, 'filingDate'],
    ['grant before filing', { grantDate: '2020-01-01' }, 'grantDate'],
    ['granted without grant date', { grantDate: null }, 'grantDate'],
    ['blank title', { title: '   ' }, 'title'],
    ['oversized title', { title: 'x'.repeat(501) }, 'title'],
    ['bad IPC symbol', { ipcClasses: ['ZZZ'] }, 'ipcClasses'],
    ['no owners', { owners: [] }, 'owners'],
    [
      'shares not adding to 100',
      {
        owners: [
          { name: 'A', share: '60' },
          { name: 'B', share: '30' },
        ],
      },
      'owners',
    ],
    ['negative share', { owners: [{ name: 'A', share: '-100' }] }, 'owners[0].share'],
    ['NaN share', { owners: [{ name: 'A', share: 'NaN' }] }, 'owners[0].share'],
    ['exponent share', { owners: [{ name: 'A', share: '1e309' }] }, 'owners[0].share'],
    [
      'same owner twice',
      {
        owners: [
          { name: 'A', creditCode: '91340100MA2N7K8P5R', share: '50' },
          { name: 'B', creditCode: '91340100MA2N7K8P5R', share: '50' },
        ],
      },
      'owners',
    ],
    ['negative count', { claimsCount: -1 }, 'claimsCount'],
    ['independent claims above total', { claimsCount: 2, independentClaims: 3 }, 'independentClaims'],
  ])('rejects %s, naming the field', (_name, change, field) => {
    const result = validateAssetRecord({ ...base, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toContain(field);
  });

  it('accepts a pending application without grant date, and a co-owned asset', () => {
    const result = validateAssetRecord({
      ...base,
      legalStatus: 'PENDING',
      grantDate: '',
      owners: [
        { name: 'A', share: '60.5' },
        { name: 'B', share: '39.5' },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('gives trademarks their own register and a term from registration', () => {
    const result = validateAssetRecord({
      ...base,
      kind: 'TRADEMARK',
      number: '12345678',
      filingDate: '2015-01-10',
      grantDate: '2016-04-07',
      ipcClasses: [],
    });
    expect(result.ok && result.record.register).toBe('TRADEMARK');
    expect(result.ok && result.record.expiryDate).toBe('2026-04-07');
  });
});
