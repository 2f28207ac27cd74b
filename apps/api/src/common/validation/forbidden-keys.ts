// Keys that reach object prototypes when merged or assigned; no DTO has them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key in a parsed body or query (walked iteratively: nesting is bounded, width is not), or null. */
export function forbiddenKeyPath(input: unknown): string | null {
  const pending: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const field = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) return field;
      pending.push({ value: (value as Record<string, unknown>)[key], path: field });
    }
  }
  return null;
}
