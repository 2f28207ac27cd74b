import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { isDomainError } from '../errors/domain-error';
import { parsePlanDocument } from './parse-plan-document';
import { extractQuantitativeTarget } from './parse-targets.util';
import { splitTaskSentences } from './split-task-sentences.util';

const sample = fs.readFileSync(path.resolve(__dirname, '../../../../fixtures/plans/nq-318-2025-quang-ninh.txt'), 'utf8');
/** Catches a blow-up only (a quadratic pass over these inputs takes minutes); bench/plan-parse measures speed. */
const CASE_BUDGET_MS = 5000;

/** Parses, and fails on anything but a result or a DomainError, or on a slow case. */
function parseWithinBudget(text: string): void {
  const started = performance.now();
  try {
    const sut = parsePlanDocument(text);
    expect(Array.isArray(sut.indicators)).toBe(true);
    expect(JSON.stringify(sut)).toBe(JSON.stringify(sut).normalize('NFC'));
  } catch (error) {
    if (!isDomainError(error)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(CASE_BUDGET_MS);
}

const planWords = fc.constantFrom(
  'NGHỊ QUYẾT', 'KẾ HOẠCH', 'Điều 1.', 'I.', 'II.', '1.', '3.1.', 'a)', '(1)', '(2)', '- ', '|', ' | ',
  'chỉ tiêu', 'Nhiệm vụ và giải pháp', 'đạt trên', '12,5%', '74.000 tỷ đồng', 'trong đó', 'quý II năm 2026',
  'đến 31/12/2026', '\n', '\r\n', '\n\n', 'STT', 'Nhiệm vụ', 'Thời gian', 'PHỤ LỤC', 'CHỦ TỊCH', 'Số: 1/NQ-HĐND',
);

describe('parsePlanDocument on any input', () => {
  it('gives a result or a DomainError for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), parseWithinBudget), { numRuns: 300 });
  });

  it('gives a result or a DomainError for texts made of planning-document pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(planWords, fc.string({ maxLength: 12 })), { maxLength: 200 }), (pieces) =>
        parseWithinBudget(pieces.join(' ')),
      ),
      { numRuns: 300 },
    );
  });

  it('gives a result or a DomainError for binary junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => parseWithinBudget(Buffer.from(bytes).toString('utf8'))),
      { numRuns: 200 },
    );
  });

  it('survives the sample cut at any point and with lines dropped', () => {
    const lines = sample.split('\n');
    fc.assert(
      fc.property(fc.nat(sample.length), fc.array(fc.nat(lines.length - 1), { maxLength: 30 }), (cut, dropped) => {
        const drop = new Set(dropped);
        parseWithinBudget(lines.filter((_, index) => !drop.has(index)).join('\n').slice(0, cut));
      }),
      { numRuns: 100 },
    );
  });

  it('reads a 1 MB single line without a blow-up', () => {
    parseWithinBudget(`KẾ HOẠCH ${'Đẩy mạnh đầu tư công đạt trên 12,5% (1) trong quý II năm 2026; '.repeat(16_000)}`);
    parseWithinBudget('1.'.repeat(500_000));
    parseWithinBudget('|'.repeat(1_000_000));
  });

  it('reads 200 levels of dotted numbering', () => {
    const lines = ['NGHỊ QUYẾT', '3. Nhiệm vụ và giải pháp'];
    for (let depth = 1; depth <= 200; depth += 1) lines.push(`${Array(depth).fill('1').join('.')}. Nhiệm vụ cấp ${depth}`);
    parseWithinBudget(lines.join('\n'));
  });

  it('reads thousands of (n) markers', () => {
    const markers = Array.from({ length: 5000 }, (_, index) => `(${index + 1}) Chỉ tiêu ${index} đạt trên ${index},5%`);
    parseWithinBudget(`NGHỊ QUYẾT\n2. Các chỉ tiêu chủ yếu\na) Về kinh tế: ${markers.join('. ')}\n3. Nhiệm vụ và giải pháp\n3.1. Làm việc`);
    parseWithinBudget(`NGHỊ QUYẾT\n2. Các chỉ tiêu\n${'(1) '.repeat(20_000)}`);
  });

  it('reads the sample repeated many times without a blow-up', () => {
    parseWithinBudget(sample.repeat(20));
  });
});

describe('splitTaskSentences and extractQuantitativeTarget on any input', () => {
  it('never throw and return trimmed, non-empty sentences', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const sentences = splitTaskSentences(text);
        expect(sentences.every((sentence) => sentence.trim() === sentence && sentence !== '')).toBe(true);
        for (const sentence of sentences) extractQuantitativeTarget(sentence);
      }),
      { numRuns: 300 },
    );
  });
});
