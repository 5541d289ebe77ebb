import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role, type Identity } from '@app/auth';
import { isExclusionViolation, isUniqueViolation } from '@app/errors';
import { Decimal, decimalOrNull } from '@app/money';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import type { JsonValue } from '@registry/audit/domain/audit-chain.js';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { PartyKind } from '@registry/party/party.entity.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { fundFigures, type FundFigures } from '@registry/risk-fund/domain/fund-figures.js';
import { administersFund } from '@registry/risk-fund/domain/fund-rules.js';
import { ratioProblem } from '@registry/risk-fund/domain/loss-sharing.js';
import { planVersion, versionOn } from '@registry/risk-fund/domain/ratio-versions.js';
import type {
  AddRiskFundRatioVersionInput,
  ContributeToRiskFundInput,
  CreateRiskFundInput,
} from '@registry/risk-fund/dto/risk-fund.input.js';
import { RiskFundEntryKind, type RiskFundEntryEntity } from '@registry/risk-fund/risk-fund-entry.entity.js';
import type { RiskFundRatioVersionEntity } from '@registry/risk-fund/risk-fund-ratio-version.entity.js';
import type { RiskFundEntity } from '@registry/risk-fund/risk-fund.entity.js';
import { RiskFundErrorReason, RiskFundException } from '@registry/risk-fund/risk-fund.exception.js';
import { ratioOf } from '@registry/risk-fund/risk-fund.mapper.js';
import { RiskFundRepository } from '@registry/risk-fund/risk-fund.repository.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

const CITY_UNIQUE = 'uq_risk_fund_city';
const NO_OVERLAP = 'ex_risk_fund_ratio_version_overlap';

/** Idempotent results are the id of what was written. */
export const storedId = {
  toStored: (id: string): JsonValue => id,
  fromStored: (stored: JsonValue): string => stored as string,
};

/**
 * The risk-compensation fund itself: creation, sharing-ratio versions, contributions, and
 * the figures (balance, cover, commitments, leverage). Every write locks the fund's row
 * first, so ledger entries, ratio changes and enrolments of one fund run one at a time.
 */
