import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { GATEWAY_CONFIG } from '@gateway/tokens.js';
import type { GatewayConfig } from '@gateway/gateway.config.js';

/** Gateway readiness = every subgraph it routes to is ready. */
@Controller('health')
export class GatewayHealthController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: string; subgraphs: Record<string, string> }> {
    const targets = { valuation: this.config.VALUATION_URL, 'pledge-registry': this.config.REGISTRY_URL };
    const entries = await Promise.all(
      Object.entries(targets).map(async ([name, url]) => {
        try {
          const res = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(2000) });
          return [name, res.ok ? 'ok' : `HTTP ${res.status}`] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const subgraphs = Object.fromEntries(entries);
    if (entries.some(([, s]) => s !== 'ok'))
      throw new ServiceUnavailableException({ status: 'unavailable', subgraphs });
    return { status: 'ok', subgraphs };
  }
}
