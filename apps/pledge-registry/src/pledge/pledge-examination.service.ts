import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { assertUuid } from '@app/platform';
import type { ChainTail } from '@registry/audit/audit.repository.js';
import { AuditService, type AuditEntry } from '@registry/audit/audit.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import { OTHER_REFUSAL_CODE, REFUSAL_CODES, type RecordedReason } from '@registry/pledge/domain/refusal-rules.js';
import { ExaminationOutcome } from '@registry/pledge/dto/pledge.input.js';
import { storedContent } from '@registry/pledge/pledge.mapper.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { PledgeRulesService } from '@registry/pledge/pledge-rules.service.js';
import { asJson, nextStatus } from '@registry/pledge/pledge-write.js';

/** Outcome of an examination: the status the file reached and, if refused, why. */
export interface ExamineOutcome {
  pledgeId: string;
  status: PledgeStatus;
  reasons: RecordedReason[];
}

/** The registrar's decision: the outcome, refusal or correction codes, and a note. */
export interface ExaminationDecision {
  outcome: ExaminationOutcome;
  reasons?: readonly string[] | null;
  note?: string | null;
}

const ALLOWED_CODES: ReadonlySet<string> = new Set([...REFUSAL_CODES, OTHER_REFUSAL_CODE]);

/** The registrar's examination of a SUBMITTED file: registration, refusal or a request for correction. */
@Injectable()
export class PledgeExaminationService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly rules: PledgeRulesService,
  ) {
    this.dataSource = pledges.dataSource;
  }

  /**
   * The registrar's decision on a SUBMITTED file. REGISTER re-runs every rule on the
   * current facts under the assets' chain locks, then claims the assets in active_pledge;
   * whoever loses a race is refused with ALREADY_PLEDGED, never an error. Callable without
   * GraphQL (benchmarks).
   */
  async examine(
    identity: Identity,
    id: string,
    decision: ExaminationDecision,
    idempotencyKey?: string | null,
  ): Promise<ExamineOutcome> {
    const pledgeId = assertUuid(id, 'id');
    const given = checkDecision(decision);
    const today = registryToday();
    const once = (): Promise<ExamineOutcome> =>
      withTransaction(this.dataSource, (m) =>
        this.idempotency.run(
          m,
          {
            identity,
            key: idempotencyKey,
            operation: 'examinePledgeApplication',
            request: { id: pledgeId, decision },
            toStored: asJson,
            fromStored: (stored) => stored as unknown as ExamineOutcome,
          },
          () => this.decide(m, identity, pledgeId, decision, given, today),
        ),
      );
    try {
      return await once();
    } catch (error) {
      // Rolled back; the second run's rules see what changed (ALREADY_PLEDGED, say).
      if (!(error instanceof ExaminationRaced)) throw error;
      return once();
    }
  }

  private async decide(
    m: EntityManager,
    identity: Identity,
    pledgeId: string,
    decision: ExaminationDecision,
    given: RecordedReason[],
    today: string,
  ): Promise<ExamineOutcome> {
    const locked = await this.pledges.lockWithAssets(m, pledgeId);
    if (locked === null) throw PledgeException.notFound(pledgeId);
    const { pledge, assetIds } = locked;
    if (pledge.status !== PledgeStatus.SUBMITTED) {
      throw PledgeException.transition(`${decision.outcome} is not allowed from ${pledge.status}`);
    }
    // Serialises every registration touching these assets, in sorted order.
    await this.audit.lockChains(m, assetIds);
    switch (decision.outcome) {
      case ExaminationOutcome.REGISTER:
        return this.register(m, identity, pledge, assetIds, today);
      case ExaminationOutcome.REFUSE:
        return this.refuse(m, identity, pledge, assetIds, given, decision.note ?? null);
      case ExaminationOutcome.REQUEST_CORRECTION:
        return this.requestCorrection(m, identity, pledge, assetIds, given, decision.note ?? '');
    }
  }

  /**
   * Four statements: the facts (with the chain tails, read under the chain locks), the
   * registration with its claim, version and serial, and the audit links.
   */
  private async register(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assetIds: readonly string[],
    today: string,
  ): Promise<ExamineOutcome> {
    const content = storedContent(pledge, assetIds);
    const { examination, facts } = await this.rules.check(m, content, today, pledge.id, { chainTails: true });
    // The asset list came with the row lock, read before any wait for it; its current
    // state is what the chain locks must cover.
    if (facts.ownAssetIds.join() !== assetIds.join()) throw new ExaminationRaced();
    if (examination.reasons.length > 0) {
      return this.refuse(m, identity, pledge, assetIds, examination.reasons, null, facts.chainTails);
    }
    const next = nextStatus(pledge, { type: 'REGISTER' });
    // Under the chain locks the rules' read of active_pledge is authoritative for every
    // writer that takes them; the primary key stays the backstop for one that did not.
    const registrationNumber = await this.pledges.registerClaimingAssets(m, {
      pledgeId: pledge.id,
      assetIds,
      status: next,
      registeredOn: today,
      examinedAt: new Date(),
      examinedBy: identity.userId,
      reviewFlags: examination.flags,
    });
    if (registrationNumber === null) throw new ExaminationRaced();
    await this.audit.recordAfter(m, identity, facts.chainTails, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_REGISTERED',
      before: { status: pledge.status, version: pledge.version },
      after: { status: next, version: 1, registrationNumber, registeredOn: today },
    });
    return { pledgeId: pledge.id, status: next, reasons: [] };
  }

  private async refuse(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assetIds: readonly string[],
    reasons: readonly RecordedReason[],
    note: string | null,
    chainTails?: ReadonlyMap<string, ChainTail>,
  ): Promise<ExamineOutcome> {
    const next = nextStatus(pledge, { type: 'REFUSE' });
    await this.pledges.update(m, pledge.id, {
      status: next,
      refusalReasons: [...reasons],
      examinedAt: new Date(),
      examinedBy: identity.userId,
      examinerNote: note,
    });
    const entry: AuditEntry = {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_REFUSED',
      before: { status: pledge.status },
      after: { status: next, reasons: reasons.map((r) => r.code), note },
    };
    if (chainTails === undefined) await this.audit.record(m, identity, entry);
    else await this.audit.recordAfter(m, identity, chainTails, entry);
    return { pledgeId: pledge.id, status: next, reasons: [...reasons] };
  }

  private async requestCorrection(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assetIds: readonly string[],
    points: readonly RecordedReason[],
    note: string,
  ): Promise<ExamineOutcome> {
    const next = nextStatus(pledge, { type: 'REQUEST_CORRECTION' });
    // Both parties sign the corrected content again; a new deadline runs from resubmission.
    await this.pledges.update(m, pledge.id, {
      status: next,
      refusalReasons: [...points],
      examinerNote: note,
      examinedAt: new Date(),
      examinedBy: identity.userId,
      pledgorSignedHash: null,
      pledgeeSignedHash: null,
    });
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_CORRECTION_REQUESTED',
      before: { status: pledge.status },
      after: { status: next, note, points: points.map((p) => p.code) },
    });
    return { pledgeId: pledge.id, status: next, reasons: [...points] };
  }
}

