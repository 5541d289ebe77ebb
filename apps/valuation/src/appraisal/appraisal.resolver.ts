import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import { toAppraisalRequest, toLenderPolicy, toReportModel } from '@valuation/appraisal/appraisal.mapper.js';
import { AppraisalService } from '@valuation/appraisal/appraisal.service.js';
import { ValuationEstimateInput } from '@valuation/appraisal/dto/appraisal.input.js';
import { AppraisalReportModel } from '@valuation/appraisal/dto/appraisal-report.model.js';

const SIGNED_IN = [Role.SME, Role.BANK, Role.REGISTRAR, Role.PROGRAM_STAFF, Role.ADMIN];

@Resolver(() => AppraisalReportModel)
export class AppraisalResolver {
  constructor(private readonly appraisals: AppraisalService) {}

  @Roles(...SIGNED_IN)
  @Query(() => AppraisalReportModel, {
    description:
      'Calculator: every method on fully explicit inputs, with its working, the scorecard, an optional Monte Carlo, the reconciled value and an optional pledge recommendation. Stores nothing.',
  })
  async valuationEstimate(@Args('input') input: ValuationEstimateInput): Promise<AppraisalReportModel> {
    const request = toAppraisalRequest(input, {
      remainingLegalYears: input.remainingLegalYears,
      kind: input.kind ?? undefined,
      lenderPolicy:
        input.lenderPolicy === undefined || input.lenderPolicy === null
          ? undefined
          : toLenderPolicy(input.lenderPolicy),
    });
    return toReportModel(await this.appraisals.appraise(request));
  }
}
