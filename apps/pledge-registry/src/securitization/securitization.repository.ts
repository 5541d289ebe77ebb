import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { withTransaction } from '@app/database';
import { Decimal } from '@app/money';
import { PartyEntity } from '@registry/party/party.entity.js';
import { CandidateKind, CandidateStatus, PoolCandidateEntity } from './pool-candidate.entity.js';
import { PoolStructureEntity } from './pool-structure.entity.js';
import { PoolTrancheEntity } from './pool-tranche.entity.js';
import { RoyaltyReceivableEntity } from './royalty-receivable.entity.js';
import { SecuritizationPoolEntity } from './securitization-pool.entity.js';

/** A loan or receivable with everything eligibility, limits and analytics look at. */
export interface UnderlyingFacts {
  kind: CandidateKind;
  id: string;
  /** LOAN: the loan's status; receivables have none. */
  loanStatus: string | null;
  /** The lender (loans) or the recording bank (receivables). */
  bankPartyId: string;
  obligor: string;
  city: string;
  currency: string;
  balance: Decimal;
  annualRate: Decimal;
  inDefault: boolean;
  /** Receivables have no pledge: they count as registered, so the criterion does not reject them. */
  pledgeRegistered: boolean;
  pledgeId: string | null;
  appraisedValue: Decimal | null;
  maturityDate: string | null;
  /** LOAN: instalments not fully repaid in principal; receivables: null (months to maturity). */
  unpaidInstalments: number | null;
  /** LOAN: its repayment method; receivables: null. */
  repaymentMethod: string | null;
  expiries: (string | null)[];
  assetIds: string[];
  firstIpc: string | null;
}

interface FactsRow {
  id: string;
  loan_status: string | null;
  bank_party_id: string;
  obligor: string;
  city: string;
  currency: string;
  balance: string;
  annual_rate: string;
  in_default: boolean;
  pledge_registered: boolean;
  pledge_id: string | null;
  appraised_value: string | null;
  maturity_date: string | null;
  unpaid_instalments: number | null;
  repayment_method: string | null;
  expiries: (string | null)[];
  asset_ids: string[];
  first_ipc: string | null;
}

// A pledge's registration is in force while REGISTERED, DEFAULTED or ENFORCING; default is a separate criterion.
const LOAN_FACTS = `
  SELECT l.id, l.status AS loan_status, l.lender_party_id AS bank_party_id, l.borrower_party_id AS obligor,
         b.city, l.repayment_method, l.currency, l.outstanding_principal AS balance, l.annual_rate,
         (l.defaulted_on IS NOT NULL OR p.status IN ('DEFAULTED', 'ENFORCING', 'REALIZED')) AS in_default,
         p.status IN ('REGISTERED', 'DEFAULTED', 'ENFORCING') AS pledge_registered, p.id AS pledge_id,
         p.appraised_value,
         (SELECT to_char(max(i.due_date), 'YYYY-MM-DD') FROM loan_instalment i WHERE i.loan_id = l.id) AS maturity_date,
         (SELECT count(*)::int FROM loan_instalment i
           WHERE i.loan_id = l.id AND i.principal_paid < i.principal_due) AS unpaid_instalments,
         ARRAY(SELECT to_char(a.expiry_date, 'YYYY-MM-DD') FROM pledge_asset pa JOIN ip_asset a ON a.id = pa.asset_id
                WHERE pa.pledge_id = p.id ORDER BY pa.position) AS expiries,
         ARRAY(SELECT pa.asset_id::text FROM pledge_asset pa WHERE pa.pledge_id = p.id ORDER BY pa.position) AS asset_ids,
         (SELECT COALESCE(a.main_ipc, a.ipc_classes[1]) FROM pledge_asset pa JOIN ip_asset a ON a.id = pa.asset_id
           WHERE pa.pledge_id = p.id ORDER BY pa.position LIMIT 1) AS first_ipc
    FROM loan l JOIN pledge p ON p.id = l.pledge_id JOIN party b ON b.id = l.borrower_party_id`;

