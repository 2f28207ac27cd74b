import { DomainError } from '@mandate/domain';
import { JSON_MAX_DEPTH, jsonNestingDepth, verifyJsonBody } from './json-body';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const problemOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, details: error.details } : 'not a DomainError';
  }
};

describe(jsonNestingDepth.name, () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[[["}', 1],
    ['[[[[]]],[]]', 4],
  ])('%s nests %i deep', (json, depth) => {
    expect(jsonNestingDepth(bytes(json))).toBe(depth);
  });

  it('stops counting just past the limit', () => {
    expect(jsonNestingDepth(bytes('['.repeat(10_000)), 32)).toBe(33);
  });
});

describe(verifyJsonBody.name, () => {
  it('accepts Vietnamese text nested to the limit', () => {
    const json = `${'['.repeat(JSON_MAX_DEPTH)}"Sở Tài chính"${']'.repeat(JSON_MAX_DEPTH)}`;
    expect(problemOf(() => verifyJsonBody(null, null, bytes(json)))).toBeNull();
  });

  it('refuses nesting past the limit with the field and reason', () => {
    expect(problemOf(() => verifyJsonBody(null, null, bytes(`{"a":${'['.repeat(10_000)}`)))).toEqual({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body', message: `nests objects or arrays deeper than ${JSON_MAX_DEPTH} levels`, rule: 'tooDeep', params: { max: JSON_MAX_DEPTH } }],
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = Buffer.concat([bytes('{"name":"S'), Buffer.from([0xf4, 0x20]), bytes('"}')]);
    expect(problemOf(() => verifyJsonBody(null, null, latin1))).toEqual({ code: 'VALIDATION_FAILED', details: [{ field: 'body', message: 'is not valid UTF-8', rule: 'badEncoding' }] });
  });
});
