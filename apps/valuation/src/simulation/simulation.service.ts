import { Inject, Injectable } from '@nestjs/common';
import { runMonteCarlo, type MonteCarloInput, type MonteCarloResult } from '@app/valuation-engine';
import { VALUATION_CONFIG } from '@valuation/tokens.js';
import type { ValuationConfig } from '@valuation/valuation.config.js';

/**
 * Monte Carlo simulations run on worker threads, so a million-path job does not stall the
 * subgraph's event loop; results are identical whatever the number of workers.
 */
@Injectable()
export class SimulationService {
  constructor(@Inject(VALUATION_CONFIG) private readonly config: ValuationConfig) {}

  simulate(input: MonteCarloInput): Promise<MonteCarloResult> {
    return runMonteCarlo(input, { workers: this.config.VALUATION_WORKERS });
  }
}