const RECEIVABLE_FACTS = `
  SELECT r.id, NULL AS loan_status, r.arranger_party_id AS bank_party_id, r.licensor_party_id AS obligor, b.city,
         NULL AS repayment_method, r.currency, r.outstanding_amount AS balance, r.annual_rate, false AS in_default, true AS pledge_registered,
         NULL::uuid AS pledge_id, NULL::numeric AS appraised_value,
         to_char(r.maturity_date, 'YYYY-MM-DD') AS maturity_date, NULL::int AS unpaid_instalments,
         ARRAY[to_char(a.expiry_date, 'YYYY-MM-DD')] AS expiries, ARRAY[r.asset_id::text] AS asset_ids,
         COALESCE(a.main_ipc, a.ipc_classes[1]) AS first_ipc
    FROM royalty_receivable r JOIN party b ON b.id = r.licensor_party_id JOIN ip_asset a ON a.id = r.asset_id`;

function toFacts(kind: CandidateKind, r: FactsRow): UnderlyingFacts {
  return {
    kind,
    id: r.id,
    loanStatus: r.loan_status,
    bankPartyId: r.bank_party_id,
    obligor: r.obligor,
    city: r.city,
    currency: r.currency,
    balance: new Decimal(r.balance),
    annualRate: new Decimal(r.annual_rate),
    inDefault: r.in_default,
    pledgeRegistered: r.pledge_registered,
    pledgeId: r.pledge_id,
    appraisedValue: r.appraised_value === null ? null : new Decimal(r.appraised_value),
    maturityDate: r.maturity_date,
    unpaidInstalments: r.unpaid_instalments,
    repaymentMethod: r.repayment_method,
    expiries: r.expiries,
    assetIds: r.asset_ids,
    firstIpc: r.first_ipc,
  };
}

/**
 * SQL of pools, candidates and recorded receivables, and the reads of the loan, pledge,
 * asset and party tables they need (those rows are only read here, never written).
 */