/**
 * A registration found the state it read overtaken (its asset list changed while it
 * waited for the row lock, or an asset was claimed by a writer that bypassed the chain
 * locks): the transaction rolls back and the examination runs once more.
 */
class ExaminationRaced extends Error {
  constructor() {
    super('the examination raced a concurrent change; re-run it');
  }
}

/** Checks the registrar's decision and turns its codes into recorded reasons. */
function checkDecision(decision: ExaminationDecision): RecordedReason[] {
  const note = decision.note?.trim() ?? '';
  const codes = decision.reasons ?? [];
  codes.forEach((code, i) => {
    if (!ALLOWED_CODES.has(code)) throw PledgeException.invalid(`decision.reasons[${i}]`, `unknown code ${code}`);
  });
  if (decision.outcome === ExaminationOutcome.REFUSE && codes.length === 0) {
    throw PledgeException.invalid('decision.reasons', 'at least one reason is needed to refuse');
  }
  if (codes.includes(OTHER_REFUSAL_CODE) && note === '') {
    throw PledgeException.invalid('decision.note', 'OTHER needs a note');
  }
  if (decision.outcome === ExaminationOutcome.REQUEST_CORRECTION && note === '') {
    throw PledgeException.invalid('decision.note', 'say what must be corrected');
  }
  if (decision.outcome === ExaminationOutcome.REGISTER) return [];
  return codes.map((code) => ({
    code: code as RecordedReason['code'],
    message: note === '' ? code : note,
  }));
}
