import { DomainError } from '@mandate/domain';

/** Opaque cursors: base64url of the last key seen, so clients never build them. */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

export function decodeCursor(cursor: string, field: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9A-Za-z_.:|-]{1,200}$/.test(key)) {
    throw new DomainError('VALIDATION_FAILED', `${field}: is not a cursor this API gave out`, [{ field, message: 'is not a cursor this API gave out', rule: 'badCursor' }]);
  }
  return key;
}
