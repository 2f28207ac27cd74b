import { checkAgainstExpectedFacts, scoreAgainstExpectedFacts } from './expected-facts.checker';
import type { PlanDocumentParse } from './plan-document.types';

const parse: PlanDocumentParse = {
  document: { number: '1/NQ-HĐND', kind: 'nghi-quyet', issuer: 'Hội đồng nhân dân tỉnh Quảng Ninh', issuedOn: '2025-12-16', title: 'Về kế hoạch', planYear: 2026 },
  indicators: [
    { code: '1', group: 'economy', name: 'GRDP', text: 'GRDP đạt trên 12,5%', targets: [{ comparator: 'gt', value: 12.5, max: null, unit: '%', label: null }] },
  ],
  items: [{ ref: 'III', title: 'Nhiệm vụ', paragraphs: [], assignment: null, children: [{ ref: 'III.2', title: 'x', paragraphs: ['a'], assignment: null, children: [{ ref: 'III.2.a', title: 'y', paragraphs: ['b', 'c'], assignment: null, children: [] }] }] }],
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

describe('scoreAgainstExpectedFacts', () => {
  const assigned: PlanDocumentParse = {
    ...parse,
    indicators: [{ code: '2', group: 'society', name: 'Trường chuẩn', text: 'Trường chuẩn quốc gia', targets: [{ comparator: 'qualitative', value: null, max: null, unit: null, label: null }] }],
    items: [
      { ref: 'II.1', title: 'Phần hai', paragraphs: [], assignment: null, children: [] },
      {
        ref: 'III.1',
        title: 'Xây dựng cơ sở dữ liệu',
        paragraphs: ['a'],
        assignment: { lead: ['Sở Khoa học và Công nghệ'], cooperating: ['Sở Tài chính'], dueText: 'Quý III/2026', product: null },
        children: [],
      },
    ],
    deadlines: [
      { ref: 'III.1', date: '2026-09-30', text: 'Quý III/2026' },
      { ref: 'III.1', date: '2025-11-27', text: 'ngày 27 tháng 11 năm 2025' },
    ],
  };

  it('scores assignments: lead hard, co-operating agencies and the implied deadline soft', () => {
    const sut = scoreAgainstExpectedFacts(assigned, {
      _refPrefix: 'III',
      assignments: [
        { ref: '1', leadIncludes: 'so khoa hoc', cooperatingIncludes: ['Sở Tài chính', 'Công an tỉnh'], dueDate: '2026-09-30' },
        { ref: '2', leadIncludes: 'Sở Y tế', _soft: true },
      ],
    });

    expect(sut).toEqual({
      facts: 5,
      held: 3,
      problems: [],
      softProblems: ['assignment 1.cooperating: expected one to include "Công an tỉnh", got ["Sở Tài chính"]', 'assignment 2: missing'],
    });
  });

  it('takes the ref of the named part first, not another part with the same number', () => {
    const sut = scoreAgainstExpectedFacts(assigned, { _refPrefix: 'III', items: [{ ref: '1', paragraphs: 1 }] });

    expect(sut.problems).toEqual([]);
  });

  it('accepts one more paragraph where the label carries running text, and skips a count given as null', () => {
    const sut = scoreAgainstExpectedFacts(assigned, {
      items: [
        { ref: 'II.1', paragraphs: null },
        { ref: 'III.1', paragraphs: 0, _inlineText: true },
      ],
    });

    expect(sut).toMatchObject({ facts: 2, held: 2, problems: [] });
  });

  it('finds a bullet-list indicator by its running code and treats soft indicators as optional', () => {
    const sut = scoreAgainstExpectedFacts(assigned, {
      indicators: [
        { code: 'a.1', _flatCode: '2', textIncludes: 'trường chuẩn' },
        { code: 'a.2', _flatCode: '3', _soft: true },
      ],
    });

    expect(sut).toEqual({ facts: 3, held: 2, problems: [], softProblems: ['indicator a.2: missing'] });
  });

  it('reports a deadline read from an out-of-scope date, such as the document date', () => {
    const sut = scoreAgainstExpectedFacts(assigned, {
      _outOfScopeDates: [
        { where: 'document date', date: '2025-11-27', text: 'Hà Nội, ngày 27 tháng 11 năm 2025' },
        { where: 'cited document', date: '2025-01-02', text: 'Quyết định số 1 ngày 02 tháng 01 năm 2025' },
      ],
    });

    expect(sut.problems).toEqual(['deadline III.1 2025-11-27 ("ngày 27 tháng 11 năm 2025") is out of scope: document date']);
  });
});

describe('an indicator expected with an empty target list', () => {
  it('does not score its targets (every indicator has at least one, so the list means "not scored")', () => {
    const sut = scoreAgainstExpectedFacts(parse, { indicators: [{ code: '1', textIncludes: 'GRDP', targets: [] }] });

    expect(sut.problems).toEqual([]);
  });
});
