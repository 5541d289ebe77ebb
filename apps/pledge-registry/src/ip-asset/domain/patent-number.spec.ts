import fc from 'fast-check';
import { IpKind } from './ip-term.js';
import {
  PatentNumberError,
  computePatentCheckChar,
  kindMatchesNumber,
  parsePatentNumber,
  type ParsedPatentNumber,
} from './patent-number.js';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

const KIND_DIGITS = {
  '1': IpKind.INVENTION,
  '2': IpKind.UTILITY_MODEL,
  '3': IpKind.DESIGN,
  '8': IpKind.INVENTION,
  '9': IpKind.UTILITY_MODEL,
} as const;
type KindDigit = keyof typeof KIND_DIGITS;
const kindDigit = fc.constantFrom(...(Object.keys(KIND_DIGITS) as KindDigit[]));
const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** Valid post-2003 numbers with the facts they encode. */
const modernNumber = fc
  .tuple(fc.integer({ min: 2003, max: 2099 }), kindDigit, digitString(7))
  .map(([year, kind, serial]) => {
    const digits = `${year}${kind}${serial}`;
    return { digits, check: computePatentCheckChar(digits), year, kind: KIND_DIGITS[kind] };
  });

/** Valid pre-2003 numbers (1985..2003). */
const legacyNumber = fc
  .tuple(fc.integer({ min: 1985, max: 2003 }), kindDigit, digitString(5))
  .map(([year, kind, serial]) => {
    const digits = `${String(year % 100).padStart(2, '0')}${kind}${serial}`;
    return { digits, check: computePatentCheckChar(digits), year, kind: KIND_DIGITS[kind] };
  });

describe('computePatentCheckChar', () => {
  it.each([
    // 2*2+0*3+2*4+1*5+1*6+0*7+1*8+2*9+3*2+4*3+5*4+6*5 = 117, 117 mod 11 = 7
    ['202110123456', '7'],
    // published example: 201710601862.3
    ['201710601862', '3'],
    // published example ZL95115608.X: sum 186, 186 mod 11 = 10 -> X
    ['95115608', 'X'],
    // published example 97101765.4: sum 191, 191 mod 11 = 4
    ['97101765', '4'],
    ['000000000000', '0'],
  ])('check char of %s is %s', (digits, expected) => {
    expect(computePatentCheckChar(digits)).toBe(expected);
  });

  it.each(['', '2021101234', '2021101234567', '2021101234a6', '９７１０１７６５'])(
    'rejects %j with FORMAT',
    (digits) => {
      const error = thrownBy(() => computePatentCheckChar(digits));
      expect(error).toBeInstanceOf(PatentNumberError);
      expect((error as PatentNumberError).code).toBe('FORMAT');
    },
  );
});

