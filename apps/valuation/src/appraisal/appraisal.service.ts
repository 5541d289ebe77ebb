import { Injectable } from '@nestjs/common';
import { ValuationInputError } from '@app/valuation-engine';
import { appraise, type AppraisalReport, type AppraisalRequest } from '@valuation/appraisal/domain/appraise.js';
import { SimulationService } from '@valuation/simulation/simulation.service.js';
import { ValuationException } from '@valuation/valuation/valuation.exception.js';

@Injectable()
export class AppraisalService {
  constructor(private readonly simulation: SimulationService) {}

  /** Runs the engine; input problems become BAD_USER_INPUT naming the field. */
  async appraise(request: AppraisalRequest): Promise<AppraisalReport> {
    try {
      return await appraise(request, (input) => this.simulation.simulate(input));
    } catch (error) {
      if (error instanceof ValuationInputError) {
        const field = error.field.startsWith('input') ? error.field : `input.${error.field}`;
        throw ValuationException.invalidInput(field, `${field}: ${error.message.slice(error.field.length + 2)}`);
      }
      throw error;
    }
  }
}
