import { randomBelow, uniqueSuffix } from './unique.js';

/**
 * Unified social credit codes (GB 32100-2015) for test data. Deliberately a separate,
 * tiny re-implementation of the check-character rule (libs must not import apps, and
 * a test factory that reused the code under test could not catch its bugs):
 * 17 characters from the 31-character charset, weights 3^(i-1) mod 31, check =
 * (31 - sum mod 31) mod 31, written with the same charset.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function weight(index: number): number {
  let w = 1;
  for (let i = 0; i < index; i++) w = (w * 3) % 31;
  return w;
}

/** The 18th character for the first 17 characters of a code. */
export function creditCodeCheckChar(body17: string): string {
  if (body17.length !== 17) throw new Error(`credit code body must be 17 characters, got ${body17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(body17.charAt(i));
    if (value < 0) throw new Error(`"${body17.charAt(i)}" is not a credit code character`);
    sum += value * weight(i);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

const issued = new Set<string>();
// Real county-level division codes (GB/T 2260): Suzhou Industrial Park, Hefei, Shenzhen Nanshan.
const DIVISIONS = ['320594', '340100', '440305'];

/**
 * A fresh, valid enterprise credit code: "91" (market regulation, enterprise), a real
 * division code, a random 9-character subject identifier and the check character.
 */
export function newCreditCode(): string {
  for (;;) {
    let subject = '';
    for (let i = 0; i < 9; i++) subject += CREDIT_CODE_CHARSET.charAt(randomBelow(31));
    const body = `91${DIVISIONS[randomBelow(DIVISIONS.length)] ?? '320594'}${subject}`;
    const code = body + creditCodeCheckChar(body);
    if (!issued.has(code)) {
      issued.add(code);
      return code;
    }
  }
}

/** The same code with a different, therefore wrong, check character. */
export function withWrongCheckChar(code: string): string {
  const right = code.charAt(17);
  const wrong = CREDIT_CODE_CHARSET.charAt((CREDIT_CODE_CHARSET.indexOf(right) + 1) % 31);
  return code.slice(0, 17) + wrong;
}

export interface PartyInput {
  name: string;
  creditCode?: string | null;
  city: string;
  district?: string | null;
  park?: string | null;
  industryCode?: string | null;
}

/**
 * A valid `RegisterPartyInput` for an enterprise with a unique name, credit code and
 * city. The city is unique on purpose: `parties(filter: { city })` then sees exactly
 * the parties a test wrote, whatever other test files do in parallel.
 */
export function newEnterpriseInput(overrides: Partial<PartyInput> = {}): PartyInput {
  const id = uniqueSuffix();
  return {
    name: `E2E Precision Components ${id} Co., Ltd.`,
    creditCode: newCreditCode(),
    city: `E2E-City-${id}`,
    district: 'Test District',
    industryCode: 'C3973',
    ...overrides,
  };
}
