import type { BoardCard, BoardQuery, BoardResponse } from '@mandate/domain';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { buildUrl, getAccessToken, refreshSession } from '../../lib/api-client';
import { boardKeys } from '../board/api/board.queries';
import { applyMove, findCard, replaceCard } from '../board/board-moves';
import { deadlineKeys } from '../deadlines/api/deadlines.queries';
import { workPackageKeys } from '../work-packages/api/work-package.queries';

/** A `package` event of `GET /api/events`: a committed change, with the card as it now is. */
export interface LivePackageEvent {
  type: 'package';
  card: BoardCard & { planId: string | null };
  planIds: string[];
  departmentIds: string[];
}

const RECONNECT_MS = 1000;

/** Splits a server-sent event stream into (event, data) pairs. */
export async function readEventStream(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) onEvent(event, data.join('\n'));
    }
  }
}

/**
 * Applies a change to every cached board: the card moves (counts follow) or is replaced where it is shown. A board
 * that cannot be patched exactly (a new card, or a filter the card may now leave or enter) is refetched instead,
 * which its ETag makes a 304 when the server's revision has not moved for it.
 */
export function applyLiveChange(queryClient: QueryClient, change: LivePackageEvent): void {
  for (const [key, board] of queryClient.getQueriesData<BoardResponse>({ queryKey: boardKeys.boards() })) {
    if (!board) continue;
    const query = (key[2] ?? {}) as BoardQuery;
    if (query.planId && !change.planIds.includes(query.planId)) continue;
    if (query.departmentId && !change.departmentIds.includes(query.departmentId)) continue;
    const shown = findCard(board, change.card.id);
    if (shown && !query.category && !query.q && shown.leadDepartmentId === change.card.leadDepartmentId && shown.itemRef === change.card.itemRef) {
      const { planId: _planId, ...card } = change.card;
      queryClient.setQueryData<BoardResponse>(key, replaceCard(applyMove(board, card.id, card.status), card));
    } else {
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    }
  }
  void queryClient.invalidateQueries({ queryKey: workPackageKeys.detail(change.card.id) });
  void queryClient.invalidateQueries({ queryKey: workPackageKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: deadlineKeys.all });
}

/**
 * One event stream per signed-in tab: moves made by others appear on the board, the package page and the home pages
 * within a second. After a dropped connection every board is refetched (a 304 where nothing changed): the catch-up.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stopped = false;
    let controller: AbortController | null = null;
    let connections = 0;
    const run = async () => {
      while (!stopped) {
        controller = new AbortController();
        try {
          const token = getAccessToken();
          const response = await fetch(buildUrl('/events'), {
            headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
            credentials: 'same-origin',
            signal: controller.signal,
          });
          if (response.status === 401) await refreshSession();
          else if (response.ok && response.body) {
            await readEventStream(response.body, (event, data) => {
              if (event === 'revision') {
                if (connections++ > 0) void queryClient.invalidateQueries({ queryKey: boardKeys.all });
              } else if (event === 'package') {
                applyLiveChange(queryClient, JSON.parse(data) as LivePackageEvent);
              }
            });
          }
        } catch {
          // Dropped or aborted: try again below unless stopped.
        }
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      }
    };
    void run();
    return () => {
      stopped = true;
      controller?.abort();
    };
  }, [queryClient]);
}
