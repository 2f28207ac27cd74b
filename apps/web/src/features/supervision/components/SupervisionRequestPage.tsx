import { Anchor, Button, Card, Grid, Group, Skeleton, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { canAnswerSupervision, canRaiseSupervision, MAX_SUPERVISION_CONTENT_LENGTH, type SupervisionMessage, type SupervisionRequestDetail, todayIn } from '@mandate/domain';
import { IconDownload, IconMessage, IconMessageReply, IconRefresh, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EvidenceFileInput } from '../../../components/EvidenceFileInput';
import { QueryErrorPage } from '../../errors/QueryErrorPage';
import { errorMessage } from '../../../lib/error-message';
import { formatDate, formatDateTime, formatFileSize } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useCurrentUser } from '../../auth';
import { downloadSupervisionFile } from '../api/supervision.api';
import { supervisionQueries } from '../api/supervision.queries';
import { useCloseSupervision, useReopenSupervision, useRespondSupervision } from '../api/use-supervision-mutations';
import { useSupervisionLabels } from '../labels';
import { useAddresseeName } from '../use-addressee-name';
import { SupervisionBadges } from './SupervisionBadges';
import { SupervisionDateInput } from './SupervisionDateInput';
import { LabeledValue } from '../../../components/LabeledValue';

const MESSAGE_ICONS = { request: IconMessage, response: IconMessageReply, reopen: IconRefresh, close: IconCircleCheck } as const;

const subjectLink = (request: SupervisionRequestDetail): string | null => {
  switch (request.subject.type) {
    case 'work_package':
      return `/work-packages/${request.subject.id}`;
    case 'plan':
      return `/plans/${request.subject.id}`;
    case 'indicator':
      return '/indicators';
    default:
      return null;
  }
};

function Thread({ request }: { request: SupervisionRequestDetail }) {
  const { t } = useTranslation();
  const download = (message: SupervisionMessage, index: number) => {
    downloadSupervisionFile(request.id, message.attachments[index]).catch((err: unknown) => notifyError(errorMessage(t, err)));
  };
  return (
    <Timeline bulletSize={26} lineWidth={2} active={request.messages.length}>
      {request.messages.map((message) => {
        const Icon = MESSAGE_ICONS[message.type];
        return (
          <Timeline.Item key={message.id} bullet={<Icon size={14} />} title={t(`supervision.thread.${message.type}`, { round: message.round })}>
            <Text size="xs" c="dimmed">
              {message.authorName} · {formatDateTime(message.createdAt)}
              {message.dueDate ? ` · ${t('supervision.thread.deadline', { date: formatDate(message.dueDate) })}` : ''}
            </Text>
            {message.content && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {message.content}
              </Text>
            )}
            {message.attachments.length > 0 && (
              <Group gap="xs" mt="xs">
                {message.attachments.map((file, index) => (
                  <Button key={file.id} size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={() => download(message, index)}>
                    {file.fileName} ({formatFileSize(file.sizeBytes)})
                  </Button>
                ))}
              </Group>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

function AnswerForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const respond = useRespondSupervision(id);
  const [content, setContent] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (content.trim().length === 0) {
      setError(t('supervision.form.contentRequired'));
      return;
    }
    setError(null);
    respond.mutate({ content: content.trim(), files }, { onSuccess: () => (setContent(''), setFiles([])) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('supervision.answer.title')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('supervision.answer.title')}
        </Title>
        <Textarea label={t('supervision.answer.content')} required autosize minRows={4} maxLength={MAX_SUPERVISION_CONTENT_LENGTH} value={content} error={error} onChange={(e) => setContent(e.currentTarget.value)} />
        <EvidenceFileInput label={t('supervision.answer.files')} description={t('workPackages.reports.evidenceHint')} value={files} onChange={setFiles} />
        <Group>
          <Button type="submit" loading={respond.isPending}>
            {t('supervision.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CouncilActions({ request }: { request: SupervisionRequestDetail }) {
  const { t } = useTranslation();
  const reopen = useReopenSupervision(request.id);
  const close = useCloseSupervision(request.id);
  const [content, setContent] = useState('');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = todayIn(new Date());
  const askForMore = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (content.trim().length === 0) problems.content = t('supervision.form.contentRequired');
    if (!dueDate) problems.dueDate = t('supervision.form.dueDateRequired');
    else if (dueDate < today) problems.dueDate = t('supervision.form.dueDatePast');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !dueDate) return;
    reopen.mutate({ content: content.trim(), dueDate }, { onSuccess: () => setContent('') });
  };
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('supervision.council.title')}
      </Title>
      {request.status === 'answered' && (
        <form onSubmit={askForMore} noValidate aria-label={t('supervision.council.askForMore')}>
          <Stack gap="xs">
            <Textarea label={t('supervision.council.moreContent')} required autosize minRows={3} value={content} error={errors.content} onChange={(e) => setContent(e.currentTarget.value)} />
            <SupervisionDateInput label={t('supervision.council.newDueDate')} required value={dueDate} onChange={setDueDate} error={errors.dueDate} />
            <Group>
              <Button type="submit" variant="light" loading={reopen.isPending}>
                {t('supervision.council.askForMore')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Group>
        <Button color="teal" leftSection={<IconCircleCheck size={16} />} loading={close.isPending} onClick={() => close.mutate({})}>
          {t(request.status === 'answered' ? 'supervision.council.accept' : 'supervision.council.withdraw')}
        </Button>
      </Group>
    </Stack>
  );
}

export function SupervisionRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useSupervisionLabels();
  const user = useCurrentUser();
  const addresseeName = useAddresseeName();
  const detail = useQuery(supervisionQueries.detail(id));
  if (detail.isError) return <QueryErrorPage error={detail.error} onRetry={() => void detail.refetch()} back={{ to: '/supervision', label: t('nav.supervision') }} />;
  if (detail.isPending) return <Skeleton h={320} />;
  const request = detail.data;
  const today = todayIn(new Date());
  const link = subjectLink(request);
  const mayAnswer = request.status === 'open' && canAnswerSupervision(user, request);
  const mayDecide = request.status !== 'closed' && canRaiseSupervision(user);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/supervision" size="sm">
        ← {t('supervision.back')}
      </Anchor>
      <Stack gap={6}>
        <Title order={1} size="h3">
          {labels.kind(request.kind)}: {request.subject.title}
        </Title>
        <SupervisionBadges request={request} today={today} />
      </Stack>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder component="section" aria-label={t('supervision.thread.title')}>
            <Thread request={request} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Stack gap="sm">
              <LabeledValue label={labels.subject(request.subject.type)}>
                {link ? (
                  <Anchor component={Link} to={link} size="sm">
                    {request.subject.title}
                  </Anchor>
                ) : (
                  request.subject.title
                )}
              </LabeledValue>
              <LabeledValue label={t('supervision.columns.addressee')}>{addresseeName(request.addresseeDepartmentId)}</LabeledValue>
              <LabeledValue label={t('supervision.raisedBy')}>{request.raisedByName}</LabeledValue>
              <LabeledValue label={t('supervision.columns.dueDate')}>
                {formatDate(request.dueDate)}
                {request.round > 1 && ` · ${t('supervision.round', { round: request.round })}`}
              </LabeledValue>
              {request.answeredOn && <LabeledValue label={t('supervision.answeredOn')}>{formatDate(request.answeredOn)}</LabeledValue>}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      {mayAnswer && (
        <Card withBorder>
          <AnswerForm id={request.id} />
        </Card>
      )}
      {mayDecide && (
        <Card withBorder>
          <CouncilActions request={request} />
        </Card>
      )}
    </Stack>
  );
}
