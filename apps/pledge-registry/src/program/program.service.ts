import { Inject, Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { IdempotencyService } from '@registry/idempotency/idempotency.service.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { buildDashboard, type DashboardFigures } from '@registry/program/domain/program-dashboard.js';
import type { ProgramTargetInput } from '@registry/program/dto/program.dto.js';
import { ProgramException } from '@registry/program/program.exception.js';
import { ProgramRepository } from '@registry/program/program.repository.js';
import type { ProgramTargetEntity } from '@registry/program/program-target.entity.js';
import type { RegistryConfig } from '@registry/registry.config.js';
import { REGISTRY_CONFIG } from '@registry/tokens.js';

/**
 * City program: yearly targets and the registered-volume dashboard, read from the rollup
 * the trigger on `pledge` maintains in each registration's own transaction.
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
    const city = this.name(input.city, 'input.city');
    const district =
      input.district === undefined || input.district === null ? null : this.name(input.district, 'input.district');
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
              year: input.year,
              targetAmount: input.targetAmount,
              targetRegistrations: input.targetRegistrations,
              targetEnterprises: input.targetEnterprises,
              setBy: identity.userId,
            })
          ).id,
      ),
    );
    const target = await this.program.findTarget(city, district, input.year);
    if (target?.id !== id) throw new Error(`program target ${id} vanished after it was set`);
    return target;
  }

  async dashboard(
    city: string,
    year: number,
    district: string | null,
  ): Promise<{ figures: DashboardFigures; target: ProgramTargetEntity | null }> {
    const c = this.name(city, 'city');
    const d = district === null ? null : this.name(district, 'district');
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw ProgramException.invalid('year', 'must be 2000..2100');
    const [cells, enterprises, target] = await Promise.all([
      this.program.volumeCells(c, [year - 1, year], d),
      this.program.enterprises(c, year, d),
      this.program.findTarget(c, d, year),
    ]);
    const figures = buildDashboard({
      year,
      cells,
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
    return { figures, target };
  }

  private name(value: string, field: string): string {
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 64) throw ProgramException.invalid(field, 'must be 1..64 characters');
    return trimmed;
  }
}
