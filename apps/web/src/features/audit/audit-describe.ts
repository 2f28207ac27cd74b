import {
  type AuditEvent,
  isPriority,
  isWorkPackageStatus,
  PRIORITY_LABELS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_STATUS_LABELS,
  SUPERVISION_SUBJECT_LABELS,
  TARGET_STATUS_LABELS,
  WORK_PACKAGE_STATUS_LABELS,
} from '@mandate/domain';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatMonth, formatVnd } from '../../lib/format';
import { diffRecords } from './audit-diff';

export interface DescribeContext {
  t: TFunction;
  lang: 'vi' | 'en';
  departmentName: (id: string) => string;
  userName: (id: string) => string;
}

/** The kind of record an event is about, in the UI language. */
export const auditEntityLabel = (t: TFunction, entityType: string): string => t([`packageHistory.entityTypes.${entityType}`, 'packageHistory.entityTypes.other']);

export interface EventLine {
  label: string;
  text: string;
}

export interface EventDescription {
  title: string;
  lines: EventLine[];
}

// Bookkeeping a reader does not need: ids, the lock version, timestamps of the row and the computed category.
const HIDDEN = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'category',
  'breakdownKey',
  'workPackageId',
  'planId',
  'extensionId',
  'progressReportId',
  'responseId',
  'password',
  'passwordHash',
  'token',
  'refreshToken',
  'familyId',
  'sha256',
  'evidenceSha256',
  'storageKey',
  'aliasKey',
  'isDefault',
  'abilities',
  'allowedTransitions',
]);
const DATE_FIELDS = new Set(['startDate', 'dueDate', 'originalDueDate', 'completedOn', 'currentDueDate', 'requestedDueDate', 'grantedDueDate', 'issuedOn', 'answeredOn', 'targetDate']);
const DEPARTMENT_FIELDS = new Set(['leadDepartmentId', 'departmentId', 'responsibleDepartmentId', 'investorDepartmentId']);
const MONEY_FIELDS = new Set(['allocated', 'cumulative', 'allocatedBefore', 'cumulativeBefore']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
type Labels = { readonly vi: string; readonly en: string };
/** Fields whose value is one of a fixed set, labelled per kind of record (a supervision request's status is not a package's). */
const ENUM_LABELS: Partial<Record<string, Partial<Record<string, Readonly<Record<string, Labels>>>>>> = {
  supervision_request: { kind: SUPERVISION_KIND_LABELS, status: SUPERVISION_STATUS_LABELS },
  indicator_target: { status: TARGET_STATUS_LABELS },
};
const MAX_TEXT = 300;

const clip = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
const obj = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A field's name in the UI language: the record kind's own word for it, else the history's, else the one API errors use;
 * a field named nowhere reads "Thông tin khác", never its key.
 */
export const auditFieldLabel = (ctx: DescribeContext, field: string, entityType = ''): string =>
  ctx.t([`packageHistory.entityFields.${entityType}.${field}`, `packageHistory.fields.${field}`, `fieldNames.${field}`, 'packageHistory.otherField']);

/** A value as people read it: names for departments and people, dd/mm/yyyy for dates, labels for statuses; never a raw id or ISO time. */
export const formatAuditValue = (ctx: DescribeContext, field: string, value: unknown, entityType = 'work_package'): string => {
  const { t, lang } = ctx;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return field === 'addresseeDepartmentId' ? t('supervision.ubnd') : t('common.none');
  }
  const labels = ENUM_LABELS[entityType]?.[field];
  if (labels && typeof value === 'string' && value in labels) return labels[value][lang];
  if (DATE_FIELDS.has(field) && typeof value === 'string') return formatDate(value);
  if (field === 'status' && isWorkPackageStatus(value)) return WORK_PACKAGE_STATUS_LABELS[value][lang];
  if (field === 'priority' && isPriority(value)) return PRIORITY_LABELS[value][lang];
  if (field === 'progress' && typeof value === 'number') return `${value}%`;
  if (field === 'role' && typeof value === 'string') return t(`roles.${value}`, { defaultValue: value });
  if (field === 'kind' && entityType === 'department' && typeof value === 'string') return t(`departments.kinds.${value}`, { defaultValue: value });
  if (field === 'locale' && typeof value === 'string') return t(`packageHistory.locales.${value}`, { defaultValue: value });
  if (field === 'subject') return SUPERVISION_SUBJECT_LABELS[str(obj(value).type) as keyof typeof SUPERVISION_SUBJECT_LABELS]?.[lang] ?? t('packageHistory.changedValue');
  if (field === 'month' && typeof value === 'string') return formatMonth(value) || value;
  if (MONEY_FIELDS.has(field) && typeof value === 'number') return formatVnd(value);
  if (DEPARTMENT_FIELDS.has(field) && typeof value === 'string') return ctx.departmentName(value) || t('packageHistory.aDepartment');
  if (field === 'addresseeDepartmentId' && typeof value === 'string') return ctx.departmentName(value) || t('packageHistory.aDepartment');
  if (field === 'cooperatingDepartmentIds' && Array.isArray(value)) return value.map((id) => ctx.departmentName(String(id)) || t('packageHistory.aDepartment')).join(', ');
  if (field === 'assigneeIds' && Array.isArray(value)) {
    const names = value.map((id) => ctx.userName(String(id))).filter(Boolean);
    return names.length === value.length ? names.join(', ') : t('packageEdit.people', { count: value.length });
  }
  if (field === 'parentId') return t('packageHistory.anotherPackage');
  if (field === 'indicatorId') return t('packageHistory.anIndicator');
  if (field === 'target') return str(obj(value).label) || t('packageHistory.targetSet');
  if (typeof value === 'boolean') return value ? t('packageHistory.yes') : t('packageHistory.no');
  if (typeof value === 'number') return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return ctx.userName(value) || t('packageHistory.aRecord');
    if (ISO_TIME.test(value)) return formatDateTime(value);
    if (ISO_DATE.test(value)) return formatDate(value);
    return clip(value);
  }
  if (Array.isArray(value)) return t('packageHistory.items', { count: value.length });
  return t('packageHistory.changedValue');
};

