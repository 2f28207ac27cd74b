import { forbiddenKeyPath } from './forbidden-keys';

describe(forbiddenKeyPath.name, () => {
  it.each([
    ['{"__proto__":{"isAdmin":true}}', '__proto__'],
    ['{"a":{"constructor":{"prototype":{}}}}', 'a.constructor'],
    ['{"packages":[{"title":"x"},{"prototype":1}]}', 'packages[1].prototype'],
    ['{"title":"constructor","tags":["__proto__"]}', null],
  ])('%s -> %p', (json, path) => {
    expect(forbiddenKeyPath(JSON.parse(json))).toBe(path);
  });

  it('sees keys of objects without a prototype, as multer and the query parser build them', () => {
    const body = Object.assign(Object.create(null) as object, { summary: 'ok' });
    Object.defineProperty(body, '__proto__', { value: 'x', enumerable: true });
    expect(forbiddenKeyPath(body)).toBe('__proto__');
  });
});
