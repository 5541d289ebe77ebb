import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/auth';
import { ExportFormat } from '@app/report-export';
import { ProgramDashboardModel } from '@registry/program/dto/program.dto.js';
import { dashboardTable } from '@registry/program/program-export.mapper.js';
import { ProgramService } from '@registry/program/program.service.js';
import { ReportFileModel } from '@registry/report-export/dto/report-file.model.js';
import { ReportExportService } from '@registry/report-export/report-export.service.js';

/** Downloads of the program reports: same roles and arguments as the report, plus `format`. */
@Resolver()
export class ProgramExportResolver {
  constructor(
    private readonly program: ProgramService,
    private readonly exports: ReportExportService,
  ) {}

  @Roles(Role.PROGRAM_STAFF, Role.ADMIN)
  @Query(() => ReportFileModel, { description: 'programDashboard as a CSV or XLSX file (one row per figure)' })
  async programDashboardExport(
    @Args('city') city: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('district', { type: () => String, nullable: true }) district?: string | null,
    @Args('park', { type: () => String, nullable: true, description: 'A park of the district (needs district)' })
    park?: string | null,
  ): Promise<ReportFileModel> {
    const { scope, figures, target } = await this.program.dashboard(city, year, district ?? null, park ?? null);
    const model = ProgramDashboardModel.from({ ...scope, year }, figures, target);
    return this.exports.file(dashboardTable(model), format, [
      'program-dashboard',
      model.city,
      model.district,
      model.park,
      year,
    ]);
  }
}
