import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registryDataSourceOptions } from '@registry/data-source.js';
import { IpAssetRepository } from '@registry/ip-asset/ip-asset.repository.js';
import { PatentImportService } from '@registry/ip-asset/import/patent-import.service.js';

/** Just what the import command needs: the database and the importer, no HTTP or GraphQL. */
@Module({})
export class ImportCliModule {
  static forUrl(url: string): DynamicModule {
    return {
      module: ImportCliModule,
      imports: [TypeOrmModule.forRoot(registryDataSourceOptions(url, { poolSize: 4 }))],
      providers: [IpAssetRepository, PatentImportService],
    };
  }
}
