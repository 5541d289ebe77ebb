import { IpKind } from './ip-term.js';

/**
 * Patent application numbers. Chinese numbers (CNIPA) are checked digit by digit
 * because they key pledge registrations; foreign numbers only get a shape check,
 * as each office has its own scheme.
 *
 * Chinese formats (the certificate number is the same with a "ZL" prefix):
 * - since 1 October 2003: YYYY + kind digit + 7-digit serial + "." + check, e.g. 202110123456.7
 * - before: YY + kind digit + 5-digit serial + "." + check, e.g. 97101765.4
 * The check character is sum(digit_i * weight_i) mod 11 with weights 2..9 repeating
 * from the left, 10 written as "X".
 */

/** Why a string is not a usable patent application number. */
export type PatentNumberProblem = 'FORMAT' | 'CHECK_DIGIT';

/** A successfully parsed number; `kind` and `filingYear` are known only for Chinese numbers. */
export interface ParsedPatentNumber {
  ok: true;
  /** Chinese: "CN" + digits + "." + check, e.g. "CN202110123456.7"; foreign: upper-case, blanks removed. */
  normalized: string;
  kind?: IpKind;
  filingYear?: number;
}

/** Result of {@link parsePatentNumber}. */
export type PatentNumberParse = ParsedPatentNumber | { ok: false; reason: PatentNumberProblem };

/** Raised by {@link computePatentCheckChar} when its argument is not 8 or 12 digits. */
export class PatentNumberError extends Error {
  override readonly name = 'PatentNumberError';
  constructor(
    readonly code: 'FORMAT',
    message: string,
  ) {
    super(message);
  }
}

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/** Kind digits; 8 and 9 are PCT applications entering the Chinese national phase. */
const KIND_BY_DIGIT: Readonly<Record<string, IpKind>> = {
  '1': IpKind.INVENTION,
  '2': IpKind.UTILITY_MODEL,
  '3': IpKind.DESIGN,
  '8': IpKind.INVENTION,
  '9': IpKind.UTILITY_MODEL,
};

/** The 12-digit scheme replaced the 8-digit one during 2003, so 2003 appears in both. */
const FIRST_TWELVE_DIGIT_YEAR = 2003;
const LAST_EIGHT_DIGIT_YEAR = 2003;
/** CNIPA (then CPO) started accepting applications on 1 April 1985. */
const FIRST_EIGHT_DIGIT_YEAR = 1985;

const CHINESE_BODY = /^(\d{12}|\d{8})\.?([0-9X])$/;
const CHINESE_PREFIX = /^(CN|ZL)/;
const FOREIGN = /^[A-Z]{2}[A-Z0-9.-]{3,30}$/;

/**
 * Check character for the 8 (pre-2003) or 12 digits of a Chinese application number.
 *
 * @throws PatentNumberError `FORMAT` when `digits` is not exactly 8 or 12 ASCII digits.
 */
export function computePatentCheckChar(digits: string): string {
  if (!/^(\d{8}|\d{12})$/.test(digits)) {
    throw new PatentNumberError('FORMAT', `expected 8 or 12 digits, got ${JSON.stringify(digits)}`);
  }
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Number(digits.charAt(i)) * (WEIGHTS[i % WEIGHTS.length] ?? 0);
  }
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

function filingYearOf(digits: string): number | null {
  if (digits.length === 12) {
    const year = Number(digits.slice(0, 4));
    return year >= FIRST_TWELVE_DIGIT_YEAR ? year : null;
  }
  const yy = Number(digits.slice(0, 2));
  const year = yy >= FIRST_EIGHT_DIGIT_YEAR % 100 ? 1900 + yy : 2000 + yy;
  return year <= LAST_EIGHT_DIGIT_YEAR ? year : null;
}

/**
 * Parses an application or patent number. Blanks are dropped and letters upper-cased.
 * Anything starting with "CN" or "ZL" (or bare digits) must be a Chinese application
 * number; a Chinese publication number such as "CN112345678A" is therefore FORMAT,
 * not a foreign number. Other numbers need only match /^[A-Z]{2}[A-Z0-9.-]{3,30}$/.
 *
 * A Chinese number is FORMAT when its year is outside its scheme (12 digits: 2003 on;
 * 8 digits: 1985..2003) or its kind digit is not 1, 2, 3, 8 or 9; CHECK_DIGIT when the
 * check character does not match.
 */
export function parsePatentNumber(raw: string): PatentNumberParse {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  const isChinese = CHINESE_PREFIX.test(compact) || /^\d/.test(compact);
  if (!isChinese) {
    return FOREIGN.test(compact) ? { ok: true, normalized: compact } : { ok: false, reason: 'FORMAT' };
  }

  const match = CHINESE_BODY.exec(compact.replace(CHINESE_PREFIX, ''));
  const digits = match?.[1];
  const check = match?.[2];
  if (digits === undefined || check === undefined) return { ok: false, reason: 'FORMAT' };

  const filingYear = filingYearOf(digits);
  const kindDigit = digits.charAt(digits.length === 12 ? 4 : 2);
  const kind = Object.hasOwn(KIND_BY_DIGIT, kindDigit) ? KIND_BY_DIGIT[kindDigit] : undefined;
  if (filingYear === null || kind === undefined) return { ok: false, reason: 'FORMAT' };

  if (computePatentCheckChar(digits) !== check) return { ok: false, reason: 'CHECK_DIGIT' };
  return { ok: true, normalized: `CN${digits}.${check}`, kind, filingYear };
}

/**
 * Whether a declared IP kind agrees with what the number says, so an import can
 * reject e.g. a "utility model" row carrying an invention number. Foreign numbers do
 * not encode a kind and match every patent kind; a trademark never matches a patent
 * number.
 */
export function kindMatchesNumber(kind: IpKind, parsed: ParsedPatentNumber): boolean {
  if (kind === IpKind.TRADEMARK) return false;
  return parsed.kind === undefined || parsed.kind === kind;
}
