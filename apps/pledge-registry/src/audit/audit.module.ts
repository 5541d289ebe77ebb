import { Module } from '@nestjs/common';
import { AuditRepository } from '@registry/audit/audit.repository.js';
import { AuditResolver } from '@registry/audit/audit.resolver.js';
import { AuditService } from '@registry/audit/audit.service.js';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
