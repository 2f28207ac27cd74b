import { DomainError } from '@mandate/domain';
import type { Request, Response } from 'express';
import { originCheck } from './origin-check.middleware';

const APP_ORIGIN = 'https://mandate.example.gov.vn';

const outcomeOf = (method: string, headers: Record<string, string>): string => {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const request = { method, protocol: 'http', get: (name: string) => lower[name.toLowerCase()] ?? (name.toLowerCase() === 'host' ? 'localhost:8080' : undefined) } as unknown as Request;
  let outcome = 'not called';
  originCheck(APP_ORIGIN)(request, {} as Response, (error?: unknown) => {
    outcome = error === undefined ? 'passed' : error instanceof DomainError ? error.code : 'other error';
  });
  return outcome;
};

describe(originCheck.name, () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['a cross-site form post', 'POST', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, 'FORBIDDEN'],
    ['a cross-site post from a browser without Sec-Fetch-Site', 'POST', { Origin: 'https://evil.example' }, 'FORBIDDEN'],
    ['a sandboxed frame (Origin: null)', 'POST', { Origin: 'null' }, 'FORBIDDEN'],
    ['a sibling subdomain', 'PATCH', { Origin: 'https://other.example.gov.vn', 'Sec-Fetch-Site': 'same-site' }, 'FORBIDDEN'],
    ['the configured origin', 'POST', { Origin: APP_ORIGIN, 'Sec-Fetch-Site': 'same-origin' }, 'passed'],
    ['the origin the request was sent to', 'DELETE', { Origin: 'http://localhost:8080' }, 'passed'],
    ['a script without browser headers', 'POST', {}, 'passed'],
    ['a cross-site read', 'GET', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, 'passed'],
  ])('%s: %s -> %s', (_what, method, headers, outcome) => {
    expect(outcomeOf(method, headers)).toBe(outcome);
  });
});
