import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@mandate/domain';

/** A route's `:id` as a UUID, or a 400 that names the field. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new DomainError('VALIDATION_FAILED', `${name}: must be a UUID`, [{ field: name, message: 'must be a UUID', rule: 'isUuid' }]),
    }),
  );
