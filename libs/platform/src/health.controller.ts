import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@app/auth';

export const READINESS_CHECK = Symbol('READINESS_CHECK');
export type ReadinessCheck = () => Promise<void>;

/** Liveness says the process answers; readiness says its dependencies answer too. */
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECK) private readonly ready: ReadinessCheck) {}

  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async readiness(): Promise<{ status: string }> {
    try {
      await this.ready();
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable' });
    }
  }
}
