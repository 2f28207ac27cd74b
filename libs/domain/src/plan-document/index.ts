export * from './plan-document.types';
export { parsePlanDocument } from './parse-plan-document';
export { splitTaskSentences } from './split-task-sentences.util';
export { extractQuantitativeTarget } from './parse-targets.util';
export { parseVietnameseNumber } from './vietnamese-number.util';
export { checkAgainstExpectedFacts, scoreAgainstExpectedFacts, scorePlanText, type ExpectedFacts, type ExpectedFactsScore } from './expected-facts.checker';
export { formatLabelledTarget, formatTarget, formatVietnameseNumber, withUnit, type FormatTargetOptions } from './format-target';
