import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from '@mandate/domain';
import { forbiddenKeyPath } from './forbidden-keys';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every body and query at the edge; unknown fields are refused, not silently dropped. */
class ApiValidationPipe extends ValidationPipe {
  // class-transformer skips __proto__ and friends instead of reporting them, so they are refused here first (JSON, multipart and query alike).
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = metadata.type === 'body' || metadata.type === 'query' ? forbiddenKeyPath(value) : null;
    if (field !== null) throw new DomainError('VALIDATION_FAILED', `${field}: is not an accepted field`, [{ field, message: 'is not an accepted field' }]);
    return super.transform(value, metadata);
  }
}

export const createValidationPipe = (): ValidationPipe =>
  new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new DomainError('VALIDATION_FAILED', details.map((d) => `${d.field}: ${d.message}`).join('; ') || 'The request is not valid.', details);
    },
  });
