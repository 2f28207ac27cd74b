import { Button, Group } from '@mantine/core';
import { findTransition, type WorkPackageDetail, type WorkPackageStatus } from '@mandate/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransitionWorkPackage } from '../api/use-transition-work-package';
import { TransitionDialog, type TransitionDetails } from './TransitionDialog';

const DANGER = new Set(['cancel', 'return', 'block']);

/** One button per move the API says this user may make now; moves needing words open the dialog first. */
export function WorkPackageActions({ pkg }: { pkg: WorkPackageDetail }) {
  const { t } = useTranslation();
  const move = useTransitionWorkPackage();
  const [pending, setPending] = useState<{ to: WorkPackageStatus; requires: 'reason' | 'report' } | null>(null);
  const rules = pkg.allowedTransitions.map((to) => findTransition(pkg.status, to)).filter((rule) => rule !== undefined);
  if (rules.length === 0) return null;

  const start = (to: WorkPackageStatus) => {
    const requires = findTransition(pkg.status, to)?.requires ?? null;
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
      <TransitionDialog move={pending ? { title: pkg.title, ...pending } : null} onSubmit={confirm} onClose={() => setPending(null)} />
    </>
  );
}
