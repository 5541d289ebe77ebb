import { isValidIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { validateCreditCode } from '@registry/party/domain/credit-code.js';

/**
 * The credit-list import format: one entry per row, columns (case-insensitive)
 * `credit_code, entity_name, conduct, issuing_authority, listed_on` and optionally
 * `expires_on` (default: the configured term). Rows are checked here, without a database.
 */
export const CREDIT_CSV_REQUIRED = ['credit_code', 'entity_name', 'conduct', 'issuing_authority', 'listed_on'] as const;
const KNOWN = new Set<string>([...CREDIT_CSV_REQUIRED, 'expires_on']);

export const CREDIT_CONDUCTS = [
  'ABNORMAL_PATENT_FILING',
  'MALICIOUS_TRADEMARK_FILING',
  'ILLEGAL_AGENCY',
  'FALSE_MATERIALS',
  'BROKEN_CREDIT_COMMITMENT',
  'REFUSING_ENFORCEMENT',
] as const;
export type CreditConductCode = (typeof CREDIT_CONDUCTS)[number];

export interface CreditCsvEntry {
  creditCode: string;
  entityName: string;
  conduct: CreditConductCode;
  issuingAuthority: string;
  listedOn: string;
  expiresOn: string | null;
}

export interface CsvProblem {
  field: string;
  message: string;
}

/** Null when the header is usable, else what is wrong with it. */
export function checkCreditHeader(columns: readonly string[]): string | null {
  const missing = CREDIT_CSV_REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) return `missing column(s): ${missing.join(', ')}`;
  const unknown = columns.filter((c) => !KNOWN.has(c));
  if (unknown.length > 0) return `unknown column(s): ${unknown.join(', ')}`;
  if (new Set(columns).size !== columns.length) return 'a column appears twice';
  return null;
}

/** One row to an entry, or every problem in it. Term limits are checked by the service (configuration). */
export function parseCreditRow(
  row: Record<string, string | undefined>,
): { ok: true; entry: CreditCsvEntry } | { ok: false; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const cell = (name: string): string => (row[name] ?? '').trim();
  const code = validateCreditCode(cell('credit_code'));
  if (!code.ok) problems.push({ field: 'credit_code', message: `invalid credit code (${code.reason})` });
  const text = (name: string, max: number): string => {
    const value = cell(name);
    if (value === '' || value.length > max)
      problems.push({ field: name, message: `required, at most ${max} characters` });
    return value;
  };
  const entityName = text('entity_name', 200);
  const issuingAuthority = text('issuing_authority', 200);
  const conduct = cell('conduct').toUpperCase();
  if (!(CREDIT_CONDUCTS as readonly string[]).includes(conduct)) {
    problems.push({ field: 'conduct', message: `one of ${CREDIT_CONDUCTS.join(', ')}` });
  }
  const listedOn = cell('listed_on');
  if (!isValidIsoDate(listedOn)) problems.push({ field: 'listed_on', message: 'a YYYY-MM-DD date' });
  const expires = cell('expires_on');
  if (expires !== '' && !isValidIsoDate(expires)) problems.push({ field: 'expires_on', message: 'a YYYY-MM-DD date' });
  if (problems.length > 0 || !code.ok) return { ok: false, problems };
  return {
    ok: true,
    entry: {
      creditCode: code.normalized,
      entityName,
      conduct: conduct as CreditConductCode,
      issuingAuthority,
      listedOn,
      expiresOn: expires === '' ? null : expires,
    },
  };
}
