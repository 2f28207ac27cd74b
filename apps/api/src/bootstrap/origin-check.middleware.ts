import { DomainError } from '@mandate/domain';
import type { NextFunction, Request, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests a browser sends from another site (a cross-site form posting to
 * /api/auth/logout, say): by Sec-Fetch-Site where the browser sends it, else by Origin. Requests
 * without either (curl, scripts) carry no ambient cookie risk and pass.
 */
export const originCheck =
  (appOrigin: string) =>
  (request: Request, _response: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(request.method)) return next();
    const site = request.get('sec-fetch-site');
    const origin = request.get('origin');
    const foreignOrigin = origin !== undefined && origin !== appOrigin && origin !== `${request.protocol}://${request.get('host')}`;
    if (site === 'cross-site' || foreignOrigin) {
      return next(new DomainError('FORBIDDEN', 'This request came from another site; changes can only be made from Mandate itself.'));
    }
    next();
  };
