import { Injectable } from '@nestjs/common';
import type { Identity } from '@app/auth';
import { compareIsoDate } from '@registry/ip-asset/domain/iso-date.js';
import { Money, MoneyModel } from '@app/money';
import { assertUuid, decodeCursor, pageSize, toConnection, type Connection } from '@app/platform';
import { AuditService } from '@registry/audit/audit.service.js';
import type { AuditLink } from '@registry/audit/domain/audit-chain.js';
import { registryToday } from '@registry/ip-asset/ip-asset.mapper.js';
import { canView, viewScope } from '@registry/pledge/domain/pledge-access.js';
import { PledgeStatus } from '@registry/pledge/domain/pledge-state.js';
import type { PledgeApplicationFilter, PledgeRegisterFilter } from '@registry/pledge/dto/pledge.input.js';
import {
  PledgeRegisterChangeModel,
  PledgeRegisterEntryModel,
  PledgeRegisterPatentModel,
  PledgeStatisticsModel,
  PledgeStatusCountModel,
} from '@registry/pledge/dto/pledge-register.model.js';
import type { PledgeAssetEntity } from '@registry/pledge/pledge-asset.entity.js';
import type { PledgeDisposalEntity } from '@registry/pledge/pledge-disposal.entity.js';
import type { PledgeVersionEntity } from '@registry/pledge/pledge-version.entity.js';
import type { PledgeEntity } from '@registry/pledge/pledge.entity.js';
import { PledgeException } from '@registry/pledge/pledge.exception.js';
import { visibility } from '@registry/pledge/pledge.mapper.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';

/** A page of pledges with the assets of each, fetched in one query. */
export interface PledgePage {
  connection: Connection<PledgeEntity>;
  assets: PledgeAssetEntity[];
}

/** Reads: who-sees-what on single files and lists, the public register, the statistics. */
@Injectable()
export class PledgeQueryService {
  constructor(
    private readonly pledges: PledgeRepository,
    private readonly audit: AuditService,
  ) {}

  /** A pledge the caller may see; anyone else's is NOT_FOUND (its existence is not revealed). */
  async get(identity: Identity, id: string): Promise<{ pledge: PledgeEntity; assets: PledgeAssetEntity[] }> {
    const pledge = await this.pledges.findById(assertUuid(id, 'id'));
    if (pledge === null || !canView(identity, visibility(pledge))) throw PledgeException.notFound(id);
    return { pledge, assets: await this.pledges.assetsOf([pledge.id]) };
  }

  async list(
    identity: Identity,
    filter: PledgeApplicationFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<PledgePage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.pledges.list({
      scope: viewScope(identity),
      status: filter?.status,
      pledgorPartyId: optionalUuid(filter?.pledgorPartyId, 'filter.pledgorPartyId'),
      pledgeePartyId: optionalUuid(filter?.pledgeePartyId, 'filter.pledgeePartyId'),
      assetId: optionalUuid(filter?.assetId, 'filter.assetId'),
      after: cursor,
      limit,
    });
    return this.page(rows, limit, cursor !== null, (p) => [p.createdAt.toISOString(), p.id]);
  }

  async overdue(first: number | undefined, after: string | undefined): Promise<PledgePage> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.pledges.overdue(registryToday(), cursor, limit);
    return this.page(rows, limit, cursor !== null, (p) => [p.examinationDueDate ?? '', p.id]);
  }

  private async page(
    rows: PledgeEntity[],
    limit: number,
    hadCursor: boolean,
    keyOf: (p: PledgeEntity) => string[],
  ): Promise<PledgePage> {
    const connection = toConnection(rows, limit, hadCursor, keyOf);
    const assets = await this.pledges.assetsOf(connection.edges.map((e) => e.node.id));
    return { connection, assets };
  }

  versionsOf(pledgeIds: readonly string[]): Promise<PledgeVersionEntity[]> {
    return this.pledges.versionsOf(pledgeIds);
  }

  disposalsOf(pledgeIds: readonly string[]): Promise<PledgeDisposalEntity[]> {
    return this.pledges.disposalsOf(pledgeIds);
  }

  /** One audit event per state change of each pledge, oldest first. */
  eventsOf(pledgeIds: readonly string[]): Promise<AuditLink[]> {
    return this.audit.eventsOf('PLEDGE', pledgeIds);
  }

  async disposal(id: string): Promise<PledgeDisposalEntity> {
    const disposal = await this.pledges.findDisposal(id);
    if (disposal === null) throw PledgeException.disposalNotFound(id);
    return disposal;
  }

  /** The public register: registrations with their public particulars only. */
  async register(
    filter: PledgeRegisterFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<PledgeRegisterEntryModel>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['string', 'string']) as [string, string] | null;
    const rows = await this.pledges.register({ ...filter, after: cursor, limit });
    const page = toConnection(rows, limit, cursor !== null, (r) => [r.registeredOn, r.registrationNumber]);
    const ids = page.edges.map((e) => e.node.id);
    const [assets, versions] = [await this.pledges.assetsOf(ids), await this.pledges.versionsOf(ids)];
    const ipc = await this.pledges.mainIpcOf([...new Set(assets.map((a) => a.assetId))]);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map(({ cursor: c, node: r }) => {
        const patents = assets
          .filter((a) => a.pledgeId === r.id)
          .map((a) =>
            Object.assign(new PledgeRegisterPatentModel(), {
              number: a.number,
              title: a.title,
              mainIpc: ipc.get(a.assetId) ?? null,
              grantDate: a.grantDate,
            }),
          );
        const changes = versions
          .filter((v) => v.pledgeId === r.id && v.version > 1)
          .map((v) => change('CHANGED', v.effectiveOn));
        if (r.endedOn !== null && (r.status === PledgeStatus.DEREGISTERED || r.status === PledgeStatus.REVOKED)) {
          changes.push(change(r.status, r.endedOn));
        }
        const node = Object.assign(new PledgeRegisterEntryModel(), {
          registrationNumber: r.registrationNumber,
          status: r.status,
          pledgorName: r.pledgorName,
          pledgeeName: r.pledgeeName,
          mainIpcClass: patents[0]?.mainIpc ?? null,
          patents,
          registeredOn: r.registeredOn,
          changes,
        });
        return { cursor: c, node };
      }),
    };
  }

  async statistics(from: string | null, to: string | null): Promise<PledgeStatisticsModel> {
    if (from !== null && to !== null && compareIsoDate(from, to) > 0) {
      throw PledgeException.invalid('to', 'must not be before from');
    }
    const stats = await this.pledges.statistics(from, to);
    return Object.assign(new PledgeStatisticsModel(), {
      from,
      to,
      byStatus: stats.byStatus.map((s) => Object.assign(new PledgeStatusCountModel(), s)),
      registrations: stats.registrations,
      securedAmountRegistered: stats.secured.map((s) => MoneyModel.from(Money.of(s.amount, s.currency))),
      distinctPledgors: stats.distinctPledgors,
      assetsPledged: stats.assetsPledged,
    });
  }
}

function change(type: string, date: string): PledgeRegisterChangeModel {
  return Object.assign(new PledgeRegisterChangeModel(), { type, date });
}

function optionalUuid(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : assertUuid(value, field);
}
