import { Module } from '@nestjs/common';
import { RequestLoaders } from '@app/platform';
import { AuditModule } from '@registry/audit/audit.module.js';
import { CalendarModule } from '@registry/calendar/calendar.module.js';
import { CreditModule } from '@registry/credit/credit.module.js';
import { IdempotencyModule } from '@registry/idempotency/idempotency.module.js';
import { IpAssetModule } from '@registry/ip-asset/ip-asset.module.js';
import { PledgeApplicationService } from '@registry/pledge/pledge-application.service.js';
import { PledgeDisposalService } from '@registry/pledge/pledge-disposal.service.js';
import { PledgeExportResolver } from '@registry/pledge/pledge-export.resolver.js';
import { PledgeExaminationService } from '@registry/pledge/pledge-examination.service.js';
import { PledgeLifecycleService } from '@registry/pledge/pledge-lifecycle.service.js';
import { PledgeQueryService } from '@registry/pledge/pledge-query.service.js';
import { PledgeRulesService } from '@registry/pledge/pledge-rules.service.js';
import { PledgeTransitionService } from '@registry/pledge/pledge-transition.service.js';
import { PledgeRepository } from '@registry/pledge/pledge.repository.js';
import { PledgedAssetResolver, PledgeResolver } from '@registry/pledge/pledge.resolver.js';
import { ReportExportModule } from '@registry/report-export/report-export.module.js';

@Module({
  imports: [AuditModule, IdempotencyModule, IpAssetModule, CreditModule, CalendarModule, ReportExportModule],
  providers: [
    RequestLoaders,
    PledgeRepository,
    PledgeRulesService,
    PledgeTransitionService,
    PledgeApplicationService,
    PledgeExaminationService,
    PledgeLifecycleService,
    PledgeDisposalService,
    PledgeQueryService,
    PledgeResolver,
    PledgedAssetResolver,
    PledgeExportResolver,
  ],
  // The marketplace drafts the application when an offer is accepted; a loan reads and locks its
  // pledge and releases it when repaid.
  exports: [PledgeApplicationService, PledgeExaminationService, PledgeLifecycleService, PledgeRepository],
})
export class PledgeModule {}