@Injectable()
export class RiskFundService {
  constructor(
    private readonly funds: RiskFundRepository,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async create(identity: Identity, input: CreateRiskFundInput, key?: string | null): Promise<RiskFundEntity> {
    const city = trimmed(input.city, 'input.city');
    const name = trimmed(input.name, 'input.name');
    const ownerPartyId = this.owner(identity, input.ownerPartyId ?? null);
    const leverageLimit = new Decimal(input.leverageLimit ?? this.config.RISK_FUND_DEFAULT_LEVERAGE_LIMIT);
    const perLoanCap = decimalOrNull(input.perLoanCap);
    const id = await this.funds
      .transaction((m) =>
        this.idempotency.run(
          m,
          { identity, key, operation: 'createRiskFund', request: input, ...storedId },
          async () => {
            const owner = await this.funds.party(m, ownerPartyId);
            if (owner?.kind !== PartyKind.PROGRAM_OFFICE) {
              throw RiskFundException.invalid('input.ownerPartyId', 'must be a program office');
            }
            if (owner.city !== city) {
              throw RiskFundException.invalid('input.city', `must be the program office's city ${owner.city}`);
            }
            const fund = await this.funds.insertFund(m, {
              city,
              name,
              ownerPartyId,
              currency: input.currency,
              leverageLimit,
              perLoanCap,
              createdBy: identity.userId,
            });
            return fund.id;
          },
        ),
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, CITY_UNIQUE)) {
          throw RiskFundException.conflict(
            RiskFundErrorReason.RISK_FUND_EXISTS,
            `${city} already has a fund`,
            'input.city',
          );
        }
        throw error;
      });
    return this.get(id);
  }

  /**
   * A new sharing-ratio version. Versions never overlap (planVersion; the exclusion
   * constraint decides if code ever disagrees); one that would change the ratio on the
   * loss date of a claim already filed is refused, so a claim's split never moves.
   */
  async addRatioVersion(
    identity: Identity,
    input: AddRiskFundRatioVersionInput,
    key?: string | null,
  ): Promise<RiskFundRatioVersionEntity> {
    const fundId = assertUuid(input.fundId, 'input.fundId');
    const from = input.effectiveFrom;
    const to = input.effectiveTo ?? null;
    if (to !== null && compareIsoDate(to, from) < 0) {
      throw RiskFundException.invalid('input.effectiveTo', 'must not be before effectiveFrom');
    }
    const ratio = {
      fund: new Decimal(input.fundPart),
      bank: new Decimal(input.bankPart),
      insurer: new Decimal(input.insurerPart),
      appraiser: new Decimal(input.appraiserPart),
    };
    const problem = ratioProblem(ratio);
    if (problem !== null) throw RiskFundException.invalid(`input.${problem.field}Part`, problem.message);
    const id = await this.funds
      .transaction((m) =>
        this.idempotency.run(
          m,
          { identity, key, operation: 'addRiskFundRatioVersion', request: input, ...storedId },
          async () => {
            await this.lockAdministered(m, identity, fundId, 'input.fundId');
            const versions = await this.funds.ratioVersionsOf([fundId], m);
            const plan = planVersion(
              versions.map((v) => ({ id: v.id, from: v.effectiveFrom, to: v.effectiveTo })),
              from,
              to,
            );
            if (!plan.ok) {
              const o = plan.overlapping;
              throw RiskFundException.conflict(
                RiskFundErrorReason.RATIO_VERSION_OVERLAP,
                `overlaps the version from ${o.from} to ${o.to ?? 'open-ended'}`,
                'input.effectiveFrom',
                { versionId: o.id },
              );
            }
            const used = await this.funds.firstClaimDateWithin(m, fundId, from, to);
            if (used !== null) {
              throw RiskFundException.conflict(
                RiskFundErrorReason.RATIO_VERSION_IN_USE,
                `a claim with loss date ${used} was already split by the ratio then in force`,
                'input.effectiveFrom',
              );
            }
            if (plan.closes !== null) await this.funds.closeRatioVersion(m, plan.closes.id, plan.closes.to);
            const version = await this.funds.insertRatioVersion(m, {
              fundId,
              effectiveFrom: from,
              effectiveTo: to,
              fundPart: ratio.fund,
              bankPart: ratio.bank,
              insurerPart: ratio.insurer,
              appraiserPart: ratio.appraiser,
              createdBy: identity.userId,
            });
            return version.id;
          },
        ),
      )
      .catch((error: unknown) => {
        if (isExclusionViolation(error, NO_OVERLAP)) {
          throw RiskFundException.conflict(
            RiskFundErrorReason.RATIO_VERSION_OVERLAP,
            'overlaps another version of the fund',
            'input.effectiveFrom',
          );
        }
        throw error;
      });
    const version = await this.funds.findRatioVersion(id);
    if (version === null) throw new Error(`ratio version ${id} vanished after it was written`);
    return version;
  }

  /** Capital the city pays in: a CONTRIBUTION entry. */
  async contribute(
    identity: Identity,
    input: ContributeToRiskFundInput,
    key?: string | null,
  ): Promise<RiskFundEntryEntity> {
    const fundId = assertUuid(input.fundId, 'input.fundId');
    const bookedOn = valueDate(input.bookedOn, 'input.bookedOn');
    const id = await this.funds.transaction((m) =>
      this.idempotency.run(
        m,
        { identity, key, operation: 'contributeToRiskFund', request: input, ...storedId },
        async () => {
          await this.lockAdministered(m, identity, fundId, 'input.fundId');
          const entry = await this.funds.append(m, {
            fundId,
            kind: RiskFundEntryKind.CONTRIBUTION,
            amount: new Decimal(input.amount),
            claimId: null,
            bookedOn,
            note: input.note?.trim() || null,
            recordedBy: identity.userId,
          });
          return entry.id;
        },
      ),
    );
    return this.funds.findEntry(this.funds.dataSource.manager, id);
  }

  /** Locks the fund and checks the caller runs it; a fund that does not exist is NOT_FOUND. */
  async lockAdministered(m: EntityManager, identity: Identity, fundId: string, field: string): Promise<RiskFundEntity> {
    const fund = await this.funds.lockFund(m, fundId);
    if (fund === null) throw RiskFundException.fundNotFound(fundId, field);
    if (!administersFund(identity, fund)) throw RiskFundException.notAdministrator();
    return fund;
  }

  async get(id: string, field = 'id'): Promise<RiskFundEntity> {
    const fund = await this.funds.findFund(assertUuid(id, field));
    if (fund === null) throw RiskFundException.fundNotFound(id, field);
    return fund;
  }

  list(city: string | null): Promise<RiskFundEntity[]> {
    return this.funds.listFunds(city === null ? null : city.trim());
  }

  findByIds(ids: readonly string[]): Promise<RiskFundEntity[]> {
    return this.funds.findFunds(ids);
  }

  ratioVersionsOf(fundIds: readonly string[]): Promise<RiskFundRatioVersionEntity[]> {
    return this.funds.ratioVersionsOf(fundIds);
  }

  /** Balance, cover, commitments and leverage of each fund today, in two queries. */
  async figures(funds: readonly RiskFundEntity[]): Promise<Map<string, FundFigures>> {
    const today = registryToday();
    const ids = funds.map((f) => f.id);
    const [facts, versions] = await Promise.all([this.funds.coverFacts(ids, today), this.funds.ratioVersionsOf(ids)]);
    const byFund = new Map(facts.map((f) => [f.fundId, f]));
    const result = new Map<string, FundFigures>();
    for (const fund of funds) {
      const fact = byFund.get(fund.id);
      if (fact === undefined) continue;
      const current = versionOn(
        versions.filter((v) => v.fundId === fund.id).map((v) => ({ ...v, from: v.effectiveFrom, to: v.effectiveTo })),
        today,
      );
      result.set(fund.id, fundFigures(fact, fund, current === null ? null : ratioOf(current)));
    }
    return result;
  }

  /** A page of the ledger in entry order; only those who run the fund read it. */
  async ledger(
    identity: Identity,
    fund: { id: string; ownerPartyId: string },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<RiskFundEntryEntity>> {
    if (!administersFund(identity, fund)) throw RiskFundException.notAdministrator();
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['number']) as [number] | null;
    const rows = await this.funds.ledger(fund.id, cursor === null ? null : cursor[0], limit);
    return toConnection(rows, limit, cursor !== null, (e) => [e.seq]);
  }

  /** The program office that will own a new fund: program staff create for their own office. */
  private owner(identity: Identity, requested: string | null): string {
    const admin = identity.roles.includes(Role.ADMIN);
    if (requested !== null) {
      if (!admin && requested !== identity.partyId) throw RiskFundException.notAdministrator();
      return requested;
    }
    if (admin || identity.partyId === null) {
      throw RiskFundException.invalid('input.ownerPartyId', 'name the program office that runs the fund');
    }
    return identity.partyId;
  }
}

function trimmed(value: string, field: string): string {
  const t = value.trim();
  if (t.length === 0) throw RiskFundException.invalid(field, 'must not be blank');
  return t;
}

/** A value date: given or today, never in the future. */
export function valueDate(date: string | null | undefined, field: string): string {
  const today = registryToday();
  const day = date ?? today;
  if (compareIsoDate(day, today) > 0) throw RiskFundException.invalid(field, 'must not be in the future');
  return day;
}
