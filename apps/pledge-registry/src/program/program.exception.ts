import { AppException, PublicErrorCode } from '@app/errors';

export enum ProgramErrorReason {
  PROGRAM_INPUT_INVALID = 'PROGRAM_INPUT_INVALID',
}

export class ProgramException extends AppException {
  static invalid(field: string, message: string): ProgramException {
    return new ProgramException(
      PublicErrorCode.BAD_USER_INPUT,
      ProgramErrorReason.PROGRAM_INPUT_INVALID,
      `${field}: ${message}`,
      { field },
    );
  }
}
