import { parse } from 'csv-parse/sync';
import { DEMO_ASSETS, DEMO_PARTIES } from '@app/demo-data';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  newCreditCode,
  newEnterpriseInput,
  withWrongCheckChar,
} from './credit-code.js';
import {
  expectedPatentExpiry,
  newPatentInput,
  newPatentNumber,
  PATENT_CSV_HEADER,
  patentCheckChar,
  patentCsv,
  withWrongCheckDigit,
} from './patent.js';

/**
 * The factories re-implement the check-character rules (a lib may not import an app);
 * the demo data carries real check characters, so it is the reference here. The e2e
 * suite then holds the factories against the running registry.
 */
describe('@app/testing factories', () => {
  it("credit-code check characters match every demo party's code", () => {
    for (const p of Object.values(DEMO_PARTIES))
      expect(creditCodeCheckChar(p.creditCode.slice(0, 17))).toBe(p.creditCode.charAt(17));
  });

  it('newCreditCode gives distinct 18-character codes over the standard charset, enterprise-registered', () => {
    const codes = Array.from({ length: 2000 }, () => newCreditCode());
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^91\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
      const wrong = withWrongCheckChar(code);
      expect(wrong.slice(0, 17)).toBe(code.slice(0, 17));
      expect(wrong.charAt(17)).not.toBe(code.charAt(17));
      expect(CREDIT_CODE_CHARSET).toContain(wrong.charAt(17));
    }
  });

  it("patent check characters match every demo asset's number", () => {
    for (const a of DEMO_ASSETS)
      expect(`${a.number.slice(0, 14)}.${patentCheckChar(a.number.slice(2, 14))}`).toBe(a.number);
  });

  it('newPatentNumber encodes year and kind digit, never repeats, and withWrongCheckDigit breaks only the check', () => {
    const numbers = new Set<string>();
    for (const [kind, digit] of [
      ['INVENTION', '1'],
      ['UTILITY_MODEL', '2'],
      ['DESIGN', '3'],
    ] as const) {
      for (let i = 0; i < 1000; i++) {
        const year = 2004 + (i % 20);
        const number = newPatentNumber(kind, year);
        numbers.add(number);
        expect(number).toMatch(new RegExp(`^CN${year}${digit}\\d{7}\\.[0-9X]$`));
        expect(number.slice(-1)).toBe(patentCheckChar(number.slice(2, 14)));
        expect(withWrongCheckDigit(number).slice(-1)).not.toBe(number.slice(-1));
      }
    }
    expect(numbers.size).toBe(3000);
  });

  it('newPatentInput derives the number from the overridden kind and filing year', () => {
    expect(newPatentInput({ kind: 'DESIGN', filingDate: '2019-04-01' }).number).toMatch(/^CN20193\d{7}\.[0-9X]$/);
  });

  it('expectedPatentExpiry follows Patent Law art. 42', () => {
    expect(expectedPatentExpiry('INVENTION', '2021-02-03')).toBe('2041-02-03');
    expect(expectedPatentExpiry('UTILITY_MODEL', '2020-02-29')).toBe('2030-02-28');
    expect(expectedPatentExpiry('DESIGN', '2021-05-31')).toBe('2031-05-31');
    expect(expectedPatentExpiry('DESIGN', '2021-06-01')).toBe('2036-06-01');
  });

  it('newEnterpriseInput gives every party its own city and credit code', () => {
    const a = newEnterpriseInput();
    const b = newEnterpriseInput();
    expect(a.city).not.toBe(b.city);
    expect(a.creditCode).not.toBe(b.creditCode);
  });

  it('patentCsv quotes cells so a CSV parser reads back exactly the values written', () => {
    const tricky = newPatentInput({
      title: 'Comma, "quote"\nand newline',
      owners: [
        { name: 'A, Inc.', share: '60' },
        { name: 'B', creditCode: newCreditCode(), share: '40' },
      ],
    });
    const rows: Record<string, string>[] = parse(patentCsv([tricky]), { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual(PATENT_CSV_HEADER.split(','));
    expect(rows[0]).toMatchObject({
      number: tricky.number,
      title: tricky.title,
      owners: 'A, Inc.;B',
      owner_shares: '60;40',
    });
  });
});
