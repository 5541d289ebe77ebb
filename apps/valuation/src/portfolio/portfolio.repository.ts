import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withTransaction } from '@app/database';
import {
  JobItemStatus,
  JobStatus,
  ValuationJobEntity,
  ValuationJobItemEntity,
} from '@valuation/portfolio/portfolio-job.entity.js';

@Injectable()
export class PortfolioRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the job and all its items in one transaction: a job never exists half-listed. */
  create(
    assetIds: readonly string[],
    assumptions: Record<string, unknown>,
    startedBy: Record<string, unknown>,
  ): Promise<ValuationJobEntity> {
    return withTransaction(this.dataSource, async (m) => {
      const job = await m.save(
        m.create(ValuationJobEntity, {
          status: JobStatus.RUNNING,
          total: assetIds.length,
          assumptions,
          startedBy,
          completedAt: null,
        }),
      );
      await m.query(
        `INSERT INTO valuation_job_item (job_id, position, asset_id, status)
         SELECT $1, p.ordinality - 1, p.asset_id, 'PENDING' FROM unnest($2::uuid[]) WITH ORDINALITY AS p(asset_id, ordinality)`,
        [job.id, [...assetIds]],
      );
      return job;
    });
  }

  findJob(id: string): Promise<ValuationJobEntity | null> {
    return this.dataSource.manager.findOneBy(ValuationJobEntity, { id });
  }

  runningJobIds(): Promise<string[]> {
    return this.dataSource.manager
      .find(ValuationJobEntity, { where: { status: JobStatus.RUNNING }, select: { id: true } })
      .then((jobs) => jobs.map((j) => j.id));
  }

  nextPending(jobId: string, limit: number): Promise<ValuationJobItemEntity[]> {
    return this.dataSource.manager.find(ValuationJobItemEntity, {
      where: { jobId, status: JobItemStatus.PENDING },
      order: { position: 'ASC' },
      take: limit,
    });
  }

  /** Records one item's outcome and bumps the job's counter in the same transaction. */
  async settle(jobId: string, position: number, outcome: { valuationId: string } | { error: string }): Promise<void> {
    await withTransaction(this.dataSource, async (m) => {
      const valued = 'valuationId' in outcome;
      const updated = await m.update(
        ValuationJobItemEntity,
        { jobId, position, status: JobItemStatus.PENDING },
        valued
          ? { status: JobItemStatus.VALUED, valuationId: outcome.valuationId }
          : { status: JobItemStatus.FAILED, error: outcome.error.slice(0, 500) },
      );
      // Only a PENDING item moves the counters, so a replayed settle cannot double count.
      if (updated.affected === 1) {
        await m.query(
          `UPDATE valuation_job SET ${valued ? 'succeeded = succeeded + 1' : 'failed = failed + 1'}, updated_at = now() WHERE id = $1`,
          [jobId],
        );
      }
    });
  }

  async complete(jobId: string): Promise<void> {
    await this.dataSource.manager.update(
      ValuationJobEntity,
      { id: jobId, status: JobStatus.RUNNING },
      { status: JobStatus.COMPLETED, completedAt: new Date() },
    );
  }

  items(
    jobId: string,
    status: JobItemStatus | undefined,
    afterPosition: number | null,
    limit: number,
  ): Promise<ValuationJobItemEntity[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ValuationJobItemEntity, 'i')
      .where('i.job_id = :jobId', { jobId });
    if (status !== undefined) qb.andWhere('i.status = :status', { status });
    if (afterPosition !== null) qb.andWhere('i.position > :after', { after: afterPosition });
    return qb
      .orderBy('i.position', 'ASC')
      .limit(limit + 1)
      .getMany();
  }
}
