import type { NavigationSection } from '@mandate/domain';
import {
  IconBuildingCommunity,
  IconCalendarDue,
  IconChartBar,
  IconCoin,
  IconClipboardList,
  IconEye,
  IconFileImport,
  IconFileSpreadsheet,
  IconGauge,
  IconHistory,
  IconLayoutKanban,
  IconStack2,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** Where each navigation section lives and how it is drawn; which sections a user sees comes from navigationFor. */
export const SECTION_PATHS: Record<NavigationSection, string> = {
  dashboard: '/',
  plans: '/plans',
  import: '/import',
  board: '/board',
  deadlines: '/deadlines',
  indicators: '/indicators',
  disbursement: '/disbursement',
  supervision: '/supervision',
  reports: '/reports',
  audit: '/audit',
  'admin.users': '/admin/users',
  'admin.departments': '/admin/departments',
  'admin.queues': '/admin/queues',
};

export const SECTION_ICONS: Record<NavigationSection, Icon> = {
  dashboard: IconGauge,
  plans: IconClipboardList,
  import: IconFileImport,
  board: IconLayoutKanban,
  deadlines: IconCalendarDue,
  indicators: IconChartBar,
  disbursement: IconCoin,
  supervision: IconEye,
  reports: IconFileSpreadsheet,
  audit: IconHistory,
  'admin.users': IconUsers,
  'admin.departments': IconBuildingCommunity,
  'admin.queues': IconStack2,
};

/** i18n key of a section's title; 'admin.users' nests as nav.admin.users. */
export const sectionTitleKey = (section: NavigationSection): string => `nav.${section}`;
