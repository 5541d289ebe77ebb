import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { withTransaction } from '@app/database';
import type { VolumeCell } from '@registry/program/domain/program-dashboard.js';
import { ProgramTargetEntity } from '@registry/program/program-target.entity.js';
import { ROLLUP_CELLS_SQL, ROLLUP_ENTERPRISES_SQL } from '@app/program-volume';

export interface TargetValues {
  city: string;
  district: string | null;
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

  /** Inserts or replaces the target of (city, district, year); NULL district is the whole city. */
  async upsertTarget(manager: EntityManager, t: TargetValues): Promise<ProgramTargetEntity> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO program_target (city, district, year, target_amount, target_registrations, target_enterprises, set_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (city, district, year) DO UPDATE
          SET target_amount = EXCLUDED.target_amount, target_registrations = EXCLUDED.target_registrations,
              target_enterprises = EXCLUDED.target_enterprises, set_by = EXCLUDED.set_by, updated_at = now()
       RETURNING id`,
      [t.city, t.district, t.year, t.targetAmount, t.targetRegistrations, t.targetEnterprises, t.setBy],
    );
    return manager.findOneByOrFail(ProgramTargetEntity, { id: (row as { id: string }).id });
  }

  findTarget(city: string, district: string | null, year: number): Promise<ProgramTargetEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(ProgramTargetEntity, 't')
      .where('t.city = :city AND t.year = :year AND t.district IS NOT DISTINCT FROM :district', {
        city,
        year,
        district,
      })
      .getOne();
  }

  /** Rollup cells of the years for a city (optionally one district). */
  async volumeCells(city: string, years: readonly number[], district: string | null): Promise<VolumeCell[]> {
    return this.dataSource.query(ROLLUP_CELLS_SQL, [city, [...years], district]);
  }

  /** Distinct pledgors with counted registrations in the year. */
  async enterprises(city: string, year: number, district: string | null): Promise<number> {
    const rows: { enterprises: number }[] = await this.dataSource.query(ROLLUP_ENTERPRISES_SQL, [
      city,
      [year],
      district,
    ]);
    return rows[0]?.enterprises ?? 0;
  }
}
