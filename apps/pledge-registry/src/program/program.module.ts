import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { ProgramRepository } from '@registry/program/program.repository.js';
import { ProgramResolver } from '@registry/program/program.resolver.js';
import { ProgramService } from '@registry/program/program.service.js';

@Module({
  imports: [IdempotencyModule],
  providers: [ProgramRepository, ProgramService, ProgramResolver],
})
export class ProgramModule {}
