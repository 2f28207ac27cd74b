import { useTranslation } from 'react-i18next';
import { formatBillions } from '../../lib/format';

/** `74.000 tỷ đồng`: amounts in đồng shown in billions, Vietnamese separators in both languages. */
export const useMoney = () => {
  const { t } = useTranslation();
  return (amount: number | null | undefined): string => (amount === null || amount === undefined ? '' : t('disbursement.billions', { value: formatBillions(amount) }));
};
