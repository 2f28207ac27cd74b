import { AUDIT_ENTITY_TYPES, type AuditEvent } from '@mandate/domain';
import type { TFunction } from 'i18next';
import { createI18n } from '../../../lib/i18n';
import { auditEntityLabel, type DescribeContext, describeAuditEvent, formatAuditValue } from '../audit-describe';

const ctx = (lang: 'vi' | 'en' = 'vi'): DescribeContext => {
  const i18n = createI18n();
  void i18n.changeLanguage(lang);
  return { t: i18n.t.bind(i18n) as TFunction, lang, departmentName: (id) => (id === 'd-stc' ? 'Sở Tài chính' : ''), userName: () => '' };
};

const event = (entityType: string, action: AuditEvent['action'], before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditEvent => ({
  id: '1',
  occurredAt: '2026-12-02T18:41:00.000Z',
  actorId: null,
  actorUsername: null,
  entityType,
  entityId: 'e1',
  action,
  before,
  after,
  requestId: null,
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CODE_LIKE = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;
const ISO = /\d{4}-\d{2}-\d{2}/;

describe(formatAuditValue.name, () => {
  it('names the indicator a package serves in words, never by its id', () => {
    expect(formatAuditValue(ctx(), 'indicatorId', 'b5e1a69a-336c-411d-a4ab-fe35feeeada0')).toBe('một chỉ tiêu của kế hoạch');
    expect(formatAuditValue(ctx(), 'indicatorId', null)).toBe('Không có');
  });
});

describe(auditEntityLabel.name, () => {
  it.each(['vi', 'en'] as const)('names every kind of record the API logs (%s)', (lang) => {
    const { t } = ctx(lang);
    const other = t('packageHistory.entityTypes.other');
    for (const type of AUDIT_ENTITY_TYPES) expect([type, auditEntityLabel(t, type)]).not.toEqual([type, other]);
  });
});

describe(describeAuditEvent.name, () => {
  it('reads a supervision request in Vietnamese: field names, its kind, status, addressee and response deadline, no key or raw value', () => {
    const sut = describeAuditEvent(
      event('supervision_request', 'create', null, {
        kind: 'kien_nghi',
        subject: { type: 'work_package', id: 'b5e1a69a-336c-411d-a4ab-fe35feeeada0' },
        addresseeDepartmentId: null,
        content: 'Đề nghị báo cáo tiến độ thực hiện nhiệm vụ này.',
        status: 'open',
        round: 1,
        dueDate: '2027-01-02',
        answeredOn: null,
        version: 1,
      }),
      ctx(),
    );
    expect(sut.title).toBe('Yêu cầu giám sát: Tạo mới');
    expect(sut.lines).toEqual(
      expect.arrayContaining([
        { label: 'Hình thức', text: 'Kiến nghị giám sát' },
        { label: 'Tình trạng', text: 'Chờ trả lời' },
        { label: 'Nơi trả lời', text: 'UBND tỉnh' },
        { label: 'Hạn trả lời', text: '02/01/2027' },
        { label: 'Đối tượng giám sát', text: 'Nhiệm vụ' },
        { label: 'Lượt', text: '1' },
      ]),
    );
    for (const line of sut.lines) expect(`${line.label}: ${line.text}`).not.toMatch(CODE_LIKE);
  });

  it('never shows a field key, a raw id or an ISO time, even for a field it has no name for', () => {
    const sut = describeAuditEvent(
      event('indicator_measurement', 'confirm', { confirmedAt: null, version: 1 }, { confirmedAt: '2026-12-02T18:41:00.000Z', confirmedBy: '7d0e8a8e-1c2b-4d5e-8f90-123456789abc', someNewField: 'x', version: 2 }),
      ctx(),
    );
    expect(sut.title).toBe('Số liệu chỉ tiêu: Xác nhận');
    expect(sut.lines).toEqual([
      { label: 'Xác nhận lúc', text: 'Không có → 03/12/2026 01:41' },
      { label: 'Người xác nhận', text: 'một bản ghi' },
      { label: 'Thông tin khác', text: 'x' },
    ]);
    for (const line of sut.lines) expect(`${line.label}: ${line.text}`).not.toMatch(new RegExp(`${UUID.source}|${ISO.source}|someNewField`, 'i'));
  });

  it('names departments, roles, department kinds and money the way the rest of the UI does', () => {
    const t = ctx();
    expect(describeAuditEvent(event('user', 'update', { role: 'department', departmentId: null }, { role: 'ubnd', departmentId: 'd-stc' }), t).lines).toEqual([
      { label: 'Đơn vị', text: 'Không có → Sở Tài chính' },
      { label: 'Vai trò', text: 'Sở, ban, ngành → Văn phòng UBND' },
    ]);
    expect(describeAuditEvent(event('department', 'update', { kind: 'provincial' }, { kind: 'commune' }), t).lines).toEqual([{ label: 'Loại', text: 'Sở, ban, ngành cấp tỉnh → UBND cấp xã' }]);
    expect(describeAuditEvent(event('disbursement_project', 'update', { month: '2026-05', cumulative: null }, { month: '2026-05', cumulative: 1_250_000_000 }), t).lines).toEqual([
      { label: 'Lũy kế', text: expect.stringMatching(/^Không có → 1\.250\.000\.000\s₫$/) },
    ]);
  });
});
