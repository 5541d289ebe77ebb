import { effectiveLegalStatus, isPledgeable, remainingLifeDays } from '@registry/ip-asset/domain/ip-term.js';
import { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import type { IpAssetEntity } from '@registry/ip-asset/ip-asset.entity.js';

/** Today's date in the registry's legal calendar (China Standard Time). */
export function registryToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Entity -> GraphQL model, applying time-dependent status (expiry) as of today. */
export function toIpAssetModel(entity: IpAssetEntity, today: string = registryToday()): IpAssetModel {
  const status = effectiveLegalStatus(entity.legalStatus, entity.expiryDate, today);
  return Object.assign(new IpAssetModel(), {
    id: entity.id,
    kind: entity.kind,
    number: entity.number,
    title: entity.title,
    filingDate: entity.filingDate,
    grantDate: entity.grantDate,
    expiryDate: entity.expiryDate,
    legalStatus: status,
    riskFlags: {
      invalidationPending: entity.invalidationPending,
      ownershipDispute: entity.ownershipDispute,
      courtPreservation: entity.courtPreservation,
    },
    statusChangedAt: entity.statusChangedAt,
    remainingLifeDays: entity.expiryDate === null ? null : remainingLifeDays(entity.expiryDate, today),
    pledgeable: isPledgeable(status) && !entity.ownershipDispute && !entity.courtPreservation,
    ipcClasses: entity.ipcClasses,
    mainIpc: entity.mainIpc,
    claimsCount: entity.claimsCount,
    independentClaims: entity.independentClaims,
    forwardCitations: entity.forwardCitations,
    familySize: entity.familySize,
    licencesGranted: entity.licencesGranted,
  });
}
