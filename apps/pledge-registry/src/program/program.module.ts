import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { ProgramExportResolver } from '@registry/program/program-export.resolver.js';
import { ProgramRepository } from '@registry/program/program.repository.js';
import { ProgramResolver } from '@registry/program/program.resolver.js';
import { ProgramService } from '@registry/program/program.service.js';
import { ReportExportModule } from '@registry/report-export/report-export.module.js';

@Module({
  imports: [IdempotencyModule, ReportExportModule],
  providers: [ProgramRepository, ProgramService, ProgramResolver, ProgramExportResolver],
})
export class ProgramModule {}
