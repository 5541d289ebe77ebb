import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { PatentImportService } from '@registry/ip-asset/import/patent-import.service.js';
import { IpAssetRepository } from '@registry/ip-asset/ip-asset.repository.js';
import { IpAssetResolver } from '@registry/ip-asset/ip-asset.resolver.js';
import { IpAssetService } from '@registry/ip-asset/ip-asset.service.js';

@Module({
  providers: [RequestLoaders, IpAssetRepository, IpAssetService, PatentImportService, IpAssetResolver],
  exports: [IpAssetService, PatentImportService],
})
export class IpAssetModule {}
