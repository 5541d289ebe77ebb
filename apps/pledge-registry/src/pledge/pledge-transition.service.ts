import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { assertUuid } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { canView, PledgeSide, sideOf } from '@registry/pledge/domain/pledge-access.js';
import type { PledgeEvent } from '@registry/pledge/domain/pledge-state.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { visibility } from '@registry/pledge/pledge.mapper.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { hiddenFrom, nextStatus } from '@registry/pledge/pledge-write.js';

/** A transition's own column changes and audit before/after (the status is added). */
export interface PreparedTransition {
  changes: Partial<PledgeEntity>;
  before?: JsonValue;
  after: JsonValue;
}

/** Who may record a transition: the registrar, the pledgee bank, or either signing party. */
export type TransitionActor = 'REGISTRAR' | 'PLEDGEE' | 'PARTY';

/** One kind of transition: its state-machine event, audit action and own writes. */
export interface TransitionSpec {
  event: PledgeEvent;
  action: string;
  /** Ends the pledge's claim on its assets (active_pledge) so they can be pledged again. */
  releasesAssets?: boolean;
  /** Checks and writes of this transition, run after the locks; may throw to roll everything back. */
  prepare?: (m: EntityManager, pledge: PledgeEntity, assetIds: string[]) => Promise<PreparedTransition>;
}

/** Runs a transition on one pledge file end to end; withdrawal and the post-registration lifecycle share it. */
@Injectable()
export class PledgeTransitionService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {
    this.dataSource = pledges.dataSource;
  }

  /**
   * One lifecycle event on a pledge: row lock, access, state machine, chain locks, the
   * event's own writes, the status update and its audit link, in one transaction.
   * Returns the pledge id.
   */
  async run(
    identity: Identity,
    id: string,
    idempotencyKey: string | null | undefined,
    operation: string,
    request: unknown,
    actor: TransitionActor,
    spec: TransitionSpec,
  ): Promise<string> {
    const pledgeId = assertUuid(id, 'id');
    return withTransaction(this.dataSource, (m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key: idempotencyKey,
          operation,
          request,
          toStored: (result) => result,
          fromStored: (stored) => stored as string,
        },
        () => this.apply(m, identity, pledgeId, actor, spec),
      ),
    );
  }

  /**
   * The transition itself, in the caller's transaction (no idempotency key of its own):
   * for a module whose own state change ends the pledge, e.g. a loan repaid in full.
   * Takes the pledge's row lock, then its chain locks, like {@link run}. Returns the pledge id.
   */
  async apply(
    m: EntityManager,
    identity: Identity,
    pledgeId: string,
    actor: TransitionActor,
    spec: TransitionSpec,
  ): Promise<string> {
    const pledge = await this.pledges.lockById(m, pledgeId);
    if (pledge === null) throw PledgeException.notFound(pledgeId);
    assertActor(identity, pledge, actor);
    const next = nextStatus(pledge, spec.event);
    const assetIds = (await this.pledges.assetsOf([pledge.id], m)).map((a) => a.assetId);
    await this.audit.lockChains(m, assetIds);
    const prepared: PreparedTransition = (await spec.prepare?.(m, pledge, assetIds)) ?? {
      changes: {},
      after: {},
    };
    if (spec.releasesAssets === true) await this.pledges.releaseActive(m, pledge.id);
    const deregistrationReason = spec.event.type === 'DEREGISTER' ? spec.event.reason : pledge.deregistrationReason;
    await this.pledges.update(m, pledge.id, { ...prepared.changes, status: next, deregistrationReason });
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: spec.action,
      before: prepared.before ?? { status: pledge.status },
      after: { status: next, ...(prepared.after as Record<string, JsonValue>) },
    });
    return pledge.id;
  }
}

function assertActor(identity: Identity, pledge: PledgeEntity, actor: TransitionActor): void {
  const side = sideOf(identity, pledge);
  switch (actor) {
    case 'REGISTRAR':
      if (!canView(identity, visibility(pledge))) throw PledgeException.notFound(pledge.id);
      return;
    case 'PLEDGEE':
      if (side !== PledgeSide.PLEDGEE) throw hiddenFrom(identity, pledge);
      return;
    case 'PARTY':
      if (side === null) throw hiddenFrom(identity, pledge);
      return;
  }
}
