import { DEADLINE_CATEGORY_LABELS, type DeadlineCategory, WORK_PACKAGE_STATUS_LABELS, type WorkPackageStatus } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';

/** Status and category names come from the domain (one source for web, API and exports), in the UI language. */
export const useDomainLabels = () => {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return {
    status: (status: WorkPackageStatus): string => WORK_PACKAGE_STATUS_LABELS[status][lang],
    category: (category: DeadlineCategory): string => DEADLINE_CATEGORY_LABELS[category][lang],
  };
};
