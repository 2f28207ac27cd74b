import { Button, Group, Text } from '@mantine/core';
import { findTransition, type WorkPackageDetail, type WorkPackageStatus } from '@mandate/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionWorkPackage } from '../api/use-transition-work-package';
import { CompletionDialog } from './CompletionDialog';
import { TransitionDialog, type TransitionDetails } from './TransitionDialog';

const DANGER = new Set(['cancel', 'return', 'block']);

/** One button per move the API says this user may make now; moves needing words open the dialog first. */
export function WorkPackageActions({ pkg }: { pkg: WorkPackageDetail }) {
  const { t } = useTranslation();
  const move = useTransitionWorkPackage();
  const [pending, setPending] = useState<{ to: WorkPackageStatus; requires: 'reason' | 'report' | 'note' } | null>(null);
  const rules = pkg.allowedTransitions.map((to) => findTransition(pkg.status, to)).filter((rule) => rule !== undefined);
  if (rules.length === 0 && !pkg.abilities.ownCompletionReport) return null;

  const start = (to: WorkPackageStatus) => {
    const rule = findTransition(pkg.status, to);
    // Approval takes an optional note; a completion report has its own dialog with the evidence.
    const requires = rule?.action === 'approve' ? 'note' : (rule?.requires ?? null);
    if (requires) setPending({ to, requires });
    else move.mutate({ id: pkg.id, version: pkg.version, to });
  };

  const confirm = (details: TransitionDetails) => {
    if (!pending) return;
    move.mutate({ id: pkg.id, version: pkg.version, to: pending.to, ...details });
    setPending(null);
  };

  return (
    <>
      <Group gap="xs">
        {pkg.abilities.ownCompletionReport && (
          <Text size="sm" c="dimmed" w="100%">
            {t('completion.ownReport')}
          </Text>
        )}
        {rules.map((rule) => (
          <Button
            key={rule.to}
            size="sm"
            variant={DANGER.has(rule.action) ? 'light' : 'filled'}
            color={rule.action === 'cancel' ? 'red' : rule.action === 'block' || rule.action === 'return' ? 'orange' : undefined}
            loading={move.isPending && move.variables?.to === rule.to}
            disabled={move.isPending}
            onClick={() => start(rule.to)}
          >
            {t(`workPackages.actions.${rule.action}`)}
          </Button>
        ))}
      </Group>
      <TransitionDialog move={pending && pending.requires !== 'report' ? { title: pkg.title, to: pending.to, requires: pending.requires } : null} onSubmit={confirm} onClose={() => setPending(null)} />
      <CompletionDialog target={pending?.requires === 'report' ? { id: pkg.id, title: pkg.title } : null} onSubmit={confirm} onClose={() => setPending(null)} />
    </>
  );
}