const diffLines = (ctx: DescribeContext, before: Record<string, unknown> | null, after: Record<string, unknown> | null, entityType = 'work_package'): EventLine[] =>
  diffRecords(before, after)
    .filter((d) => !HIDDEN.has(d.field))
    .map((d) => {
      const value = (v: unknown) => formatAuditValue(ctx, d.field, v, entityType);
      return { label: auditFieldLabel(ctx, d.field, entityType), text: d.kind === 'changed' ? `${value(d.before)} → ${value(d.after)}` : value(d.kind === 'added' ? d.after : d.before) };
    });

const REASON_LABELS: Record<string, string> = { block: 'obstacle', return: 'returnReason', cancel: 'cancelReason', reopen: 'reopenReason', approve: 'approvalNote' };

const describeTransition = (ctx: DescribeContext, before: Record<string, unknown>, after: Record<string, unknown>): EventDescription => {
  const { t } = ctx;
  const action = str(after.action);
  const lines: EventLine[] = [{ label: auditFieldLabel(ctx, 'status'), text: `${formatAuditValue(ctx, 'status', before.status)} → ${formatAuditValue(ctx, 'status', after.status)}` }];
  if (action === 'approve') lines.push({ label: auditFieldLabel(ctx, 'progress'), text: formatAuditValue(ctx, 'progress', after.progress) });
  const reason = str(after.reason);
  if (reason) lines.push({ label: t(`packageHistory.reasons.${REASON_LABELS[action] ?? 'note'}`), text: clip(reason) });
  const report = obj(after.report);
  if (str(report.summary)) lines.push({ label: t('packageHistory.reportSummary'), text: clip(str(report.summary)) });
  if (Array.isArray(report.attachmentIds)) lines.push({ label: t('packageHistory.evidence'), text: t('packageHistory.files', { count: report.attachmentIds.length }) });
  const onBehalf = obj(report.onBehalf);
  if (str(onBehalf.reason)) {
    const who = [ctx.departmentName(str(onBehalf.departmentId)), str(onBehalf.reporterName)].filter(Boolean).join(' — ');
    lines.push({ label: t('packageHistory.onBehalfOf', { who }), text: clip(str(onBehalf.reason)) });
  }
  return { title: t(`workPackages.actions.${action}`, { defaultValue: t('audit.actions.transition') }), lines };
};

