import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { AuditRepository, type ChainTail } from '@registry/audit/audit.repository.js';
import {
  hashLink,
  verifyChainPage,
  type AuditActor,
  type AuditLink,
  type ChainProblem,
  type JsonValue,
} from '@registry/audit/domain/audit-chain.js';

/** A state change as the module that made it describes it. */
export interface AuditEntry {
  /** Every asset the change concerns; each gets a link in its own chain. */
  assetIds: readonly string[];
  subjectType: 'LISTING' | 'OFFER' | 'PLEDGE' | 'DISPOSAL' | 'LOAN' | 'POOL_CANDIDATE';
  subjectId: string;
  /** What happened, e.g. `PLEDGE_REGISTERED`. */
  action: string;
  before: JsonValue;
  after: JsonValue;
}

export interface VerifyReport {
  chains: number;
  links: number;
  problems: ChainProblem[];
}

const PAGE = 1000;

function actorOf(identity: Identity): AuditActor {
  return { userId: identity.userId, login: identity.login, partyId: identity.partyId, roles: [...identity.roles] };
}

/**
 * Writes audit events in the caller's transaction (so a state change and its audit
 * event commit or roll back together) and verifies the chains.
 */
@Injectable()
export class AuditService {
  /**
   * Chains locked per transaction. A transaction's EntityManager lives exactly as long as
   * the transaction, and so do advisory xact locks: a lock recorded here is held.
   */
  private readonly held = new WeakMap<EntityManager, Set<string>>();

  constructor(private readonly audit: AuditRepository) {}

  /**
   * Takes the chain locks of `assetIds` now, in one sorted statement. A transaction that
   * will append for several assets at different moments calls this first with all of
   * them, so its locks are taken in one sorted pass (no lock-order deadlock with another
   * transaction). Later appends in the same transaction do not take them again.
   */
  async lockChains(manager: EntityManager, assetIds: readonly string[]): Promise<void> {
    const held = this.held.get(manager);
    const missing = [...new Set(assetIds)].filter((id) => held?.has(id) !== true);
    if (missing.length === 0) return;
    await this.audit.lockChains(manager, missing);
    // Outside a transaction an xact lock ends with its statement: nothing stays held.
    if (manager.queryRunner?.isTransactionActive !== true) return;
    if (held === undefined) this.held.set(manager, new Set(missing));
    else missing.forEach((id) => held.add(id));
  }

  /** Appends one link per asset of each entry; entries sharing a call keep their order. */
  async record(manager: EntityManager, identity: Identity, ...entries: AuditEntry[]): Promise<void> {
    const assetIds = [...new Set(entries.flatMap((e) => e.assetIds))];
    if (assetIds.length === 0) return;
    await this.lockChains(manager, assetIds);
    await this.append(manager, identity, await this.audit.tails(manager, assetIds), entries);
  }

  /**
   * {@link record} for a caller that already holds the chain locks ({@link lockChains} in
   * this transaction) and read the chain tails under them (the SQL of `chainTailsSql`,
   * embedded in its own statement): appends without reading anything. Throws when a lock
   * is not held, since tails read without it could be stale.
   */
  async recordAfter(
    manager: EntityManager,
    identity: Identity,
    tails: ReadonlyMap<string, ChainTail>,
    ...entries: AuditEntry[]
  ): Promise<void> {
    const held = this.held.get(manager);
    const unlocked = entries.flatMap((e) => e.assetIds).find((id) => held?.has(id) !== true);
    if (unlocked !== undefined) throw new Error(`audit chain of ${unlocked} is not locked by this transaction`);
    await this.append(manager, identity, new Map(tails), entries);
  }

  private async append(
    manager: EntityManager,
    identity: Identity,
    tails: Map<string, ChainTail>,
    entries: readonly AuditEntry[],
  ): Promise<void> {
    const occurredAt = new Date();
    const actor = actorOf(identity);
    const links: AuditLink[] = [];
    for (const entry of entries) {
      const eventId = randomUUID();
      for (const assetId of new Set(entry.assetIds)) {
        const tail = tails.get(assetId);
        const unhashed = {
          assetId,
          seq: (tail?.seq ?? 0) + 1,
          eventId,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          action: entry.action,
          actor,
          occurredAt,
          before: entry.before,
          after: entry.after,
          prevHash: tail?.hash ?? null,
        };
        const link = { ...unhashed, hash: hashLink(unhashed) };
        links.push(link);
        tails.set(assetId, { seq: link.seq, hash: link.hash });
      }
    }
    await this.audit.insert(manager, links);
  }

  /** One asset's chain, oldest first. */
  async trail(assetId: string): Promise<AuditLink[]> {
    const links: AuditLink[] = [];
    for (;;) {
      const page = await this.audit.page(assetId, links.at(-1)?.seq ?? 0, PAGE);
      links.push(...page);
      if (page.length < PAGE) return links;
    }
  }

  /**
   * The events of listings, offers, pledges or disposals of one type, one per state change
   * (not per asset), oldest first.
   */
  async eventsOf(subjectType: AuditEntry['subjectType'], subjectIds: readonly string[]): Promise<AuditLink[]> {
    const seen = new Set<string>();
    return (await this.audit.bySubjects(subjectType, subjectIds)).filter((link) =>
      seen.has(link.eventId) ? false : (seen.add(link.eventId), true),
    );
  }

  /** Recomputes every chain, streaming in pages; memory stays flat however long the log. */
  async verifyAll(onProgress?: (links: number) => void): Promise<VerifyReport> {
    const report: VerifyReport = { chains: 0, links: 0, problems: [] };
    let cursor: { assetId: string; seq: number } | null = null;
    let chainAsset: string | null = null;
    let previous: Pick<AuditLink, 'seq' | 'hash'> | null = null;
    for (;;) {
      const page = await this.audit.scan(cursor, PAGE);
      for (const link of page) {
        if (chainAsset !== link.assetId) {
          chainAsset = link.assetId;
          previous = null;
          report.chains++;
        }
        const checked = verifyChainPage(previous, [link]);
        report.problems.push(...checked.problems);
        previous = checked.last;
        report.links++;
      }
      onProgress?.(report.links);
      const last = page.at(-1);
      if (page.length < PAGE || last === undefined) return report;
      cursor = { assetId: last.assetId, seq: last.seq };
    }
  }
}
