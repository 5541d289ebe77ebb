import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@app/auth';
import { withTransaction } from '@app/database';
import { assertUuid } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import {
  OTHER_REFUSAL_CODE,
  REFUSAL_CODES,
  type RecordedReason,
  type RefusalReason,
} from '@registry/pledge/domain/refusal-rules.js';
import { ExaminationOutcome } from '@registry/pledge/dto/pledge.input.js';
import { storedContent } from '@registry/pledge/pledge.mapper.js';
import type { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
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
    return withTransaction(this.dataSource, (m) =>
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
        async () => {
          const pledge = await this.pledges.lockById(m, pledgeId);
          if (pledge === null) throw PledgeException.notFound(pledgeId);
          if (pledge.status !== PledgeStatus.SUBMITTED) {
            throw PledgeException.transition(`${decision.outcome} is not allowed from ${pledge.status}`);
          }
          const assets = await this.pledges.assetsOf([pledge.id], m);
          const assetIds = assets.map((a) => a.assetId);
          // Serialises every registration touching these assets, in sorted order.
          await this.audit.lockChains(m, assetIds);
          switch (decision.outcome) {
            case ExaminationOutcome.REGISTER:
              return this.register(m, identity, pledge, assets, today);
            case ExaminationOutcome.REFUSE:
              return this.refuse(m, identity, pledge, assetIds, given, decision.note ?? null);
            case ExaminationOutcome.REQUEST_CORRECTION:
              return this.requestCorrection(m, identity, pledge, assetIds, given, decision.note ?? '');
          }
        },
      ),
    );
  }

  private async register(
    m: EntityManager,
    identity: Identity,
    pledge: PledgeEntity,
    assets: readonly PledgeAssetEntity[],
    today: string,
  ): Promise<ExamineOutcome> {
    const assetIds = assets.map((a) => a.assetId);
    const content = storedContent(pledge, assetIds);
    const { examination } = await this.rules.check(m, content, today, pledge.id);
    if (examination.reasons.length > 0) {
      return this.refuse(m, identity, pledge, assetIds, examination.reasons, null);
    }
    // The primary key of active_pledge is the real guarantee; the savepoint undoes a
    // partial claim so the refusal below leaves no row behind.
    await m.query('SAVEPOINT pledge_register');
    const claimed = new Set(await this.pledges.claimActive(m, pledge.id, assetIds));
    if (claimed.size < assetIds.length) {
      await m.query('ROLLBACK TO SAVEPOINT pledge_register');
      const taken = assets.filter((a) => !claimed.has(a.assetId));
      const reasons: RefusalReason[] = taken.map((a) => ({
        code: 'ALREADY_PLEDGED',
        assetId: a.assetId,
        message: `${a.number} already has an active pledge`,
      }));
      return this.refuse(m, identity, pledge, assetIds, reasons, null);
    }
    await m.query('RELEASE SAVEPOINT pledge_register');
    const next = nextStatus(pledge, { type: 'REGISTER' });
    const serial = await this.pledges.nextRegistrationSerial(m);
    const registrationNumber = `PL-${today.slice(0, 4)}-${serial.padStart(6, '0')}`;
    await this.pledges.update(m, pledge.id, {
      status: next,
      version: 1,
      registrationNumber,
      registeredOn: today,
      examinedAt: new Date(),
      examinedBy: identity.userId,
      refusalReasons: [],
      reviewFlags: examination.flags,
    });
    await this.pledges.insertVersion(m, {
      pledgeId: pledge.id,
      version: 1,
      pledgorPartyId: pledge.pledgorPartyId,
      pledgeePartyId: pledge.pledgeePartyId,
      claimAmount: pledge.claimAmount,
      claimCurrency: pledge.claimCurrency,
      debtorDueDate: pledge.debtorDueDate,
      guaranteeScope: pledge.guaranteeScope,
      changeNote: null,
      effectiveOn: today,
      recordedBy: identity.userId,
    });
    await this.audit.record(m, identity, {
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
  ): Promise<ExamineOutcome> {
    const next = nextStatus(pledge, { type: 'REFUSE' });
    await this.pledges.update(m, pledge.id, {
      status: next,
      refusalReasons: [...reasons],
      examinedAt: new Date(),
      examinedBy: identity.userId,
      examinerNote: note,
    });
    await this.audit.record(m, identity, {
      assetIds,
      subjectType: 'PLEDGE',
      subjectId: pledge.id,
      action: 'PLEDGE_REFUSED',
      before: { status: pledge.status },
      after: { status: next, reasons: reasons.map((r) => r.code), note },
    });
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
