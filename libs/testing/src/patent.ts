import { randomBelow, uniqueSuffix } from './unique.js';

/**
 * Chinese patent application numbers for test data (re-implemented here, see
 * credit-code.ts for why): YYYY + kind digit (1 invention, 2 utility model, 3 design)
 * + 7-digit serial, then "." and a check character = sum(digit_i * weight_i) mod 11
 * with weights 2,3,4,5,6,7,8,9,2,3,4,5; 10 is written "X".
 */
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export type PatentKind = 'INVENTION' | 'UTILITY_MODEL' | 'DESIGN';
const KIND_DIGIT: Record<PatentKind, string> = { INVENTION: '1', UTILITY_MODEL: '2', DESIGN: '3' };

/** Check character for the 12 digits of a post-2003 application number. */
export function patentCheckChar(digits12: string): string {
  if (!/^\d{12}$/.test(digits12)) throw new Error(`expected 12 digits, got ${JSON.stringify(digits12)}`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

// Serials count up from a random start per process, so one process never repeats a
// number and two parallel workers only collide if their windows overlap (~1e-4).
let nextSerial = randomBelow(9_000_000);

/** A fresh, valid number such as CN202110456789.1 for the kind and filing year. */
export function newPatentNumber(kind: PatentKind = 'INVENTION', year = 2021): string {
  const serial = String(nextSerial++ % 10_000_000).padStart(7, '0');
  const digits = `${year}${KIND_DIGIT[kind]}${serial}`;
  return `CN${digits}.${patentCheckChar(digits)}`;
}

/** The same number with a different, therefore wrong, check character. */
export function withWrongCheckDigit(number: string): string {
  const right = number.slice(-1);
  const value = right === 'X' ? 10 : Number(right);
  const wrong = (value + 1) % 11;
  return `${number.slice(0, -1)}${wrong === 10 ? 'X' : String(wrong)}`;
}

export interface OwnerInput {
  name: string;
  creditCode?: string | null;
  share: string;
}

export interface PatentInput {
  kind: PatentKind;
  number: string;
  title: string;
  filingDate: string;
  grantDate?: string | null;
  legalStatus: 'PENDING' | 'GRANTED' | 'FEE_GRACE' | 'LAPSED' | 'INVALIDATED' | 'EXPIRED';
  ipcClasses?: string[];
  owners: OwnerInput[];
}

/**
 * A valid `CreateIpAssetInput` for a granted patent with a unique number and title.
 * Without an explicit `number`, one is generated for the (possibly overridden) kind and
 * filing year, so `newPatentInput({ kind: 'DESIGN', filingDate: '2021-06-01' })` is valid.
 */
export function newPatentInput(overrides: Partial<PatentInput> = {}): PatentInput {
  const kind = overrides.kind ?? 'INVENTION';
  const filingDate = overrides.filingDate ?? '2021-03-15';
  const id = uniqueSuffix();
  return {
    kind,
    number: newPatentNumber(kind, Number(filingDate.slice(0, 4))),
    title: `E2E test patent ${id}`,
    filingDate,
    grantDate: '2023-06-01',
    legalStatus: 'GRANTED',
    ipcClasses: ['G06F16/00'],
    owners: [{ name: `E2E Owner ${id}`, share: '100' }],
    ...overrides,
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const PATENT_CSV_HEADER =
  'number,kind,title,filing_date,grant_date,legal_status,ipc_classes,owners,owner_credit_codes,owner_shares';

/** One CSV line (no newline) in the import format (apps/pledge-registry/.../patent-csv.ts). */
export function patentCsvLine(p: PatentInput): string {
  return [
    p.number,
    p.kind,
    p.title,
    p.filingDate,
    p.grantDate ?? '',
    p.legalStatus,
    (p.ipcClasses ?? []).join(';'),
    p.owners.map((o) => o.name).join(';'),
    p.owners.map((o) => o.creditCode ?? '').join(';'),
    p.owners.map((o) => o.share).join(';'),
  ]
    .map(csvCell)
    .join(',');
}

/** A whole import file: header plus one line per patent, newline-terminated. */
export function patentCsv(patents: readonly PatentInput[]): string {
  return `${[PATENT_CSV_HEADER, ...patents.map(patentCsvLine)].join('\n')}\n`;
}

/**
 * The expiry a patent should get, derived from the law rather than from the app: Patent
 * Law art. 42 - invention 20 years, utility model 10, design 10 (15 when filed on or
 * after 2021-06-01), from the filing date; the expiry is the anniversary (29 February
 * falls back to 28 February).
 */
export function expectedPatentExpiry(kind: PatentKind, filingDate: string): string {
  const years = kind === 'INVENTION' ? 20 : kind === 'UTILITY_MODEL' ? 10 : filingDate >= '2021-06-01' ? 15 : 10;
  const [y, m, d] = filingDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in China Standard Time, the registry's legal calendar. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