const describeExtension = (ctx: DescribeContext, event: AuditEvent, after: Record<string, unknown>): EventDescription => {
  const { t } = ctx;
  if (event.action === 'create') {
    return {
      title: t('packageHistory.extensionRequested'),
      lines: [
        { label: t('packageHistory.fields.requestedDueDate'), text: `${formatAuditValue(ctx, 'currentDueDate', after.currentDueDate)} → ${formatAuditValue(ctx, 'requestedDueDate', after.requestedDueDate)}` },
        { label: t('packageHistory.reasons.extensionReason'), text: clip(str(after.reason)) },
      ],
    };
  }
  const approved = after.status === 'approved';
  const lines: EventLine[] = approved ? [{ label: t('packageHistory.fields.grantedDueDate'), text: formatAuditValue(ctx, 'grantedDueDate', after.grantedDueDate ?? after.requestedDueDate) }] : [];
  if (str(after.decisionNote)) lines.push({ label: t(approved ? 'packageHistory.reasons.note' : 'packageHistory.reasons.refuseReason'), text: clip(str(after.decisionNote)) });
  return { title: t(approved ? 'packageHistory.extensionApproved' : 'packageHistory.extensionRefused'), lines };
};

/** One audit event as a title and labelled lines in the UI language: no raw keys, ids, JSON or UTC times. */
export const describeAuditEvent = (event: AuditEvent, ctx: DescribeContext): EventDescription => {
  const { t } = ctx;
  const before = obj(event.before);
  const after = obj(event.after);
  switch (event.entityType) {
    case 'work_package':
      if (event.action === 'transition') return describeTransition(ctx, before, after);
      if (event.action === 'create') {
        return { title: t('packageHistory.created'), lines: ['title', 'leadDepartmentId', 'dueDate'].filter((f) => f in after).map((f) => ({ label: auditFieldLabel(ctx, f), text: formatAuditValue(ctx, f, after[f]) })) };
      }
      return {
        title: t(after.extensionId ? 'packageHistory.extendedDeadline' : after.progressReportId ? 'packageHistory.progressFromReport' : 'packageHistory.updated'),
        lines: diffLines(ctx, event.before, event.after),
      };
    case 'deadline_extension':
      return describeExtension(ctx, event, after);
    case 'progress_report':
      return {
        title: t('packageHistory.progressReport'),
        lines: [
          { label: auditFieldLabel(ctx, 'progress'), text: formatAuditValue(ctx, 'progress', after.progress) },
          { label: t('packageHistory.reportSummary'), text: clip(str(after.summary)) },
          ...(Array.isArray(after.attachments) && after.attachments.length > 0 ? [{ label: t('packageHistory.evidence'), text: t('packageHistory.files', { count: after.attachments.length }) }] : []),
        ],
      };
    case 'work_package_comment':
      return { title: t('packageHistory.comment'), lines: [{ label: t('packageHistory.commentBody'), text: clip(str(after.body)) }] };
    default:
      return { title: `${auditEntityLabel(t, event.entityType)}: ${t(`audit.actions.${event.action}`)}`, lines: diffLines(ctx, event.before, event.after, event.entityType) };
  }
};
