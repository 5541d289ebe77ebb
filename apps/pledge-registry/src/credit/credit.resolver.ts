import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Role, Roles, type Identity } from '@app/auth';
import { LocalDateScalar, type Connection } from '@app/platform';
import { CreditListService } from '@registry/credit/credit-list.service.js';
import {
  AddCreditListEntryInput,
  CreditListEntryConnection,
  CreditListEntryModel,
  CreditListFilter,
  CreditListImportReportModel,
} from '@registry/credit/dto/credit-list.dto.js';

/** The list is published by the authorities, so every signed-in user may read it; the registrar's desk keeps it. */
@Resolver(() => CreditListEntryModel)
export class CreditResolver {
  constructor(private readonly credit: CreditListService) {}

  @Roles(Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN)
  @Query(() => CreditListEntryConnection, { description: 'IP credit-loss (dishonest entity) list entries' })
  async creditListEntries(
    @Args('filter', { type: () => CreditListFilter, nullable: true }) filter?: CreditListFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<CreditListEntryModel>> {
    const page = await this.credit.list(filter, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: CreditListEntryModel.from(e.node) })) };
  }

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Mutation(() => CreditListEntryModel, { description: 'Record a credit-list entry' })
  async addCreditListEntry(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: AddCreditListEntryInput,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<CreditListEntryModel> {
    return CreditListEntryModel.from(await this.credit.add(identity, input, idempotencyKey));
  }

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Mutation(() => CreditListImportReportModel, {
    description:
      'Import entries from CSV (credit_code, entity_name, conduct, issuing_authority, listed_on[, expires_on])',
  })
  importCreditList(
    @CurrentIdentity() identity: Identity,
    @Args('csv') csv: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<CreditListImportReportModel> {
    return this.credit.importCsv(identity, csv, idempotencyKey);
  }

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Mutation(() => CreditListEntryModel, { description: 'Extend an entry, up to the configured maximum term' })
  async extendCreditListEntry(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('expiresOn', { type: () => LocalDateScalar }) expiresOn: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<CreditListEntryModel> {
    return CreditListEntryModel.from(await this.credit.extend(identity, id, expiresOn, idempotencyKey));
  }

  @Roles(Role.REGISTRAR, Role.ADMIN)
  @Mutation(() => CreditListEntryModel, { description: 'Remove an entry from a day on (credit repaired)' })
  async removeCreditListEntry(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('removedOn', { type: () => LocalDateScalar }) removedOn: string,
    @Args('note') note: string,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string,
  ): Promise<CreditListEntryModel> {
    return CreditListEntryModel.from(await this.credit.remove(identity, id, removedOn, note, idempotencyKey));
  }
}
