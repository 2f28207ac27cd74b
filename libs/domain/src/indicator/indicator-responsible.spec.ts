import type { ParsedIndicator } from '../plan-document/plan-document.types';
import { suggestResponsibleDepartment } from './indicator-responsible';

const catalogue = {
  departments: [
    { id: 'd-tc', code: 'STC', name: 'Sở Tài chính' },
    { id: 'd-yt', code: 'SYT', name: 'Sở Y tế' },
    { id: 'd-khcn', code: 'SKHCN', name: 'Sở Khoa học và Công nghệ' },
  ],
  aliases: [{ key: 'so kh&cn', departmentId: 'd-khcn' }],
};
const rules = [{ departmentId: 'd-tc', keywords: ['thu ngân sách'], priority: 0 }];
const indicator = (text: string, responsible?: string[]): ParsedIndicator => ({ code: '1', group: 'economy', name: text, text, targets: [], ...(responsible ? { responsible } : {}) });

describe('suggestResponsibleDepartment', () => {
  it('takes the first agency the document names that is one department, before the subject rules', () => {
    expect(suggestResponsibleDepartment(indicator('Tổng thu ngân sách đạt 74.000 tỷ đồng', ['Các sở, ngành', 'Sở Y tế']), catalogue, rules)).toBe('d-yt');
  });

  it('falls back on the subject rules when the document names nobody in the catalogue', () => {
    expect(suggestResponsibleDepartment(indicator('Tổng thu ngân sách đạt 74.000 tỷ đồng', ['Tỉnh đoàn']), catalogue, rules)).toBe('d-tc');
    expect(suggestResponsibleDepartment(indicator('Tổng thu ngân sách đạt 74.000 tỷ đồng'), catalogue, rules)).toBe('d-tc');
  });

  it('is null when neither the document nor a rule names a department', () => {
    expect(suggestResponsibleDepartment(indicator('Tỷ lệ che phủ rừng đạt 46%'), catalogue, rules)).toBeNull();
  });
});
