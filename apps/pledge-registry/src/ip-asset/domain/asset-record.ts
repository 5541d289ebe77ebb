import { Decimal } from '@app/money';
import { computeExpiryDate, IpKind, IpLegalStatus } from './ip-term.js';
import { isValidIsoDate } from './iso-date.js';
import { kindMatchesNumber, parsePatentNumber } from './patent-number.js';

/**
 * One IP asset as it arrives from outside (GraphQL input or a CSV row): every value is
 * still untrusted text. `validateAssetRecord` turns it into a normalised record or a
 * list of problems, each naming its field, so import and API share one rule set.
 */
export interface RawAssetRecord {
  kind: string;
  number: string;
  title: string;
  filingDate: string;
  grantDate?: string | null;
  legalStatus: string;
  ipcClasses?: readonly string[];
  owners: readonly { name: string; creditCode?: string | null; share: string }[];
  invalidationPending?: boolean;
  ownershipDispute?: boolean;
  courtPreservation?: boolean;
  claimsCount?: number | null;
  independentClaims?: number | null;
  forwardCitations?: number | null;
  familySize?: number | null;
  licencesGranted?: number | null;
}

export interface AssetRecord {
  register: 'PATENT' | 'TRADEMARK';
  kind: IpKind;
  number: string;
  title: string;
  filingDate: string;
  grantDate: string | null;
  expiryDate: string | null;
  legalStatus: IpLegalStatus;
  ipcClasses: string[];
  mainIpc: string | null;
  owners: { name: string; creditCode: string | null; share: string }[];
  invalidationPending: boolean;
  ownershipDispute: boolean;
  courtPreservation: boolean;
  claimsCount: number | null;
  independentClaims: number | null;
  forwardCitations: number | null;
  familySize: number | null;
  licencesGranted: number | null;
}

export interface RecordProblem {
  field: string;
  message: string;
}

export type RecordValidation = { ok: true; record: AssetRecord } | { ok: false; problems: RecordProblem[] };

/** IPC symbol: section, class, subclass, then group/subgroup, e.g. H01M4/525 or G06F. */
const IPC = /^[A-H]\d{2}[A-Z](\d{1,4}\/\d{2,6})?$/;
const TRADEMARK_NUMBER = /^\d{4,12}$/;
const SHARE = /^\d{1,3}(\.\d{1,4})?$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const MAX_TITLE = 500;
const MAX_NAME = 200;
const MAX_OWNERS = 20;
const MAX_IPC = 30;
const MAX_COUNT = 1_000_000;

const KINDS = new Set<string>(Object.values(IpKind));
const STATUSES = new Set<string>(Object.values(IpLegalStatus));

function count(value: number | null | undefined, field: string, problems: RecordProblem[]): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    problems.push({ field, message: `must be a whole number between 0 and ${MAX_COUNT}` });
    return null;
  }
  return value;
}

