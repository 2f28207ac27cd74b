import type { BoardCard, BoardResponse, MovedWorkPackage, TransitionInput, WorkPackageDetail } from '@mandate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, fieldProblemMessage } from '../../../lib/error-message';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { auditKeys } from '../../audit/api/audit.queries';
import { boardKeys } from '../../board/api/board.queries';
import { applyMove, replaceCard } from '../../board/board-moves';
import { deadlineKeys } from '../../deadlines/api/deadlines.queries';
import { useDomainLabels } from '../labels';
import { workPackagesApi } from './work-packages.api';
import { workPackageKeys } from './work-package.queries';

export type MoveVariables = TransitionInput & { id: string };

/** The sentence for a refused move: who may not, someone was quicker, the workflow says no, or what is missing. */
export const transitionErrorMessage = (t: TFunction, error: unknown): string => {
  if (isApiError(error)) {
    if (error.code === 'FORBIDDEN') return t('workPackages.moveErrors.forbidden');
    if (error.code === 'VERSION_CONFLICT') return t('workPackages.moveErrors.conflict');
    if (error.code === 'TRANSITION_NOT_ALLOWED') return t('workPackages.moveErrors.notAllowed');
    if (error.code === 'VALIDATION_FAILED') return t('workPackages.moveErrors.invalid', { message: error.details.map((d) => fieldProblemMessage(t, d)).join(' ') || t('errors.codes.VALIDATION_FAILED') });
  }
  return errorMessage(t, error);
};

type Snapshot = { boards: [readonly unknown[], BoardResponse | undefined][]; detail: WorkPackageDetail | undefined };

/** Moves a package optimistically on every cached board and its page; a refusal puts everything back. */
export const useTransitionWorkPackage = () => {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const labels = useDomainLabels();
  return useMutation<MovedWorkPackage, unknown, MoveVariables, Snapshot>({
    mutationFn: ({ id, ...input }) => workPackagesApi.transition(id, input),
    onMutate: async ({ id, to }) => {
      await Promise.all([queryClient.cancelQueries({ queryKey: boardKeys.all }), queryClient.cancelQueries({ queryKey: workPackageKeys.detail(id), exact: true })]);
      const boards = queryClient.getQueriesData<BoardResponse>({ queryKey: boardKeys.all });
      const detail = queryClient.getQueryData<WorkPackageDetail>(workPackageKeys.detail(id));
      queryClient.setQueriesData<BoardResponse>({ queryKey: boardKeys.all }, (board) => (board ? applyMove(board, id, to) : board));
      if (detail) queryClient.setQueryData<WorkPackageDetail>(workPackageKeys.detail(id), { ...detail, status: to, allowedTransitions: [] });
      return { boards, detail };
    },
    onError: (error, { id }, snapshot) => {
      for (const [key, board] of snapshot?.boards ?? []) queryClient.setQueryData(key, board);
      if (snapshot?.detail) queryClient.setQueryData(workPackageKeys.detail(id), snapshot.detail);
      notifyError(transitionErrorMessage(t, error));
    },
    onSuccess: (pkg) => {
      const card: BoardCard = { id: pkg.id, title: pkg.title, status: pkg.status, category: pkg.category, dueDate: pkg.dueDate, leadDepartmentId: pkg.leadDepartmentId, itemRef: pkg.itemRef, progress: pkg.progress, version: pkg.version };
      queryClient.setQueriesData<BoardResponse>({ queryKey: boardKeys.all }, (board) => (board ? replaceCard(board, card) : board));
      // The answer is the card: the package page keeps the rest until its refetch (onSettled) brings the new abilities.
      queryClient.setQueryData<WorkPackageDetail>(workPackageKeys.detail(pkg.id), (detail) =>
        detail ? { ...detail, ...card, completedOn: pkg.completedOn, allowedTransitions: pkg.allowedTransitions } : detail,
      );
      notifySuccess(t('workPackages.moved', { title: pkg.title, status: labels.status(pkg.status) }));
    },
    // A 409 means the cached board is stale: refetching it is the reload the message promises.
    onSettled: (_data, _error, { id }) =>
      Promise.all(
        [boardKeys.all, workPackageKeys.detail(id), workPackageKeys.lists(), deadlineKeys.all, auditKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
};
