import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CursorPages {
  /** The cursor to ask the API for (null: the first page). */
  cursor: string | null;
  /** 1-based number of the page shown. */
  page: number;
  back: () => void;
  forward: (nextCursor: string) => void;
}

/**
 * Pages of a list the API walks forward by cursor: the cursors already visited are kept so "Trang trước" steps back,
 * and a new `resetKey` (the filter the list is asked with) starts again at the first page.
 */
export function useCursorPages(resetKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    back: () => setState((s) => (s.cursors.length > 1 ? { ...s, cursors: s.cursors.slice(0, -1) } : s)),
    forward: (nextCursor) => setState((s) => ({ ...s, cursors: [...s.cursors, nextCursor] })),
  };
}

/** "Trang N" with previous / next buttons under a cursor-paged table; `summary` goes before the page number. */
export function CursorPager({ pages, nextCursor, busy = false, summary }: { pages: CursorPages; nextCursor: string | null | undefined; busy?: boolean; summary?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {summary}
        {summary ? ' · ' : null}
        {t('common.pageNumber', { page: pages.page })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} disabled={pages.page <= 1} onClick={pages.back}>
          {t('common.previousPage')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} />}
          disabled={!nextCursor || busy}
          onClick={() => {
            if (nextCursor) pages.forward(nextCursor);
          }}
        >
          {t('common.nextPage')}
        </Button>
      </Group>
    </Group>
  );
}
