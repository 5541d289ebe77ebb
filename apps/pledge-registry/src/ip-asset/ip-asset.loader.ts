import type DataLoader from 'dataloader';
import type { RequestLoaders } from '@app/platform';
import type { IpAssetModel } from '@registry/ip-asset/dto/ip-asset.model.js';
import { registryToday, toIpAssetModel } from '@registry/ip-asset/ip-asset.mapper.js';
import type { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';

/**
 * Registry assets by id for one request, as the API shows them today: a page of listings or
 * pledge files costs one asset query, whichever resolver asks.
 */
export function ipAssetLoader(
  loaders: RequestLoaders,
  req: object,
  assets: IpAssetService,
): DataLoader<string, IpAssetModel | null> {
  const today = registryToday();
  return loaders.byKey(
    req,
    'ipAssets',
    (ids) => assets.findMany(ids),
    (a) => a.id,
    (a) => toIpAssetModel(a, today),
  );
}
