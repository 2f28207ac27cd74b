import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { addDays, MAX_SUPERVISION_CONTENT_LENGTH, SUPERVISION_KINDS, type SupervisionKind, type SupervisionSubjectType, todayIn } from '@mandate/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormActions } from '../../../components/FormActions';
import { formatDate } from '../../../lib/format';
import { departmentQueries } from '../../admin/departments/api/departments.queries';
import { planQueries } from '../../plans/api/plans.queries';
import { workPackageQueries } from '../../work-packages/api/work-package.queries';
import { supervisionQueries } from '../api/supervision.queries';
import { useRaiseSupervision } from '../api/use-supervision-mutations';
import { useSupervisionLabels } from '../labels';
import { SupervisionDateInput } from './SupervisionDateInput';
import { planOptions } from '../../plans/plan-options';

export interface FixedSubject {
  type: SupervisionSubjectType;
  id: string;
  title: string;
  /** The addressee to suggest: the package's lead department, an indicator's responsible one. */
  suggestedAddresseeId?: string | null;
}

/** Subjects the dialog can pick by itself; items and indicators are raised from their own pages (a fixed subject). */
const PICKABLE: SupervisionSubjectType[] = ['work_package', 'plan', 'department'];
const UBND = 'ubnd';

interface RaiseSupervisionDialogProps {
  opened: boolean;
  onClose: () => void;
  subject?: FixedSubject;
}

/** The HĐND raises a request: kind, subject, addressee (a department or the UBND), content and response deadline. */
export function RaiseSupervisionDialog({ opened, onClose, subject }: RaiseSupervisionDialogProps) {
  const { t } = useTranslation();
  const labels = useSupervisionLabels();
  const navigate = useNavigate();
  const raise = useRaiseSupervision();
  const today = todayIn(new Date());
  const [kind, setKind] = useState<SupervisionKind>('chat_van');
  const [type, setType] = useState<SupervisionSubjectType>(subject?.type ?? 'work_package');
  const [subjectId, setSubjectId] = useState<string | null>(subject?.id ?? null);
  const [addressee, setAddressee] = useState<string | null>(subject ? (subject.suggestedAddresseeId ?? UBND) : null);
  const [content, setContent] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const departments = useQuery(departmentQueries.list({ includeInactive: false }));
  const settings = useQuery(supervisionQueries.settings());
  const plans = useQuery({ ...planQueries.list(), enabled: opened && !subject && type === 'plan' });
  const packages = useQuery({ ...workPackageQueries.list({}), enabled: opened && !subject && type === 'work_package' });

  const defaultDue = settings.data ? addDays(today, settings.data[kind]) : null;
  const subjectOptions =
    type === 'work_package'
      ? (packages.data ?? []).map((p) => ({ value: p.id, label: `${p.title}${p.dueDate ? ` (${formatDate(p.dueDate)})` : ''}` }))
      : type === 'plan'
        ? planOptions(plans.data)
        : (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const addresseeOptions = [{ value: UBND, label: t('supervision.ubnd') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))];

  const reset = () => {
    setContent('');
    setDueDate(null);
    setErrors({});
    if (!subject) setSubjectId(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const pickSubject = (id: string | null) => {
    setSubjectId(id);
    // A package's lead department is the natural addressee; anything else goes to the UBND unless chosen.
    const pkg = type === 'work_package' ? packages.data?.find((p) => p.id === id) : undefined;
    if (pkg) setAddressee(pkg.leadDepartmentId);
    else if (type === 'department' && id) setAddressee(id);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!subjectId) problems.subject = t('supervision.form.subjectRequired');
    if (!addressee) problems.addressee = t('supervision.form.addresseeRequired');
    if (content.trim().length === 0) problems.content = t('supervision.form.contentRequired');
    if (dueDate !== null && dueDate < today) problems.dueDate = t('supervision.form.dueDatePast');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !subjectId || !addressee) return;
    raise.mutate(
      { kind, subject: { type, id: subjectId }, addresseeDepartmentId: addressee === UBND ? null : addressee, content: content.trim(), ...(dueDate ? { dueDate } : {}) },
      {
        onSuccess: (request) => {
          close();
          void navigate(`/supervision/${request.id}`);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('supervision.form.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('supervision.form.kind')}
            data={SUPERVISION_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
            value={kind}
            onChange={(value) => value && setKind(value as SupervisionKind)}
            allowDeselect={false}
          />
          {subject ? (
            <div>
              <Text size="sm" fw={500}>
                {labels.subject(subject.type)}
              </Text>
              <Text size="sm">{subject.title}</Text>
            </div>
          ) : (
            <>
              <Select
                label={t('supervision.form.subjectType')}
                data={PICKABLE.map((s) => ({ value: s, label: labels.subject(s) }))}
                value={type}
                onChange={(value) => {
                  if (!value) return;
                  setType(value as SupervisionSubjectType);
                  setSubjectId(null);
                }}
                allowDeselect={false}
              />
              <Select
                label={labels.subject(type)}
                placeholder={t('supervision.form.subjectPlaceholder')}
                data={subjectOptions}
                value={subjectId}
                onChange={pickSubject}
                searchable
                limit={50}
                nothingFoundMessage={t('supervision.form.nothingFound')}
                error={errors.subject}
                required
              />
            </>
          )}
          <Select label={t('supervision.form.addressee')} data={addresseeOptions} value={addressee} onChange={setAddressee} searchable allowDeselect={false} error={errors.addressee} required />
          <Textarea
            label={t('supervision.form.content')}
            required
            autosize
            minRows={4}
            maxLength={MAX_SUPERVISION_CONTENT_LENGTH}
            value={content}
            error={errors.content}
            onChange={(e) => setContent(e.currentTarget.value)}
          />
          <SupervisionDateInput
            label={t('supervision.form.dueDate')}
            description={defaultDue ? t('supervision.form.dueDateDefault', { date: formatDate(defaultDue), days: settings.data?.[kind] }) : undefined}
            value={dueDate}
            onChange={setDueDate}
            error={errors.dueDate}
          />
          <FormActions onCancel={close} submitLabel={t('supervision.form.submit')} loading={raise.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
