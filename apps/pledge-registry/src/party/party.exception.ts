import { AppException, PublicErrorCode } from '@app/errors';

export enum PartyErrorReason {
  PARTY_NOT_FOUND = 'PARTY_NOT_FOUND',
  CREDIT_CODE_INVALID = 'CREDIT_CODE_INVALID',
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  NOT_YOUR_PARTY = 'NOT_YOUR_PARTY',
  PARTY_INPUT_INVALID = 'PARTY_INPUT_INVALID',
}

export class PartyException extends AppException {
  static notFound(id: string): PartyException {
    return new PartyException(PublicErrorCode.NOT_FOUND, PartyErrorReason.PARTY_NOT_FOUND, `Party ${id} not found`);
  }

  static invalidCreditCode(field: string, problem: string): PartyException {
    return new PartyException(
      PublicErrorCode.BAD_USER_INPUT,
      PartyErrorReason.CREDIT_CODE_INVALID,
      `${field}: not a valid unified social credit code (${problem})`,
      { field },
    );
  }

  static creditCodeTaken(field: string): PartyException {
    return new PartyException(
      PublicErrorCode.CONFLICT,
      PartyErrorReason.CREDIT_CODE_TAKEN,
      `${field}: a party with this unified social credit code is already registered`,
      { field },
    );
  }

  static invalid(field: string, message: string): PartyException {
    return new PartyException(
      PublicErrorCode.BAD_USER_INPUT,
      PartyErrorReason.PARTY_INPUT_INVALID,
      `${field}: ${message}`,
      {
        field,
      },
    );
  }

  static notYourParty(): PartyException {
    return new PartyException(
      PublicErrorCode.FORBIDDEN,
      PartyErrorReason.NOT_YOUR_PARTY,
      'You can only change the party you act for',
    );
  }
}
