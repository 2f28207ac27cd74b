import { diffRecords, formatDiffValue } from '../audit-diff';

describe('diffRecords', () => {
  it('lists only the fields that changed, added or removed, sorted', () => {
    const sut = diffRecords({ name: 'Sở Tài chính', kind: 'provincial', active: true, tags: ['a'] }, { name: 'Sở Tài chính', kind: 'other', active: false, email: 'x@y.vn', tags: ['a'] });
    expect(sut).toEqual([
      { field: 'active', kind: 'changed', before: true, after: false },
      { field: 'email', kind: 'added', before: undefined, after: 'x@y.vn' },
      { field: 'kind', kind: 'changed', before: 'provincial', after: 'other' },
    ]);
  });

  it('treats a missing side as empty (create and delete)', () => {
    expect(diffRecords(null, { code: 'STC' })).toEqual([{ field: 'code', kind: 'added', before: undefined, after: 'STC' }]);
    expect(diffRecords({ code: 'STC' }, null)).toEqual([{ field: 'code', kind: 'removed', before: 'STC', after: undefined }]);
    expect(diffRecords(null, null)).toEqual([]);
  });
});

describe('formatDiffValue', () => {
  it('keeps strings as they are and truncates long values', () => {
    expect(formatDiffValue('Quảng Ninh')).toBe('Quảng Ninh');
    expect(formatDiffValue(null)).toBe('null');
    expect(formatDiffValue({ a: 1 })).toBe('{"a":1}');
    expect(formatDiffValue('x'.repeat(200))).toHaveLength(80);
  });
});
