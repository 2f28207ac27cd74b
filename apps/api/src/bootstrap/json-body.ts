import { DomainError, FieldRule, FieldRuleParams } from '@mandate/domain';

/** Deep enough for every DTO of the API; a parser or validator walking 10,000 levels would exhaust the stack. */
export const JSON_MAX_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const refused = (field: string, message: string, rule: FieldRule, params?: FieldRuleParams): DomainError =>
  new DomainError('VALIDATION_FAILED', `${field}: ${message}`, [params ? { field, message, rule, params } : { field, message, rule }]);

const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);

/** The deepest nesting of objects and arrays in raw JSON, counted without parsing; stops once past `limit`. */
export function jsonNestingDepth(bytes: Uint8Array, limit = JSON_MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (OPEN.has(byte)) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (CLOSE.has(byte)) {
      depth--;
    }
  }
  return deepest;
}

/** body-parser's `verify`, on the raw bytes before JSON.parse: refuses invalid UTF-8 and deep nesting with a 400 naming the reason. */
export function verifyJsonBody(_request: unknown, _response: unknown, bytes: Buffer): void {
  try {
    utf8.decode(bytes);
  } catch {
    throw refused('body', 'is not valid UTF-8', 'badEncoding');
  }
  if (jsonNestingDepth(bytes) > JSON_MAX_DEPTH) throw refused('body', `nests objects or arrays deeper than ${JSON_MAX_DEPTH} levels`, 'tooDeep', { max: JSON_MAX_DEPTH });
}
