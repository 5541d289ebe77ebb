import { AppException } from '@app/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rejects malformed ids up front, so they become BAD_USER_INPUT rather than a SQL error. */
export function assertUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw AppException.badInput(field, 'must be a UUID');
  return value.toLowerCase();
}
