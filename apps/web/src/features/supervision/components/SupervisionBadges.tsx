import { Badge, Group } from '@mantine/core';
import { type SupervisionRequest, supervisionAsPackageStatus } from '@mandate/domain';
import { CategoryBadge } from '../../work-packages/components/CategoryBadge';
import { useSupervisionLabels } from '../labels';

const STATUS_COLORS = { open: 'blue', answered: 'teal', closed: 'gray' } as const;

/** The request's state and its timeliness, coloured as package categories are. */
export function SupervisionBadges({ request, today }: { request: Pick<SupervisionRequest, 'status' | 'answeredOn' | 'dueDate' | 'category'>; today: string }) {
  const labels = useSupervisionLabels();
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="default" color={STATUS_COLORS[request.status]} style={{ textTransform: 'none' }}>
        {labels.status(request.status)}
      </Badge>
      <CategoryBadge status={supervisionAsPackageStatus(request.status, request.answeredOn)} dueDate={request.dueDate} category={request.category} today={today} />
    </Group>
  );
}
