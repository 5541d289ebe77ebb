import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from '@registry/audit/audit-event.entity.js';
import type { AuditLink, JsonValue } from '@registry/audit/domain/audit-chain.js';

export interface ChainTail {
  seq: number;
  hash: string;
}

/**
 * SQL returning one json object `{ "<asset id>": { "seq": n, "hash": "..." } }` with the last
 * link of each chain whose asset id is in the uuid[] expression `ids` (assets without a
 * chain are absent). Other modules embed it in a larger statement to save a round trip;
 * read under the chain locks, the tails cannot move until the transaction ends.
 */
export function chainTailsSql(ids: string): string {
  return `SELECT coalesce(json_object_agg(t.asset_id, json_build_object('seq', t.seq, 'hash', t.hash)), '{}'::json)
            FROM unnest(${ids}::uuid[]) AS a(id)
            CROSS JOIN LATERAL (SELECT e.asset_id, e.seq, e.hash FROM audit_event e
                                 WHERE e.asset_id = a.id ORDER BY e.seq DESC LIMIT 1) t`;
}

/** The tails as {@link chainTailsSql} returns them, as a map by asset id. */
export function chainTailsFrom(json: Record<string, ChainTail>): Map<string, ChainTail> {
  return new Map(Object.entries(json).map(([assetId, t]) => [assetId, { seq: t.seq, hash: t.hash }]));
}

/** SQL for the audit chain. Writes run in the caller's transaction; there is no update or delete. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Serialises appends to these assets' chains until the transaction ends. Advisory locks,
   * not row locks: the application may not UPDATE audit rows, and SELECT ... FOR UPDATE
   * needs that privilege. Taken in id order so two transactions cannot deadlock here: one
   * statement, and because the lock call is volatile PostgreSQL evaluates it after the
   * sort, row by row in uuid order (the same order as the ids' lowercase text).
   */
  async lockChains(manager: EntityManager, assetIds: readonly string[]): Promise<void> {
    if (assetIds.length === 0) return;
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('audit:' || a.id::text, 0))
         FROM (SELECT DISTINCT unnest($1::uuid[]) AS id) a ORDER BY a.id`,
      [[...assetIds]],
    );
  }

  async tails(manager: EntityManager, assetIds: readonly string[]): Promise<Map<string, ChainTail>> {
    const [row]: { tails: Record<string, ChainTail> }[] = await manager.query(
      `SELECT (${chainTailsSql('$1')}) AS tails`,
      [[...assetIds]],
    );
    return chainTailsFrom(row?.tails ?? {});
  }

  async insert(manager: EntityManager, links: readonly AuditLink[]): Promise<void> {
    if (links.length === 0) return;
    const values: unknown[] = [];
    const rows = links.map((l, i) => {
      values.push(
        l.assetId,
        l.seq,
        l.eventId,
        l.subjectType,
        l.subjectId,
        l.action,
        l.actor.userId,
        l.actor.login,
        l.actor.partyId,
        l.actor.roles,
        l.occurredAt,
        JSON.stringify(l.before),
        JSON.stringify(l.after),
        l.prevHash,
        l.hash,
      );
      const p = (k: number): string => `$${i * 15 + k}`;
      return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}, ${p(11)}, ${p(12)}::jsonb, ${p(13)}::jsonb, ${p(14)}, ${p(15)})`;
    });
    await manager.query(
      `INSERT INTO audit_event (asset_id, seq, event_id, subject_type, subject_id, action, actor_user_id, actor_login,
         actor_party_id, actor_roles, occurred_at, before, after, prev_hash, hash) VALUES ${rows.join(', ')}`,
      values,
    );
  }

  /** One asset's links in chain order, from `afterSeq` on. */
  async page(assetId: string, afterSeq: number, limit: number): Promise<AuditLink[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.asset_id = :assetId AND e.seq > :afterSeq', { assetId, afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toLink);
  }

  /** Links of all chains in (asset, seq) order, keyset-paged: what the verify command walks. */
  async scan(after: { assetId: string; seq: number } | null, limit: number): Promise<AuditLink[]> {
    const qb = this.dataSource.manager.createQueryBuilder(AuditEventEntity, 'e');
    if (after !== null) qb.where('(e.asset_id, e.seq) > (:assetId, :seq)', after);
    const rows = await qb.orderBy('e.asset_id', 'ASC').addOrderBy('e.seq', 'ASC').limit(limit).getMany();
    return rows.map(toLink);
  }

  async bySubjects(subjectType: string, subjectIds: readonly string[]): Promise<AuditLink[]> {
    if (subjectIds.length === 0) return [];
    const rows = await this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.subject_type = :subjectType AND e.subject_id = ANY(:subjectIds)', {
        subjectType,
        subjectIds: [...subjectIds],
      })
      .orderBy('e.id', 'ASC')
      .getMany();
    return rows.map(toLink);
  }
}

function toLink(e: AuditEventEntity): AuditLink {
  return {
    assetId: e.assetId,
    seq: e.seq,
    eventId: e.eventId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    action: e.action,
    actor: { userId: e.actorUserId, login: e.actorLogin, partyId: e.actorPartyId, roles: e.actorRoles },
    occurredAt: e.occurredAt,
    before: e.before as JsonValue,
    after: e.after as JsonValue,
    prevHash: e.prevHash === null ? null : e.prevHash.trim(),
    hash: e.hash.trim(),
  };
}
