import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { withTransaction } from '@app/database';
import type { LoanCell } from '@registry/program/domain/loan-volume.js';
import type { AreaCell, LoanAreaCell } from '@registry/program/domain/program-areas.js';
import type { VolumeCell } from '@registry/program/domain/program-dashboard.js';
import { ProgramTargetEntity } from '@registry/program/program-target.entity.js';
import {
  ROLLUP_AREAS_SQL,
  ROLLUP_CELLS_SQL,
  ROLLUP_ENTERPRISES_SQL,
  ROLLUP_LOAN_AREAS_SQL,
  ROLLUP_LOAN_CELLS_SQL,
} from '@app/program-volume';

/** A city, one of its districts, or one park of a district (null = all). */
export interface ProgramScope {
  city: string;
  district: string | null;
  park: string | null;
}

export interface TargetValues extends ProgramScope {
  year: number;
  targetAmount: string;
  targetRegistrations: number;
  targetEnterprises: number;
  setBy: string | null;
}

@Injectable()
export class ProgramRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return withTransaction(this.dataSource, work);
  }

  /** Inserts or replaces the target of (city, district, park, year); NULL = the whole city / district. */
  async upsertTarget(manager: EntityManager, t: TargetValues): Promise<ProgramTargetEntity> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO program_target (city, district, park, year, target_amount, target_registrations, target_enterprises,
                                   set_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (city, district, park, year) DO UPDATE
          SET target_amount = EXCLUDED.target_amount, target_registrations = EXCLUDED.target_registrations,
              target_enterprises = EXCLUDED.target_enterprises, set_by = EXCLUDED.set_by, updated_at = now()
       RETURNING id`,
      [t.city, t.district, t.park, t.year, t.targetAmount, t.targetRegistrations, t.targetEnterprises, t.setBy],
    );
    return manager.findOneByOrFail(ProgramTargetEntity, { id: (row as { id: string }).id });
  }

  findTarget(scope: ProgramScope, year: number): Promise<ProgramTargetEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(ProgramTargetEntity, 't')
      .where(
        `t.city = :city AND t.year = :year AND t.district IS NOT DISTINCT FROM :district
         AND t.park IS NOT DISTINCT FROM :park`,
        { city: scope.city, year, district: scope.district, park: scope.park },
      )
      .getOne();
  }

  /** Registration rollup cells of the years for the scope. */
  async volumeCells(scope: ProgramScope, years: readonly number[]): Promise<VolumeCell[]> {
    return this.dataSource.query(ROLLUP_CELLS_SQL, [scope.city, [...years], scope.district, scope.park]);
  }

  /** Disbursed-loan rollup cells of the years for the scope. */
  async loanCells(scope: ProgramScope, years: readonly number[]): Promise<LoanCell[]> {
    return this.dataSource.query(ROLLUP_LOAN_CELLS_SQL, [scope.city, [...years], scope.district, scope.park]);
  }

  /** The year's registration totals by district and park of the scope. */
  async areaCells(scope: ProgramScope, year: number): Promise<AreaCell[]> {
    return this.dataSource.query(ROLLUP_AREAS_SQL, [scope.city, [year], scope.district, scope.park]);
  }

  /** The year's disbursed-loan totals by district and park of the scope. */
  async loanAreaCells(scope: ProgramScope, year: number): Promise<LoanAreaCell[]> {
    return this.dataSource.query(ROLLUP_LOAN_AREAS_SQL, [scope.city, [year], scope.district, scope.park]);
  }

  /** Distinct pledgors with counted registrations in the year. */
  async enterprises(scope: ProgramScope, year: number): Promise<number> {
    const rows: { enterprises: number }[] = await this.dataSource.query(ROLLUP_ENTERPRISES_SQL, [
      scope.city,
      [year],
      scope.district,
      scope.park,
    ]);
    return rows[0]?.enterprises ?? 0;
  }
}
