import { createHash } from 'node:crypto';

/**
 * The per-asset audit chain: every state change that touches an asset appends one link
 * whose hash covers its content and the previous link's hash, so rewriting or dropping
 * any past event breaks every later hash. Pure: storage and locking live in AuditService.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditActor {
  userId: string | null;
  login: string | null;
  partyId: string | null;
  roles: string[];
}

/** One link as stored: everything the hash covers, plus the hash itself. */
export interface AuditLink {
  assetId: string;
  /** 1-based position in the asset's chain. */
  seq: number;
  /** Groups the links one state change wrote, one per asset it touched. */
  eventId: string;
  subjectType: string;
  subjectId: string;
  action: string;
  actor: AuditActor;
  occurredAt: Date;
  before: JsonValue;
  after: JsonValue;
  /** Null for the first link of a chain. */
  prevHash: string | null;
  hash: string;
}

/** Bump when the hashed layout changes; stored hashes then need a re-anchoring, never a rewrite. */
export const AUDIT_HASH_VERSION = 1;

/**
 * JSON with object keys sorted at every level, so a value read back from jsonb (which
 * reorders keys) hashes exactly as it did when written. Numbers must be integers: money
 * travels as decimal strings and floats would not survive the round trip byte-exact.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`audit values hold integers only, got ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}

export function hashLink(link: Omit<AuditLink, 'hash'>): string {
  const body: JsonValue = {
    v: AUDIT_HASH_VERSION,
    assetId: link.assetId,
    seq: link.seq,
    eventId: link.eventId,
    subjectType: link.subjectType,
    subjectId: link.subjectId,
    action: link.action,
    actor: {
      userId: link.actor.userId,
      login: link.actor.login,
      partyId: link.actor.partyId,
      roles: [...link.actor.roles],
    },
    occurredAt: link.occurredAt.toISOString(),
    before: link.before,
    after: link.after,
    prevHash: link.prevHash,
  };
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export type ChainProblemKind = 'HASH_MISMATCH' | 'BROKEN_LINK' | 'SEQUENCE_GAP';

export interface ChainProblem {
  assetId: string;
  seq: number;
  kind: ChainProblemKind;
  message: string;
}

/**
 * Checks consecutive links of one asset's chain, in seq order. `previous` is the link
 * before `links[0]` (null when `links` starts the chain), so a long chain can be verified
 * in pages. Returns the problems found and the last link, to pass to the next page.
 */
export function verifyChainPage(
  previous: Pick<AuditLink, 'seq' | 'hash'> | null,
  links: readonly AuditLink[],
): { problems: ChainProblem[]; last: Pick<AuditLink, 'seq' | 'hash'> | null } {
  const problems: ChainProblem[] = [];
  let prev = previous;
  for (const link of links) {
    const expectedSeq = prev === null ? 1 : prev.seq + 1;
    if (link.seq !== expectedSeq) {
      problems.push({
        assetId: link.assetId,
        seq: link.seq,
        kind: 'SEQUENCE_GAP',
        message: `expected link ${expectedSeq}, found ${link.seq}`,
      });
    }
    const expectedPrev = prev === null ? null : prev.hash;
    if (link.prevHash !== expectedPrev) {
      problems.push({
        assetId: link.assetId,
        seq: link.seq,
        kind: 'BROKEN_LINK',
        message: 'previous hash does not match the link before it',
      });
    }
    if (hashLink(link) !== link.hash) {
      problems.push({
        assetId: link.assetId,
        seq: link.seq,
        kind: 'HASH_MISMATCH',
        message: 'content does not match its hash (the event was altered)',
      });
    }
    prev = { seq: link.seq, hash: link.hash };
  }
  return { problems, last: prev };
}
