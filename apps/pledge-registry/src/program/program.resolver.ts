import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { ProgramDashboardModel, ProgramTargetInput, ProgramTargetModel } from '@registry/program/dto/program.dto.js';
import { ProgramService } from '@registry/program/program.service.js';

/** Program staff see aggregates only (decision 28); the dashboard names lenders by party id. */
@Resolver(() => ProgramDashboardModel)
export class ProgramResolver {
  constructor(private readonly program: ProgramService) {}

  @Roles(Role.PROGRAM_STAFF, Role.ADMIN)
  @Mutation(() => ProgramTargetModel, {
    description: 'Set the yearly target of a city, one of its districts or one park of a district',
  })
  async setProgramTarget(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: ProgramTargetInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<ProgramTargetModel> {
    return ProgramTargetModel.from(await this.program.setTarget(identity, input, idempotencyKey));
  }

  @Roles(Role.PROGRAM_STAFF, Role.ADMIN)
  @Query(() => ProgramDashboardModel, {
    description: 'Registered pledge and disbursed loan volume against the target, from the rollups',
  })
  async programDashboard(
    @Args('city') city: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('district', { type: () => String, nullable: true }) district?: string | null,
    @Args('park', { type: () => String, nullable: true, description: 'A park of the district (needs district)' })
    park?: string | null,
  ): Promise<ProgramDashboardModel> {
    const { scope, figures, target } = await this.program.dashboard(city, year, district ?? null, park ?? null);
    return ProgramDashboardModel.from({ ...scope, year }, figures, target);
  }
}