@Injectable()
export class SecuritizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  party(manager: EntityManager, id: string): Promise<PartyEntity | null> {
    return manager.findOne(PartyEntity, { where: { id } });
  }

  pool(manager: EntityManager, id: string, lock = false): Promise<SecuritizationPoolEntity | null> {
    return manager.findOne(SecuritizationPoolEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  pools(manager: EntityManager, arrangerPartyId: string | null): Promise<SecuritizationPoolEntity[]> {
    return manager.find(SecuritizationPoolEntity, {
      where: arrangerPartyId === null ? {} : { arrangerPartyId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  insertPool(manager: EntityManager, pool: Partial<SecuritizationPoolEntity>): Promise<SecuritizationPoolEntity> {
    return manager.save(manager.create(SecuritizationPoolEntity, pool));
  }

  savePool(manager: EntityManager, pool: SecuritizationPoolEntity): Promise<SecuritizationPoolEntity> {
    return manager.save(pool);
  }

  receivable(manager: EntityManager, id: string): Promise<RoyaltyReceivableEntity | null> {
    return manager.findOne(RoyaltyReceivableEntity, { where: { id } });
  }

  insertReceivable(manager: EntityManager, r: Partial<RoyaltyReceivableEntity>): Promise<RoyaltyReceivableEntity> {
    return manager.save(manager.create(RoyaltyReceivableEntity, r));
  }

  candidates(manager: EntityManager, poolIds: readonly string[]): Promise<PoolCandidateEntity[]> {
    if (poolIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PoolCandidateEntity, 'c')
      .where('c.pool_id = ANY(:ids)', { ids: [...poolIds] })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  candidate(manager: EntityManager, id: string): Promise<PoolCandidateEntity | null> {
    return manager.findOne(PoolCandidateEntity, { where: { id } });
  }

  /** The pool's row for this underlying, whatever its status. */
  existing(
    manager: EntityManager,
    poolId: string,
    kind: CandidateKind,
    id: string,
  ): Promise<PoolCandidateEntity | null> {
    return manager.findOne(PoolCandidateEntity, {
      where: kind === CandidateKind.LOAN ? { poolId, loanId: id } : { poolId, receivableId: id },
    });
  }

  insertCandidate(manager: EntityManager, c: Partial<PoolCandidateEntity>): Promise<PoolCandidateEntity> {
    return manager.save(manager.create(PoolCandidateEntity, c));
  }

  async deleteCandidate(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(PoolCandidateEntity, { id });
  }

  /** Whether the underlying is INCLUDED in a pool other than `poolId`. */
  async includedElsewhere(manager: EntityManager, poolId: string, kind: CandidateKind, id: string): Promise<boolean> {
    const column = kind === CandidateKind.LOAN ? 'loan_id' : 'receivable_id';
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM pool_candidate WHERE ${column} = $1 AND status = $2 AND pool_id <> $3 LIMIT 1`,
      [id, CandidateStatus.INCLUDED, poolId],
    );
    return rows.length > 0;
  }

  /** A loan's facts; with `lock` the loan row is share-locked so its status cannot change under the check. */
  async loanFacts(manager: EntityManager, loanId: string, lock: boolean): Promise<UnderlyingFacts | null> {
    const rows: FactsRow[] = await manager.query(`${LOAN_FACTS} WHERE l.id = $1${lock ? ' FOR SHARE OF l' : ''}`, [
      loanId,
    ]);
    return rows[0] === undefined ? null : toFacts(CandidateKind.LOAN, rows[0]);
  }

  async receivableFacts(manager: EntityManager, id: string): Promise<UnderlyingFacts | null> {
    const rows: FactsRow[] = await manager.query(`${RECEIVABLE_FACTS} WHERE r.id = $1`, [id]);
    return rows[0] === undefined ? null : toFacts(CandidateKind.ROYALTY_RECEIVABLE, rows[0]);
  }

  /** The facts of every INCLUDED candidate of the pool: two queries whatever its size. */
  async includedFacts(manager: EntityManager, poolId: string): Promise<UnderlyingFacts[]> {
    return this.includedFactsOf(manager, [poolId]);
  }

  /** The INCLUDED underlyings of each pool (in inclusion order), two queries for all the pools. */
  async includedFactsOf(
    manager: EntityManager,
    poolIds: readonly string[],
  ): Promise<(UnderlyingFacts & { poolId: string })[]> {
    if (poolIds.length === 0) return [];
    const of = async (kind: CandidateKind, facts: string, column: string) => {
      const rows: (FactsRow & { pool_id: string })[] = await manager.query(
        `SELECT f.*, c.pool_id FROM (${facts}) f JOIN pool_candidate c ON c.${column} = f.id
          WHERE c.pool_id = ANY($1::uuid[]) AND c.status = $2 ORDER BY c.created_at, c.id`,
        [[...poolIds], CandidateStatus.INCLUDED],
      );
      return rows.map((r) => ({ ...toFacts(kind, r), poolId: r.pool_id }));
    };
    const [loans, receivables] = await Promise.all([
      of(CandidateKind.LOAN, LOAN_FACTS, 'loan_id'),
      of(CandidateKind.ROYALTY_RECEIVABLE, RECEIVABLE_FACTS, 'receivable_id'),
    ]);
    return [...loans, ...receivables];
  }

  /** The structures of the pools asked for (pools without one are absent). */
  structures(manager: EntityManager, poolIds: readonly string[]): Promise<PoolStructureEntity[]> {
    if (poolIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PoolStructureEntity, 's')
      .where('s.pool_id = ANY(:ids)', { ids: [...poolIds] })
      .getMany();
  }

  /** The tranches of the pools asked for, in payment order. */
  tranches(manager: EntityManager, poolIds: readonly string[]): Promise<PoolTrancheEntity[]> {
    if (poolIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PoolTrancheEntity, 't')
      .where('t.pool_id = ANY(:ids)', { ids: [...poolIds] })
      .orderBy('t.pool_id')
      .addOrderBy('t.priority')
      .getMany();
  }

  /** Writes the pool's structure and tranches in place of the old ones (the caller holds the pool's lock). */
  async replaceStructure(
    manager: EntityManager,
    structure: Partial<PoolStructureEntity> & { poolId: string },
    tranches: readonly Partial<PoolTrancheEntity>[],
  ): Promise<void> {
    await manager.delete(PoolTrancheEntity, { poolId: structure.poolId });
    await manager.upsert(PoolStructureEntity, structure, ['poolId']);
    if (tranches.length > 0)
      await manager.insert(
        PoolTrancheEntity,
        tranches.map((t) => ({ ...t, poolId: structure.poolId })),
      );
  }

  /** The sum of the pool's tranche sizes (0 without a structure). */
  async noteTotal(manager: EntityManager, poolId: string): Promise<Decimal> {
    const rows: { total: string }[] = await manager.query(
      'SELECT COALESCE(sum(size), 0)::text AS total FROM pool_tranche WHERE pool_id = $1',
      [poolId],
    );
    return new Decimal(rows[0]?.total ?? '0');
  }
}
