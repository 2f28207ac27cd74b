/**
 * Why a field was refused, as a stable code the web translates (`errors.rules.<rule>`, every one in every locale: a
 * web test checks) with the field's name and the rule's parameters. The class-validator constraint names the API's
 * DTOs use come first (an API test checks that every one is listed), then the API's own checks.
 */
export const FIELD_RULES = [
  'isString',
  'isUuid',
  'maxLength',
  'minLength',
  'isLength',
  'isInt',
  'isNumber',
  'min',
  'max',
  'matches',
  'isIn',
  'isBoolean',
  'isArray',
  'arrayMaxSize',
  'arrayMinSize',
  'arrayUnique',
  'nestedValidation',
  'isIso8601',
  'isDate',
  'isEmail',
  'isObject',
  'whitelistValidation',
  'taken',
  'required',
  'notActiveDepartment',
  'badCursor',
  'notBeforeStart',
  'leadAlsoCooperating',
  'intRange',
  'notInPlan',
  'duplicatePackage',
  'notFound',
  'notEditable',
  'officeOnly',
  'ownAccount',
  'nothingToChange',
  'incorrect',
  'sameAsCurrent',
  'isMonth',
  'isTime',
  'exclusiveRange',
  'outsideCurve',
  'notAscending',
  'otherDepartment',
  'qualitativeOnly',
  'tooLarge',
  'fileType',
  'unreadable',
  'workbookCell',
  'rangeOnly',
  'notInPast',
  'afterCurrentDue',
  'isPeriod',
  'notInPlanYear',
  'measuredOnly',
  'outsidePeriod',
  'needsPlan',
  'parentLoop',
  'departmentOnly',
  'badEncoding',
  'tooDeep',
  'notWithRange',
  'needsStatusBoard',
  'invalid',
] as const;
export type FieldRule = (typeof FIELD_RULES)[number];

export const isFieldRule = (value: unknown): value is FieldRule => typeof value === 'string' && (FIELD_RULES as readonly string[]).includes(value);

/** Values a rule's sentence names: a length, a bound, the accepted choices. */
export type FieldRuleParams = Readonly<Record<string, string | number>>;

/** The web's message key for a rule. */
export const fieldRuleTranslationKey = (rule: FieldRule): `errors.rules.${FieldRule}` => `errors.rules.${rule}`;