describe('parsePatentNumber', () => {
  it.each<[string, ParsedPatentNumber]>([
    ['202110123456.7', { ok: true, normalized: 'CN202110123456.7', kind: IpKind.INVENTION, filingYear: 2021 }],
    ['CN202110123456.7', { ok: true, normalized: 'CN202110123456.7', kind: IpKind.INVENTION, filingYear: 2021 }],
    ['ZL 201710601862.3', { ok: true, normalized: 'CN201710601862.3', kind: IpKind.INVENTION, filingYear: 2017 }],
    [' cn2021101234567 ', { ok: true, normalized: 'CN202110123456.7', kind: IpKind.INVENTION, filingYear: 2021 }],
    ['ZL95115608.X', { ok: true, normalized: 'CN95115608.X', kind: IpKind.INVENTION, filingYear: 1995 }],
    ['zl95115608.x', { ok: true, normalized: 'CN95115608.X', kind: IpKind.INVENTION, filingYear: 1995 }],
    ['97101765.4', { ok: true, normalized: 'CN97101765.4', kind: IpKind.INVENTION, filingYear: 1997 }],
    ['US1234567B2', { ok: true, normalized: 'US1234567B2' }],
    ['EP1234567', { ok: true, normalized: 'EP1234567' }],
    ['ep 1 234 567', { ok: true, normalized: 'EP1234567' }],
    ['JP2020-123456', { ok: true, normalized: 'JP2020-123456' }],
  ])('%j', (raw, expected) => {
    expect(parsePatentNumber(raw)).toEqual(expected);
  });

  it.each([
    ['202120123456', 'UTILITY_MODEL'],
    ['202130123456', 'DESIGN'],
    ['202180123456', 'INVENTION'],
    ['202190123456', 'UTILITY_MODEL'],
  ])('reads the kind digit of %s as %s', (digits, kind) => {
    const parsed = parsePatentNumber(`${digits}.${computePatentCheckChar(digits)}`);
    expect(parsed).toMatchObject({ ok: true, kind, filingYear: 2021 });
  });

  it.each([
    ['', 'FORMAT'],
    ['CN', 'FORMAT'],
    ['202110123456', 'FORMAT'], // check character missing
    ['20211012345.7', 'FORMAT'], // 11 digits
    ['202110123456..7', 'FORMAT'],
    ['202110123456.A', 'FORMAT'],
    ['CN112345678A', 'FORMAT'], // a publication number, not an application number
    ['CN202110123456-7', 'FORMAT'],
    [`202140123456.${computePatentCheckChar('202140123456')}`, 'FORMAT'], // kind digit 4 does not exist
    [`200210123456.${computePatentCheckChar('200210123456')}`, 'FORMAT'], // 12 digits before 2003
    [`04101234.${computePatentCheckChar('04101234')}`, 'FORMAT'], // 8 digits after 2003
    [`84101234.${computePatentCheckChar('84101234')}`, 'FORMAT'], // before the patent office opened
    ['US12', 'FORMAT'], // too short for the foreign pattern
    ['U1234567', 'FORMAT'],
    ['US1234567_B2', 'FORMAT'],
    ['WO2021/123456', 'FORMAT'], // '/' is outside the foreign pattern
    ['202110123456.8', 'CHECK_DIGIT'],
    ['CN202110123456.X', 'CHECK_DIGIT'],
    ['ZL95115608.0', 'CHECK_DIGIT'],
    ['97101765.X', 'CHECK_DIGIT'],
  ])('rejects %j with %s', (raw, reason) => {
    expect(parsePatentNumber(raw)).toEqual({ ok: false, reason });
  });

  it('parses every generated post-2003 number, with or without prefix and dot', () => {
    fc.assert(
      fc.property(
        modernNumber,
        fc.constantFrom('', 'CN', 'ZL', 'cn '),
        fc.boolean(),
        ({ digits, check, year, kind }, prefix, dot) => {
          const raw = `${prefix}${digits}${dot ? '.' : ''}${check}`;
          expect(parsePatentNumber(raw)).toEqual({
            ok: true,
            normalized: `CN${digits}.${check}`,
            kind,
            filingYear: year,
          });
        },
      ),
    );
  });

  it('parses every generated pre-2003 number', () => {
    fc.assert(
      fc.property(legacyNumber, ({ digits, check, year, kind }) => {
        expect(parsePatentNumber(`ZL${digits}.${check}`)).toEqual({
          ok: true,
          normalized: `CN${digits}.${check}`,
          kind,
          filingYear: year,
        });
      }),
    );
  });

  it('detects any single changed digit or check character', () => {
    fc.assert(
      fc.property(
        fc.oneof(modernNumber, legacyNumber),
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        ({ digits, check }, positionSeed, shift) => {
          const symbols = '0123456789X';
          const full = digits + check;
          const position = positionSeed % full.length;
          // Digits may only become digits; the check character may also become X.
          const alphabet = position < digits.length ? symbols.slice(0, 10) : symbols;
          const current = alphabet.indexOf(full.charAt(position));
          const replacement = alphabet.charAt((current + (shift % (alphabet.length - 1)) + 1) % alphabet.length);
          const changed = full.slice(0, position) + replacement + full.slice(position + 1);
          expect(changed).not.toBe(full);
          const corrupted = `${changed.slice(0, digits.length)}.${changed.slice(digits.length)}`;
          expect(parsePatentNumber(corrupted).ok).toBe(false);
        },
      ),
    );
  });
});

describe('kindMatchesNumber', () => {
  const invention = parsePatentNumber('202110123456.7') as ParsedPatentNumber;
  const utility = parsePatentNumber(`202120123456.${computePatentCheckChar('202120123456')}`) as ParsedPatentNumber;
  const design = parsePatentNumber(`202130123456.${computePatentCheckChar('202130123456')}`) as ParsedPatentNumber;
  const foreign = parsePatentNumber('US1234567B2') as ParsedPatentNumber;

  it.each([
    [IpKind.INVENTION, invention, true],
    [IpKind.UTILITY_MODEL, invention, false],
    [IpKind.DESIGN, invention, false],
    [IpKind.UTILITY_MODEL, utility, true],
    [IpKind.INVENTION, utility, false],
    [IpKind.DESIGN, design, true],
    [IpKind.INVENTION, design, false],
    [IpKind.TRADEMARK, invention, false],
    [IpKind.INVENTION, foreign, true],
    [IpKind.DESIGN, foreign, true],
    [IpKind.TRADEMARK, foreign, false],
  ])('%s vs %j -> %s', (kind, parsed, expected) => {
    expect(kindMatchesNumber(kind, parsed)).toBe(expected);
  });
});
