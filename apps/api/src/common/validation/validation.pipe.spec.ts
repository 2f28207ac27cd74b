import { DomainError, FIELD_RULES } from '@mandate/domain';
import { Type } from 'class-transformer';
import { getMetadataStorage, IsIn, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createValidationPipe } from './validation.pipe';

class TargetDto {
  @Min(0) value!: number;
}

class ProbeDto {
  @IsString() @MaxLength(5) title!: string;
  @IsOptional() @IsIn(['low', 'high']) priority?: string;
  @IsOptional() @ValidateNested() @Type(() => TargetDto) target?: TargetDto;
}

const MODULES = join(__dirname, '..', '..', 'modules');
const LOCALES = join(__dirname, '..', '..', '..', '..', 'web', 'src', 'locales');

/** Loads every DTO of the API, so that class-validator's storage holds every decorator they use. */
function loadAllDtos(): void {
  for (const feature of readdirSync(MODULES)) {
    const dir = join(MODULES, feature, 'dtos');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    } catch {
      continue;
    }
    for (const file of files) require(join(dir, file));
  }
}

async function refusal(body: unknown): Promise<DomainError> {
  const pipe = createValidationPipe();
  const error = await Promise.resolve()
    .then(() => pipe.transform(body, { type: 'body', metatype: ProbeDto }))
    .then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error('expected a DomainError');
  return error;
}

describe('createValidationPipe', () => {
  it('gives each refused field a rule code and the decorator’s parameters, for the web to word', async () => {
    const sut = await refusal({ title: 'quá dài', priority: 'urgent', target: { value: -1 }, extra: 1 });

    expect(sut.code).toBe('VALIDATION_FAILED');
    expect(sut.details.map(({ field, rule, params }) => ({ field, rule, params }))).toEqual(
      expect.arrayContaining([
        { field: 'title', rule: 'maxLength', params: { max: 5 } },
        { field: 'priority', rule: 'isIn', params: { values: 'low, high' } },
        { field: 'target.value', rule: 'min', params: { min: 0 } },
        { field: 'extra', rule: 'whitelistValidation', params: undefined },
      ]),
    );
  });

  it('refuses a prototype key with the whitelist rule', async () => {
    const sut = await refusal(JSON.parse('{"title":"a","__proto__":{"x":1}}'));
    expect(sut.details).toEqual([{ field: '__proto__', message: 'is not an accepted field', rule: 'whitelistValidation' }]);
  });

  describe('every DTO of the API', () => {
    loadAllDtos();
    const storage = getMetadataStorage();
    const metadatas = [...(storage as unknown as { validationMetadatas: Map<unknown, { propertyName: string; constraintCls: new () => unknown }[]> }).validationMetadatas.values()].flat();
    const constraintNames = new Set(metadatas.flatMap((m) => storage.getTargetValidatorConstraints(m.constraintCls).map((c) => c.name)));
    const properties = new Set(metadatas.map((m) => m.propertyName));

    it('uses only constraints that have a rule code (the web words each)', () => {
      expect(constraintNames.size).toBeGreaterThan(10);
      expect([...constraintNames].filter((name) => !(FIELD_RULES as readonly string[]).includes(name))).toEqual([]);
    });

    it.each(['vi', 'en'])('validates only fields that the %s locale names (fieldNames)', (lang) => {
      const names = (JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')) as { fieldNames: Record<string, string> }).fieldNames;
      expect(properties.size).toBeGreaterThan(50);
      expect([...properties].filter((p) => !names?.[p]).sort()).toEqual([]);
    });
  });
});
