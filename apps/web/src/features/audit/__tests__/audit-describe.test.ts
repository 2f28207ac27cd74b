import type { TFunction } from 'i18next';
import { createI18n } from '../../../lib/i18n';
import { type DescribeContext, formatAuditValue } from '../audit-describe';

const ctx = (): DescribeContext => {
  const i18n = createI18n();
  return { t: i18n.t.bind(i18n) as TFunction, lang: 'vi', departmentName: () => '', userName: () => '' };
};

describe(formatAuditValue.name, () => {
  it('names the indicator a package serves in words, never by its id', () => {
    expect(formatAuditValue(ctx(), 'indicatorId', 'b5e1a69a-336c-411d-a4ab-fe35feeeada0')).toBe('một chỉ tiêu của kế hoạch');
    expect(formatAuditValue(ctx(), 'indicatorId', null)).toBe('Không có');
  });
});
