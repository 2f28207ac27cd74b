import { SUPERVISION_KIND_LABELS, SUPERVISION_STATUS_LABELS, SUPERVISION_SUBJECT_LABELS, type SupervisionKind, type SupervisionStatus, type SupervisionSubjectType } from '@mandate/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';

/** Kind, status and subject names from the domain (the API's e-mails use the same), in the UI language. */
export const useSupervisionLabels = () => {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return {
    kind: (kind: SupervisionKind): string => SUPERVISION_KIND_LABELS[kind][lang],
    status: (status: SupervisionStatus): string => SUPERVISION_STATUS_LABELS[status][lang],
    subject: (type: SupervisionSubjectType): string => SUPERVISION_SUBJECT_LABELS[type][lang],
  };
};
