import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditRepository } from '@registry/audit/audit.repository.js';
import { AuditService } from '@registry/audit/audit.service.js';
import { registryDataSourceOptions } from '@registry/data-source.js';

/** Just what the verify command needs: the database and the audit service. */
@Module({})
export class AuditCliModule {
  static forUrl(url: string): DynamicModule {
    return {
      module: AuditCliModule,
      imports: [TypeOrmModule.forRoot(registryDataSourceOptions(url, { poolSize: 2 }))],
      providers: [AuditRepository, AuditService],
    };
  }
}
