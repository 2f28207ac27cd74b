import { checkAgainstExpectedFacts } from './expected-facts.checker';
import type { PlanDocumentParse } from './plan-document.types';

const parse: PlanDocumentParse = {
  document: { number: '1/NQ-HĐND', kind: 'nghi-quyet', issuer: 'Hội đồng nhân dân tỉnh Quảng Ninh', issuedOn: '2025-12-16', title: 'Về kế hoạch', planYear: 2026 },
  indicators: [
    { code: '1', group: 'economy', name: 'GRDP', text: 'GRDP đạt trên 12,5%', targets: [{ comparator: 'gt', value: 12.5, max: null, unit: '%', label: null }] },
  ],
  items: [{ ref: 'III', title: 'Nhiệm vụ', paragraphs: [], children: [{ ref: 'III.2', title: 'x', paragraphs: ['a'], children: [{ ref: 'III.2.a', title: 'y', paragraphs: ['b', 'c'], children: [] }] }] }],
  deadlines: [{ ref: 'III.2.a', date: '2026-12-31', text: 'đến 31/12/2026' }],
  warnings: [],
};

describe('checkAgainstExpectedFacts', () => {
  it('accepts facts that hold, loosely where the contract says so', () => {
    const sut = checkAgainstExpectedFacts(parse, {
      document: { number: '1/NQ-HĐND', issuerIncludes: 'quang ninh', planYear: 2026 },
      indicators: [{ code: '1', group: 'economy', textIncludes: 'grdp', targets: [{ comparator: ['gt', 'gte'], value: 12.5, unit: '%' }] }],
      items: [{ ref: '2', paragraphs: 1, children: [{ ref: '2.a', paragraphs: 2 }] }],
      deadlines: [{ ref: 'III.2.a', date: '2026-12-31' }],
    });

    expect(sut).toEqual([]);
  });

  it('lists every fact that does not hold', () => {
    const sut = checkAgainstExpectedFacts(parse, {
      document: { kind: 'ke-hoach' },
      indicators: [
        { code: '1', targets: [{ comparator: ['lt'], value: 13, unit: 'USD' }] },
        { code: '2' },
      ],
      items: [{ ref: 'III.2', paragraphs: 3 }, { ref: 'IV' }],
      deadlines: [{ ref: 'III.2.a', date: '2026-06-30' }],
    });

    expect(sut).toEqual([
      'document.kind: expected ke-hoach, got nghi-quyet',
      'indicators: expected 2, got 1',
      'indicator 1.targets[0].comparator: expected one of lt, got gt',
      'indicator 1.targets[0].value: expected 13, got 12.5',
      'indicator 1.targets[0].unit: expected to include "USD", got %',
      'indicator 2: missing',
      'item III.2: expected 3 paragraphs, got 1',
      'item IV: missing',
      'deadline III.2.a 2026-06-30: missing',
    ]);
  });
});
