import type { FieldProblem } from '@mandate/domain';
import { ApiError } from '../api-client';
import { apiFieldErrors, errorMessage, fieldLabel } from '../error-message';
import { createI18n } from '../i18n';

const refusal = new ApiError(400, 'VALIDATION_FAILED', 'title: title must be shorter than or equal to 500 characters; …', [
  { field: 'title', message: 'title must be shorter than or equal to 500 characters', rule: 'maxLength', params: { max: 500 } },
  { field: 'packages[2].dueDate', message: 'dueDate must be YYYY-MM-DD', rule: 'matches' },
  { field: 'report.attachmentIds', message: 'needs at least one file', rule: 'arrayMinSize', params: { min: 1 } },
  // A body from elsewhere (an older API, a proxy) may carry no rule: the web still says something in words.
  { field: 'mystery', message: 'is odd' } as FieldProblem,
]);

describe('API error messages', () => {
  const { t } = createI18n();

  it('words each refused field in Vietnamese, naming the field, from the rule code and its parameters', () => {
    expect(apiFieldErrors(t, refusal)).toEqual({
      title: '«Tên» dài quá 500 ký tự.',
      'packages[2].dueDate': '«Thời hạn hoàn thành» không đúng định dạng.',
      'report.attachmentIds': '«Tệp minh chứng» cần ít nhất 1 mục.',
      mystery: '«Thông tin» không hợp lệ.',
    });
  });

  it('puts the field problems after the sentence of the code, and never the API’s English', () => {
    const sut = errorMessage(t, refusal);
    expect(sut).toContain('«Tên» dài quá 500 ký tự.');
    expect(sut).not.toMatch(/must|shorter|YYYY/);
  });

  it('names a field by its last path segment, ignoring list positions', () => {
    expect(fieldLabel(t, 'cooperatingDepartmentIds.2')).toBe('Đơn vị phối hợp');
    expect(fieldLabel(t, 'packages[0].leadDepartmentId')).toBe('Đơn vị chủ trì');
  });
});
