import type { RawAssetRecord, RecordProblem } from '@registry/ip-asset/domain/asset-record.js';

/**
 * The patent import file format. One row per asset; lists inside a cell are separated by
 * ';'. Column names are case-insensitive. See docs/patent-import.md.
 */
export const REQUIRED_COLUMNS = ['number', 'kind', 'title', 'filing_date', 'legal_status', 'owners'] as const;
export const OPTIONAL_COLUMNS = [
  'grant_date',
  'ipc_classes',
  'owner_credit_codes',
  'owner_shares',
  'invalidation_pending',
  'ownership_dispute',
  'court_preservation',
  'claims_count',
  'independent_claims',
  'forward_citations',
  'family_size',
  'licences_granted',
] as const;
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

export type CsvRow = Record<string, string | undefined>;

/** Checks the header once, before any row: a wrong file fails fast instead of rejecting every line. */
export function checkHeader(columns: readonly string[]): string | null {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return `missing column(s): ${missing.join(', ')}`;
  const unknown = columns.filter((c) => !KNOWN.has(c));
  if (unknown.length > 0) return `unknown column(s): ${unknown.join(', ')}`;
  if (new Set(columns).size !== columns.length) return 'a column appears twice';
  return null;
}

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function flag(cell: string | undefined, field: string, problems: RecordProblem[]): boolean {
  const v = (cell ?? '').trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0' || v === 'no') return false;
  if (v === 'true' || v === '1' || v === 'yes') return true;
  problems.push({ field, message: 'must be true or false' });
  return false;
}

function integer(cell: string | undefined, field: string, problems: RecordProblem[]): number | null {
  const v = (cell ?? '').trim();
  if (v === '') return null;
  if (!/^\d{1,7}$/.test(v)) {
    problems.push({ field, message: 'must be a whole number' });
    return null;
  }
  return Number(v);
}

/** Maps a CSV row to the shared record shape; cell-level problems are collected, not thrown. */
export function rowToRecord(row: CsvRow): { raw: RawAssetRecord; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const names = list(row['owners']);
  const codes = (row['owner_credit_codes'] ?? '').split(';').map((s) => s.trim());
  let shares = list(row['owner_shares']);
  if (shares.length === 0 && names.length === 1) shares = ['100'];
  if (names.length !== shares.length) {
    problems.push({ field: 'owner_shares', message: `expected ${names.length} share(s), one per owner` });
  }
  if (codes.filter((c) => c !== '').length > 0 && codes.length !== names.length) {
    problems.push({
      field: 'owner_credit_codes',
      message: `expected ${names.length} entries, one per owner (may be empty)`,
    });
  }
  return {
    raw: {
      number: row['number'] ?? '',
      kind: row['kind'] ?? '',
      title: row['title'] ?? '',
      filingDate: row['filing_date'] ?? '',
      grantDate: row['grant_date'] ?? null,
      legalStatus: row['legal_status'] ?? '',
      ipcClasses: list(row['ipc_classes']),
      owners: names.map((name, i) => ({
        name,
        creditCode: codes[i] === undefined || codes[i] === '' ? null : codes[i],
        share: shares[i] ?? '',
      })),
      invalidationPending: flag(row['invalidation_pending'], 'invalidation_pending', problems),
      ownershipDispute: flag(row['ownership_dispute'], 'ownership_dispute', problems),
      courtPreservation: flag(row['court_preservation'], 'court_preservation', problems),
      claimsCount: integer(row['claims_count'], 'claims_count', problems),
      independentClaims: integer(row['independent_claims'], 'independent_claims', problems),
      forwardCitations: integer(row['forward_citations'], 'forward_citations', problems),
      familySize: integer(row['family_size'], 'family_size', problems),
      licencesGranted: integer(row['licences_granted'], 'licences_granted', problems),
    },
    problems,
  };
}

/** CSV field names for problems reported by the shared validator (which uses API names). */
export const CSV_FIELD_NAMES: Record<string, string> = {
  filingDate: 'filing_date',
  grantDate: 'grant_date',
  legalStatus: 'legal_status',
  ipcClasses: 'ipc_classes',
  claimsCount: 'claims_count',
  independentClaims: 'independent_claims',
  forwardCitations: 'forward_citations',
  familySize: 'family_size',
  licencesGranted: 'licences_granted',
};
