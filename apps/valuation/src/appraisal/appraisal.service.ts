import { Injectable } from '@nestjs/common';
import { ValuationInputError } from '@app/valuation-engine';
import { appraise, type AppraisalReport, type AppraisalRequest } from '@valuation/appraisal/domain/appraise.js';
import { SimulationService } from '@valuation/simulation/simulation.service.js';
import { ValuationException } from '@valuation/valuation/valuation.exception.js';

@Injectable()
export class AppraisalService {
  constructor(private readonly simulation: SimulationService) {}

  /** Runs the engine; input problems become BAD_USER_INPUT naming the field under `prefix`. */
  async appraise(request: AppraisalRequest, prefix = 'input'): Promise<AppraisalReport> {
    try {
      return await appraise(request, (input) => this.simulation.simulate(input), prefix);
    } catch (error) {
      if (error instanceof ValuationInputError) {
        // Fields arrive with their full input path (e.g. input.assumptions.taxRate).
        throw ValuationException.invalidInput(error.field, error.message);
      }
      throw error;
    }
  }
}
