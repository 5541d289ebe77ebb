import { AppException, PublicErrorCode } from '@app/errors';

export enum PledgeErrorReason {
  PLEDGE_NOT_FOUND = 'PLEDGE_NOT_FOUND',
  PLEDGE_INVALID = 'PLEDGE_INVALID',
  NOT_A_PARTY = 'NOT_A_PARTY',
  TRANSITION_NOT_ALLOWED = 'TRANSITION_NOT_ALLOWED',
  DISPOSAL_NOT_FOUND = 'DISPOSAL_NOT_FOUND',
  DISPOSAL_PENDING = 'DISPOSAL_PENDING',
}

export class PledgeException extends AppException {
  static notFound(id: string): PledgeException {
    return new PledgeException(PublicErrorCode.NOT_FOUND, PledgeErrorReason.PLEDGE_NOT_FOUND, `Pledge ${id} not found`);
  }

  static invalid(field: string, message: string): PledgeException {
    return new PledgeException(
      PublicErrorCode.BAD_USER_INPUT,
      PledgeErrorReason.PLEDGE_INVALID,
      `${field}: ${message}`,
      {
        field,
      },
    );
  }

  static notAParty(): PledgeException {
    return new PledgeException(
      PublicErrorCode.FORBIDDEN,
      PledgeErrorReason.NOT_A_PARTY,
      'Only the pledgor or the pledgee may do this',
    );
  }

  static transition(message: string): PledgeException {
    return new PledgeException(PublicErrorCode.CONFLICT, PledgeErrorReason.TRANSITION_NOT_ALLOWED, message);
  }

  static disposalNotFound(id: string): PledgeException {
    return new PledgeException(
      PublicErrorCode.NOT_FOUND,
      PledgeErrorReason.DISPOSAL_NOT_FOUND,
      `Disposal request ${id} not found`,
    );
  }

  static disposalPending(): PledgeException {
    return new PledgeException(
      PublicErrorCode.CONFLICT,
      PledgeErrorReason.DISPOSAL_PENDING,
      'input.assetId: a request of this kind for this asset awaits the pledgee decision',
      { field: 'input.assetId' },
    );
  }
}
