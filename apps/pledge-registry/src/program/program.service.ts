import { Inject, Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { buildDashboard, type DashboardFigures } from '@registry/program/domain/program-dashboard.js';
import type { ProgramTargetInput } from '@registry/program/dto/program.dto.js';
import { ProgramException } from '@registry/program/program.exception.js';
import { ProgramRepository, type ProgramScope } from '@registry/program/program.repository.js';
import type { ProgramTargetEntity } from '@registry/program/program-target.entity.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * City program: yearly targets and the volume dashboard, read from the rollups the triggers
 * on `pledge` and `loan` maintain in each registration's and disbursement's own transaction.
 */
@Injectable()
export class ProgramService {
  constructor(
    private readonly program: ProgramRepository,
    private readonly idempotency: IdempotencyService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /** Sets (inserts or replaces) a target: setting the same figures twice changes nothing. */
  async setTarget(identity: Identity, input: ProgramTargetInput, key?: string | null): Promise<ProgramTargetEntity> {
    const { city, district, park } = this.scope(input.city, input.district, input.park, 'input.');
    const id = await this.program.transaction((m) =>
      this.idempotency.run(
        m,
        {
          identity,
          key,
          operation: 'setProgramTarget',
          request: input,
          toStored: (targetId: string) => targetId,
          fromStored: (stored) => stored as string,
        },
        async () =>
          (
            await this.program.upsertTarget(m, {
              city,
              district,
              park,
              year: input.year,
              targetAmount: input.targetAmount,
              targetRegistrations: input.targetRegistrations,
              targetEnterprises: input.targetEnterprises,
              setBy: identity.userId,
            })
          ).id,
      ),
    );
    const target = await this.program.findTarget({ city, district, park }, input.year);
    if (target?.id !== id) throw new Error(`program target ${id} vanished after it was set`);
    return target;
  }

  /** The dashboard of a city, district or park (`district`/`park` null = all) for a year. */
  async dashboard(
    city: string,
    year: number,
    district: string | null,
    park: string | null,
  ): Promise<{ scope: ProgramScope; figures: DashboardFigures; target: ProgramTargetEntity | null }> {
    const scope = this.scope(city, district, park, '');
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw ProgramException.invalid('year', 'must be 2000..2100');
    const years = [year - 1, year];
    const [cells, loanCells, areaCells, loanAreaCells, enterprises, target] = await Promise.all([
      this.program.volumeCells(scope, years),
      this.program.loanCells(scope, years),
      this.program.areaCells(scope, year),
      this.program.loanAreaCells(scope, year),
      this.program.enterprises(scope, year),
      this.program.findTarget(scope, year),
    ]);
    const figures = buildDashboard({
      year,
      cells,
      loanCells,
      areaCells,
      loanAreaCells,
      enterprises,
      target:
        target === null
          ? null
          : {
              amount: target.targetAmount,
              registrations: target.targetRegistrations,
              enterprises: target.targetEnterprises,
            },
      today: registryToday(),
      growthTarget: this.config.PROGRAM_GROWTH_TARGET,
    });
    return { scope, figures, target };
  }

  /** City, district and park trimmed; a park lies in a district, so it needs one. */
  private scope(
    city: string,
    district: string | null | undefined,
    park: string | null | undefined,
    prefix: string,
  ): ProgramScope {
    const d = district === undefined || district === null ? null : this.name(district, `${prefix}district`);
    const p = park === undefined || park === null ? null : this.name(park, `${prefix}park`);
    if (p !== null && d === null) {
      throw ProgramException.invalid(`${prefix}park`, `needs ${prefix}district: a park lies in one`);
    }
    return { city: this.name(city, `${prefix}city`), district: d, park: p };
  }

  private name(value: string, field: string): string {
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 64) throw ProgramException.invalid(field, 'must be 1..64 characters');
    return trimmed;
  }
}
