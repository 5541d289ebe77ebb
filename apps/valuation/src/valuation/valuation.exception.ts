import { AppException, PublicErrorCode } from '@app/errors';

export enum ValuationErrorReason {
  VALUATION_NOT_FOUND = 'VALUATION_NOT_FOUND',
  VALUATION_INPUT_INVALID = 'VALUATION_INPUT_INVALID',
}

export class ValuationException extends AppException {
  static notFound(id: string): ValuationException {
    return new ValuationException(
      PublicErrorCode.NOT_FOUND,
      ValuationErrorReason.VALUATION_NOT_FOUND,
      `Valuation ${id} not found`,
    );
  }

  static invalidInput(field: string, message: string): ValuationException {
    return new ValuationException(
      PublicErrorCode.BAD_USER_INPUT,
      ValuationErrorReason.VALUATION_INPUT_INVALID,
      message,
      { field },
    );
  }
}
