import { DomainError } from '../errors/domain-error';
import { DEFAULT_SUPERVISION_RESPONSE_DAYS } from './supervision-request';
import {
  assertSupervisionClose,
  assertSupervisionReopen,
  assertSupervisionRequest,
  assertSupervisionResponse,
  assertSupervisionResponseDays,
  canAnswerSupervision,
  canReadSupervision,
  supervisionCategory,
} from './supervision.rules';
import { supervisionDeliveryKind, supervisionReminderKindOf } from './supervision-reminders';

const STC = '11111111-1111-4111-8111-111111111111';
const SDL = '22222222-2222-4222-8222-222222222222';
const PKG = '33333333-3333-4333-8333-333333333333';
const hdnd = { id: 'h', role: 'hdnd' as const, departmentId: null };
const ubnd = { id: 'u', role: 'ubnd' as const, departmentId: null };
const admin = { id: 'a', role: 'admin' as const, departmentId: null };
const stc = { id: 's', role: 'department' as const, departmentId: STC };
const sdl = { id: 'd', role: 'department' as const, departmentId: SDL };
const TODAY = '2026-12-02';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
};
const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainError).details[0]?.field;
  }
};

describe('supervision rules', () => {
  const input = { kind: 'chat_van', subject: { type: 'work_package', id: PKG }, addresseeDepartmentId: STC, content: ' Vì sao giải ngân chậm? ' };

  it('gives a chất vấn 20 days by default and trims the content', () => {
    const draft = assertSupervisionRequest(hdnd, input, TODAY, DEFAULT_SUPERVISION_RESPONSE_DAYS);
    expect(draft).toEqual({ kind: 'chat_van', subject: { type: 'work_package', id: PKG }, addresseeDepartmentId: STC, content: 'Vì sao giải ngân chậm?', dueDate: '2026-12-22' });
  });

  it('uses the admin-configured days of the kind', () => {
    expect(assertSupervisionRequest(hdnd, { ...input, kind: 'yeu_cau_bao_cao' }, TODAY, { ...DEFAULT_SUPERVISION_RESPONSE_DAYS, yeu_cau_bao_cao: 5 }).dueDate).toBe('2026-12-07');
  });

  it('lets only the HĐND raise', () => {
    for (const actor of [ubnd, admin, stc]) expect(codeOf(() => assertSupervisionRequest(actor, input, TODAY, DEFAULT_SUPERVISION_RESPONSE_DAYS))).toBe('FORBIDDEN');
  });

  it.each([
    ['a past deadline', { dueDate: '2026-12-01' }, 'dueDate'],
    ['a deadline that is no date', { dueDate: '31/12/2026' }, 'dueDate'],
    ['an unknown kind', { kind: 'phan_bien' }, 'kind'],
    ['an unknown subject type', { subject: { type: 'project', id: PKG } }, 'subject.type'],
    ['a subject id that is no id', { subject: { type: 'plan', id: '42' } }, 'subject.id'],
    ['an addressee that is no id', { addresseeDepartmentId: 'STC' }, 'addresseeDepartmentId'],
    ['empty content', { content: '   ' }, 'content'],
  ])('refuses %s, naming the field', (_, change, field) => {
    const fn = () => assertSupervisionRequest(hdnd, { ...input, ...change }, TODAY, DEFAULT_SUPERVISION_RESPONSE_DAYS);
    expect(codeOf(fn)).toBe('VALIDATION_FAILED');
    expect(fieldOf(fn)).toBe(field);
  });

  it('accepts today as a deadline and null as the UBND', () => {
    expect(assertSupervisionRequest(hdnd, { ...input, addresseeDepartmentId: null, dueDate: TODAY }, TODAY, DEFAULT_SUPERVISION_RESPONSE_DAYS)).toMatchObject({ addresseeDepartmentId: null, dueDate: TODAY });
  });

  it('lets the addressee department and the UBND answer, nobody else', () => {
    const request = { addresseeDepartmentId: STC, status: 'open' as const };
    expect([hdnd, ubnd, admin, stc, sdl].map((a) => canAnswerSupervision(a, request))).toEqual([false, true, false, true, false]);
    expect(canAnswerSupervision(stc, { addresseeDepartmentId: null })).toBe(false);
    expect(codeOf(() => assertSupervisionResponse(sdl, request, { content: 'x' }))).toBe('FORBIDDEN');
    expect(assertSupervisionResponse(stc, request, { content: ' Đã giải ngân ' })).toEqual({ content: 'Đã giải ngân' });
  });

  it('refuses answering a closed or already answered request with a conflict', () => {
    expect(codeOf(() => assertSupervisionResponse(stc, { addresseeDepartmentId: STC, status: 'closed' }, { content: 'x' }))).toBe('SUPERVISION_REQUEST_CLOSED');
    expect(codeOf(() => assertSupervisionResponse(ubnd, { addresseeDepartmentId: STC, status: 'answered' }, { content: 'x' }))).toBe('SUPERVISION_REQUEST_ANSWERED');
  });

  it('reads threads on need-to-know: a department only its own', () => {
    expect([hdnd, ubnd, admin, stc, sdl].map((a) => canReadSupervision(a, { addresseeDepartmentId: STC }))).toEqual([true, true, true, true, false]);
    expect(canReadSupervision(stc, { addresseeDepartmentId: null })).toBe(false);
  });

  it('reopens only an answered request, with a new deadline, and only by the HĐND', () => {
    expect(assertSupervisionReopen(hdnd, { status: 'answered' }, { content: 'Bổ sung số liệu', dueDate: '2026-12-20' }, TODAY)).toEqual({ content: 'Bổ sung số liệu', dueDate: '2026-12-20' });
    expect(codeOf(() => assertSupervisionReopen(hdnd, { status: 'open' }, { content: 'x', dueDate: '2026-12-20' }, TODAY))).toBe('SUPERVISION_REQUEST_NOT_ANSWERED');
    expect(codeOf(() => assertSupervisionReopen(hdnd, { status: 'closed' }, { content: 'x', dueDate: '2026-12-20' }, TODAY))).toBe('SUPERVISION_REQUEST_CLOSED');
    expect(fieldOf(() => assertSupervisionReopen(hdnd, { status: 'answered' }, { content: 'x' , dueDate: undefined }, TODAY))).toBe('dueDate');
    expect(codeOf(() => assertSupervisionReopen(ubnd, { status: 'answered' }, { content: 'x', dueDate: '2026-12-20' }, TODAY))).toBe('FORBIDDEN');
  });

  it('closes once, by the HĐND', () => {
    expect(assertSupervisionClose(hdnd, { status: 'answered' }, {})).toEqual({ content: null });
    expect(codeOf(() => assertSupervisionClose(hdnd, { status: 'closed' }, {}))).toBe('SUPERVISION_REQUEST_CLOSED');
    expect(codeOf(() => assertSupervisionClose(stc, { status: 'answered' }, {}))).toBe('FORBIDDEN');
  });

  it.each([
    ['open before the deadline', { status: 'open', dueDate: '2026-12-10', answeredOn: null }, 'open_on_time'],
    ['open on the deadline', { status: 'open', dueDate: '2026-12-02', answeredOn: null }, 'open_on_time'],
    ['open after the deadline', { status: 'open', dueDate: '2026-12-01', answeredOn: null }, 'open_overdue'],
    ['answered on the deadline', { status: 'answered', dueDate: '2026-12-01', answeredOn: '2026-12-01' }, 'done_on_time'],
    ['closed after a late answer', { status: 'closed', dueDate: '2026-11-20', answeredOn: '2026-11-25' }, 'done_late'],
    ['closed unanswered (withdrawn)', { status: 'closed', dueDate: '2026-11-20', answeredOn: null }, 'cancelled'],
  ] as const)('timeliness: %s', (_, request, category) => {
    expect(supervisionCategory(request, TODAY)).toBe(category);
  });

  it('checks the admin response days', () => {
    expect(assertSupervisionResponseDays({ kien_nghi: 30, chat_van: 10, yeu_cau_bao_cao: 15 })).toEqual({ kien_nghi: 30, chat_van: 10, yeu_cau_bao_cao: 15 });
    expect(fieldOf(() => assertSupervisionResponseDays({ kien_nghi: 30, chat_van: 0, yeu_cau_bao_cao: 15 }))).toBe('chat_van');
    expect(fieldOf(() => assertSupervisionResponseDays({ kien_nghi: 30, chat_van: 10, yeu_cau_bao_cao: 15, other: 1 }))).toBe('other');
  });

  it('keys reminders by round, so a reopened request is reminded afresh', () => {
    expect(supervisionDeliveryKind(2, 'due-in-3')).toBe('supervision-r2-due-in-3');
    expect(supervisionReminderKindOf('supervision-r2-due-in-3', 2)).toBe('due-in-3');
    expect(supervisionReminderKindOf('supervision-r1-due-in-3', 2)).toBeNull();
    expect(supervisionReminderKindOf('supervision-r2-raised', 2)).toBeNull();
  });
});
