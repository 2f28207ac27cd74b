import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useAddComment } from '../api/use-work-package-activity';
import { workPackageQueries } from '../api/work-package.queries';

export function CommentsSection({ id, canComment, currentUserId }: { id: string; canComment: boolean; currentUserId: string }) {
  const { t } = useTranslation();
  const comments = useQuery(workPackageQueries.comments(id));
  const add = useAddComment(id);
  const [body, setBody] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim().length === 0) return;
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };

  return (
    <Card withBorder component="section" aria-labelledby="wp-comments">
      <Title order={2} size="h4" id="wp-comments" mb="sm">
        {t('workPackages.comments.title')}
      </Title>
      {comments.isError ? (
        <QueryErrorAlert error={comments.error} onRetry={() => void comments.refetch()} />
      ) : (
        <Stack gap="sm">
          {comments.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('workPackages.comments.empty')}
            </Text>
          )}
          {comments.data?.map((comment) => (
            <div key={comment.id}>
              <Text size="xs" c="dimmed">
                {comment.authorId === currentUserId ? t('workPackages.comments.you') : (comment.authorName || t('workPackages.comments.someone'))} · {formatDateTime(comment.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {comment.body}
              </Text>
            </div>
          ))}
          {canComment && (
            <form onSubmit={submit} noValidate>
              <Stack gap="xs">
                <Textarea label={t('workPackages.comments.new')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
                <Group>
                  <Button type="submit" loading={add.isPending} disabled={body.trim().length === 0}>
                    {t('workPackages.comments.post')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </Card>
  );
}
