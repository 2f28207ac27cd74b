import { DomainError } from '@mandate/domain';
import type { NextFunction, Request, Response } from 'express';

const decodes = (component: string): boolean => {
  try {
    decodeURIComponent(component.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
};

/** The first query parameter whose name or value is not valid percent-encoded UTF-8, or null; Express would decode it to U+FFFD silently. */
export function malformedQueryField(url: string): string | null {
  const start = url.indexOf('?');
  if (start < 0) return null;
  for (const pair of url.slice(start + 1).split('&')) {
    const [name, value = ''] = pair.split(/=(.*)/s);
    if (!decodes(name)) return 'query';
    if (!decodes(value)) return decodeURIComponent(name.replace(/\+/g, ' '));
  }
  return null;
}

export function refuseMalformedQuery(request: Request, _response: Response, next: NextFunction): void {
  const field = malformedQueryField(request.originalUrl);
  next(field === null ? undefined : new DomainError('VALIDATION_FAILED', `${field}: is not valid UTF-8 percent-encoding`, [{ field, message: 'is not valid UTF-8 percent-encoding', rule: 'badEncoding' }]));
}
