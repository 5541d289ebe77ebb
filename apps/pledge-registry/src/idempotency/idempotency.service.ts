import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { canonicalJson, type JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyException } from '@registry/idempotency/idempotency.exception.js';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

export interface IdempotentCall<R> {
  identity: Identity;
  /** The client's key; undefined or null runs `work` without idempotency. */
  key: string | null | undefined;
  /** The mutation's name: a key is bound to one operation. */
  operation: string;
  /** The mutation's arguments (without the key), as received. */
  request: unknown;
  /** What to keep of the result so a replay can rebuild it (ids, outcome). */
  toStored: (result: R) => JsonValue;
  fromStored: (stored: JsonValue) => R;
}

/** Replaces undefined by absence and everything else by JSON, so equal requests hash equally. */
function requestHash(request: unknown): string {
  const json = JSON.parse(JSON.stringify(request ?? null) ?? 'null') as JsonValue;
  return createHash('sha256')
    .update(canonicalJson(normalise(json)))
    .digest('hex');
}

// Decimal inputs arrive as strings; a Float argument (the only non-integer number) is hashed by its text.
function normalise(value: JsonValue): JsonValue {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

/**
 * Runs a mutation at most once per (user, key). The key row is inserted first in the
 * mutation's own transaction: a concurrent retry blocks on it and then replays the
 * committed result; if the first attempt rolls back, so does its key, and the retry runs.
 * A business error (nothing written) keeps no key, so the client may fix and retry.
 */
@Injectable()
export class IdempotencyService {
  async run<R>(manager: EntityManager, call: IdempotentCall<R>, work: () => Promise<R>): Promise<R> {
    if (call.key === undefined || call.key === null) return work();
    if (!KEY_PATTERN.test(call.key)) throw IdempotencyException.invalid();
    const userId = call.identity.userId;
    if (userId === null) throw IdempotencyException.invalid();
    const hash = requestHash(call.request);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (user_id, key, operation, request_hash, response)
       VALUES ($1, $2, $3, $4, 'null'::jsonb) ON CONFLICT DO NOTHING RETURNING 1`,
      [userId, call.key, call.operation, hash],
    );
    if (inserted.length === 0) {
      const [previous]: { operation: string; request_hash: string; response: JsonValue }[] = await manager.query(
        'SELECT operation, request_hash, response FROM idempotency_key WHERE user_id = $1 AND key = $2',
        [userId, call.key],
      );
      if (previous === undefined || previous.operation !== call.operation || previous.request_hash !== hash) {
        throw IdempotencyException.reused(previous?.operation ?? call.operation);
      }
      return call.fromStored(previous.response);
    }
    const result = await work();
    await manager.query('UPDATE idempotency_key SET response = $3::jsonb WHERE user_id = $1 AND key = $2', [
      userId,
      call.key,
      JSON.stringify(call.toStored(result)),
    ]);
    return result;
  }
}
