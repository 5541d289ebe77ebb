import { AppException, PublicErrorCode } from '@app/errors';

export enum IpAssetErrorReason {
  IP_ASSET_NOT_FOUND = 'IP_ASSET_NOT_FOUND',
  IP_ASSET_EXISTS = 'IP_ASSET_EXISTS',
  IP_ASSET_INVALID = 'IP_ASSET_INVALID',
  IMPORT_TOO_LARGE = 'IMPORT_TOO_LARGE',
  IMPORT_HEADER_INVALID = 'IMPORT_HEADER_INVALID',
}

export class IpAssetException extends AppException {
  static notFound(id: string): IpAssetException {
    return new IpAssetException(
      PublicErrorCode.NOT_FOUND,
      IpAssetErrorReason.IP_ASSET_NOT_FOUND,
      `IP asset ${id} not found`,
    );
  }

  static exists(number: string): IpAssetException {
    return new IpAssetException(
      PublicErrorCode.CONFLICT,
      IpAssetErrorReason.IP_ASSET_EXISTS,
      `input.number: ${number} is already registered`,
      { field: 'input.number' },
    );
  }

  static invalid(field: string, message: string): IpAssetException {
    return new IpAssetException(
      PublicErrorCode.BAD_USER_INPUT,
      IpAssetErrorReason.IP_ASSET_INVALID,
      `${field}: ${message}`,
      {
        field,
      },
    );
  }

  static importHeader(message: string): IpAssetException {
    return new IpAssetException(
      PublicErrorCode.BAD_USER_INPUT,
      IpAssetErrorReason.IMPORT_HEADER_INVALID,
      `csv: ${message}`,
      {
        field: 'csv',
      },
    );
  }

  static importTooLarge(limit: number): IpAssetException {
    return new IpAssetException(
      PublicErrorCode.BAD_USER_INPUT,
      IpAssetErrorReason.IMPORT_TOO_LARGE,
      `csv: at most ${limit} bytes through the API; use the import command for larger files`,
      { field: 'csv' },
    );
  }
}