export function validateAssetRecord(raw: RawAssetRecord): RecordValidation {
  const problems: RecordProblem[] = [];
  const kindText = raw.kind.trim().toUpperCase();
  const kind = KINDS.has(kindText) ? (kindText as IpKind) : null;
  if (kind === null) problems.push({ field: 'kind', message: `must be one of ${[...KINDS].join(', ')}` });

  const statusText = raw.legalStatus.trim().toUpperCase();
  const legalStatus = STATUSES.has(statusText) ? (statusText as IpLegalStatus) : null;
  if (legalStatus === null)
    problems.push({ field: 'legalStatus', message: `must be one of ${[...STATUSES].join(', ')}` });

  let number = raw.number.trim().toUpperCase();
  if (kind === IpKind.TRADEMARK) {
    if (!TRADEMARK_NUMBER.test(number))
      problems.push({ field: 'number', message: 'trademark registration number must be 4-12 digits' });
  } else {
    const parsed = parsePatentNumber(number);
    if (!parsed.ok) {
      problems.push({
        field: 'number',
        message:
          parsed.reason === 'CHECK_DIGIT'
            ? 'check character does not match'
            : 'is not a patent number (e.g. CN202110123456.7)',
      });
    } else {
      number = parsed.normalized;
      if (kind !== null && !kindMatchesNumber(kind, parsed)) {
        problems.push({ field: 'kind', message: `does not match the kind encoded in number ${number}` });
      }
    }
  }

  const title = raw.title.trim();
  if (title === '' || title.length > MAX_TITLE)
    problems.push({ field: 'title', message: `must be 1-${MAX_TITLE} characters` });

  const filingDate = raw.filingDate.trim();
  if (!isValidIsoDate(filingDate)) problems.push({ field: 'filingDate', message: 'must be a real date as YYYY-MM-DD' });
  const grantText = raw.grantDate?.trim() ?? '';
  const grantDate = grantText === '' ? null : grantText;
  if (grantDate !== null && !isValidIsoDate(grantDate))
    problems.push({ field: 'grantDate', message: 'must be a real date as YYYY-MM-DD' });
  if (grantDate !== null && isValidIsoDate(grantDate) && isValidIsoDate(filingDate) && grantDate < filingDate) {
    problems.push({ field: 'grantDate', message: 'must not be before filingDate' });
  }
  if (legalStatus !== null && legalStatus !== IpLegalStatus.PENDING && grantDate === null) {
    problems.push({ field: 'grantDate', message: `is required when legalStatus is ${legalStatus}` });
  }

  const ipcClasses = (raw.ipcClasses ?? [])
    .map((c) => c.trim().toUpperCase().replace(/\s+/g, ''))
    .filter((c) => c !== '');
  if (ipcClasses.length > MAX_IPC) problems.push({ field: 'ipcClasses', message: `at most ${MAX_IPC} classes` });
  const badIpc = ipcClasses.find((c) => !IPC.test(c));
  if (badIpc !== undefined)
    problems.push({ field: 'ipcClasses', message: `"${badIpc}" is not an IPC symbol like H01M4/525` });

  const owners = raw.owners.map((o, i) => {
    const name = o.name.trim();
    const creditCode = (o.creditCode ?? '').trim().toUpperCase();
    if (name === '' || name.length > MAX_NAME)
      problems.push({ field: `owners[${i}].name`, message: `must be 1-${MAX_NAME} characters` });
    if (creditCode !== '' && !CREDIT_CODE.test(creditCode))
      problems.push({ field: `owners[${i}].creditCode`, message: 'is not an 18-character credit code' });
    const share = o.share.trim();
    if (!SHARE.test(share) || new Decimal(share).lte(0) || new Decimal(share).gt(100)) {
      problems.push({ field: `owners[${i}].share`, message: 'must be a percentage above 0 and at most 100' });
    }
    return { name, creditCode: creditCode === '' ? null : creditCode, share };
  });
  if (owners.length === 0 || owners.length > MAX_OWNERS)
    problems.push({ field: 'owners', message: `must list 1-${MAX_OWNERS} owners` });
  const validShares = owners.every((o) => SHARE.test(o.share));
  if (validShares && owners.length > 0) {
    const total = owners.reduce((sum, o) => sum.plus(o.share), new Decimal(0));
    if (!total.eq(100))
      problems.push({ field: 'owners', message: `shares must add up to 100, got ${total.toString()}` });
  }
  const codes = owners.map((o) => o.creditCode).filter((c): c is string => c !== null);
  if (new Set(codes).size !== codes.length) problems.push({ field: 'owners', message: 'an owner is listed twice' });

  const counts = {
    claimsCount: count(raw.claimsCount, 'claimsCount', problems),
    independentClaims: count(raw.independentClaims, 'independentClaims', problems),
    forwardCitations: count(raw.forwardCitations, 'forwardCitations', problems),
    familySize: count(raw.familySize, 'familySize', problems),
    licencesGranted: count(raw.licencesGranted, 'licencesGranted', problems),
  };
  if (
    counts.claimsCount !== null &&
    counts.independentClaims !== null &&
    counts.independentClaims > counts.claimsCount
  ) {
    problems.push({ field: 'independentClaims', message: 'must not exceed claimsCount' });
  }

  if (problems.length > 0 || kind === null || legalStatus === null) return { ok: false, problems };

  return {
    ok: true,
    record: {
      register: kind === IpKind.TRADEMARK ? 'TRADEMARK' : 'PATENT',
      kind,
      number,
      title,
      filingDate,
      grantDate,
      expiryDate: computeExpiryDate({ kind, filingDate, grantDate }),
      legalStatus,
      ipcClasses,
      mainIpc: ipcClasses[0] ?? null,
      owners,
      invalidationPending: raw.invalidationPending ?? false,
      ownershipDispute: raw.ownershipDispute ?? false,
      courtPreservation: raw.courtPreservation ?? false,
      ...counts,
    },
  };
}
