import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem, FieldRuleParams, isFieldRule } from '@mandate/domain';
import { getMetadataStorage } from 'class-validator';
import { forbiddenKeyPath } from './forbidden-keys';

// The parameters each rule's sentence names, read from the decorator's arguments (e.g. @MaxLength(200) → {max: 200}).
const PARAMS_OF: Readonly<Record<string, (constraints: readonly unknown[]) => FieldRuleParams>> = {
  maxLength: ([max]) => ({ max: Number(max) }),
  minLength: ([min]) => ({ min: Number(min) }),
  isLength: ([min, max]): FieldRuleParams => (max === undefined ? { min: Number(min) } : { min: Number(min), max: Number(max) }),
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  isIn: ([values]) => ({ values: Array.isArray(values) ? values.join(', ') : '' }),
};

/** The arguments of the decorator behind a constraint, found by the DTO class, the property and the constraint name. */
function constraintArguments(target: object | undefined, property: string, rule: string): readonly unknown[] {
  if (!target) return [];
  const storage = getMetadataStorage();
  const metadata = storage
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && storage.getTargetValidatorConstraints(m.constraintCls).some((c) => c.name === rule));
  return metadata?.constraints ?? [];
}

export function fieldProblemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): FieldProblem => {
      const rule = isFieldRule(constraint) ? constraint : 'invalid';
      const params = PARAMS_OF[rule]?.(constraintArguments(error.target, error.property, constraint));
      return params ? { field, message, rule, params } : { field, message, rule };
    });
    return [...own, ...fieldProblemsOf(error.children ?? [], field)];
  });
}

/** Validates every body and query at the edge; unknown fields are refused, not silently dropped. */
class ApiValidationPipe extends ValidationPipe {
  // class-transformer skips __proto__ and friends instead of reporting them, so they are refused here first (JSON, multipart and query alike).
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = metadata.type === 'body' || metadata.type === 'query' ? forbiddenKeyPath(value) : null;
    if (field !== null) throw new DomainError('VALIDATION_FAILED', `${field}: is not an accepted field`, [{ field, message: 'is not an accepted field', rule: 'whitelistValidation' }]);
    return super.transform(value, metadata);
  }
}

export const createValidationPipe = (): ValidationPipe =>
  new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target (the DTO instance) finds a decorator's arguments for the message parameters; it never leaves the API.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = fieldProblemsOf(errors);
      return new DomainError('VALIDATION_FAILED', details.map((d) => `${d.field}: ${d.message}`).join('; ') || 'The request is not valid.', details);
    },
  });
