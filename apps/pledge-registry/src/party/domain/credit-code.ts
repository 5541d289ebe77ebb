/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character identifier
 * every Chinese legal person and other organisation carries for life. Pledgors and
 * pledgees are keyed by it, so a typo here would attach a pledge to the wrong party.
 *
 * Layout: 1 registration-authority code, 1 organisation-type code, 6 administrative
 * division code (GB/T 2260), 9 subject identifier (organisation code, GB 11714),
 * 1 check character (ISO 7064 style, modulus 31).
 */

/** The 31 characters the standard allows; I, O, S, V and Z are left out to avoid confusion with 1, 0, 5, U and 2. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights for positions 1..17; they are 3^(i-1) mod 31, listed so the table matches the standard verbatim. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const CODE_LENGTH = 18;
const BODY_LENGTH = 17;
const MODULUS = 31;

/** Why a string is not a valid unified social credit code. */
export type CreditCodeProblem = 'LENGTH' | 'CHARSET' | 'AUTHORITY' | 'CHECK_CHARACTER';

/** Result of {@link validateCreditCode}; `normalized` is the trimmed, upper-case code to store. */
export type CreditCodeValidation = { ok: true; normalized: string } | { ok: false; reason: CreditCodeProblem };

/**
 * Registration-authority categories (first character, GB 32100-2015 and its
 * published code assignments). Category 5 (civil affairs) registers social
 * organisations; 9 (industry & commerce, now market regulation) registers enterprises.
 */
export type CreditCodeAuthority =
  | 'INSTITUTIONAL_ORGANS'
  | 'FOREIGN_AFFAIRS'
  | 'JUSTICE_ADMINISTRATION'
  | 'CULTURE'
  | 'CIVIL_AFFAIRS'
  | 'TOURISM'
  | 'RELIGION'
  | 'TRADE_UNION'
  | 'INDUSTRY_AND_COMMERCE'
  | 'MILITARY_ESTABLISHMENT'
  | 'AGRICULTURE'
  | 'OTHER';

const AUTHORITY_BY_CHAR: Readonly<Record<string, CreditCodeAuthority>> = {
  '1': 'INSTITUTIONAL_ORGANS',
  '2': 'FOREIGN_AFFAIRS',
  '3': 'JUSTICE_ADMINISTRATION',
  '4': 'CULTURE',
  '5': 'CIVIL_AFFAIRS',
  '6': 'TOURISM',
  '7': 'RELIGION',
  '8': 'TRADE_UNION',
  '9': 'INDUSTRY_AND_COMMERCE',
  A: 'MILITARY_ESTABLISHMENT',
  N: 'AGRICULTURE',
  Y: 'OTHER',
};

/** Raised by {@link computeCreditCodeCheckChar} when its argument cannot be a code body. */
export class CreditCodeError extends Error {
  override readonly name = 'CreditCodeError';
  constructor(
    readonly code: 'LENGTH' | 'CHARSET',
    message: string,
  ) {
    super(message);
  }
}

function normalize(raw: string): string {
  return raw.trim().toUpperCase();
}

function hasOnlyCharsetChars(s: string): boolean {
  for (const ch of s) {
    if (!CREDIT_CODE_CHARSET.includes(ch)) return false;
  }
  return true;
}

/** Assumes `body` is 17 charset characters; callers check that first. */
function checkCharFor(body: string): string {
  let sum = 0;
  for (let i = 0; i < BODY_LENGTH; i++) {
    sum += CREDIT_CODE_CHARSET.indexOf(body.charAt(i)) * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  // The standard maps a zero remainder to 31, which is then written as 0.
  const check = (MODULUS - (sum % MODULUS)) % MODULUS;
  return CREDIT_CODE_CHARSET.charAt(check);
}

/**
 * Computes the 18th (check) character for the first 17 characters of a code.
 * The input is trimmed and upper-cased like in {@link validateCreditCode}.
 *
 * @throws CreditCodeError with code `LENGTH` or `CHARSET` if the input is not 17 charset characters.
 */
export function computeCreditCodeCheckChar(first17: string): string {
  const body = normalize(first17);
  if (body.length !== BODY_LENGTH) {
    throw new CreditCodeError('LENGTH', `expected ${BODY_LENGTH} characters, got ${body.length}`);
  }
  if (!hasOnlyCharsetChars(body)) {
    throw new CreditCodeError('CHARSET', 'contains a character outside the credit code charset');
  }
  return checkCharFor(body);
}

/**
 * Validates a unified social credit code after trimming and upper-casing it.
 * Problems are reported in the order length, charset, registration authority,
 * check character, so the reason names the most basic thing that is wrong.
 * The organisation-type (2nd) character is not cross-checked against the
 * authority: the assignments keep growing and a false rejection blocks a filing.
 */
export function validateCreditCode(code: string): CreditCodeValidation {
  const normalized = normalize(code);
  if (normalized.length !== CODE_LENGTH) return { ok: false, reason: 'LENGTH' };
  if (!hasOnlyCharsetChars(normalized)) return { ok: false, reason: 'CHARSET' };
  if (!Object.hasOwn(AUTHORITY_BY_CHAR, normalized.charAt(0))) return { ok: false, reason: 'AUTHORITY' };
  if (checkCharFor(normalized.slice(0, BODY_LENGTH)) !== normalized.charAt(BODY_LENGTH)) {
    return { ok: false, reason: 'CHECK_CHARACTER' };
  }
  return { ok: true, normalized };
}

/**
 * The registration-authority category named by the code's first character.
 * Does not validate the code; an unknown or missing first character yields `OTHER`.
 */
export function creditCodeAuthorityOf(code: string): CreditCodeAuthority {
  const first = normalize(code).charAt(0);
  return Object.hasOwn(AUTHORITY_BY_CHAR, first) ? (AUTHORITY_BY_CHAR[first] ?? 'OTHER') : 'OTHER';
}
