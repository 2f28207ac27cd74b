/** Calendar dates are read and shown in Hà Nội time, whatever the browser's zone: the rules live in @mandate/domain. */
import { formatDateVi, isValidIsoDate, localTimeOf, todayIn } from '@mandate/domain';

const vndFormatter = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const numberFormatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

const toInstant = (value: string | Date | null | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * dd/mm/yyyy. A `YYYY-MM-DD` string is a calendar date and is shown as is (no zone shift);
 * an instant is shown as the date in Hà Nội.
 */
export const formatDate = (value: string | Date | null | undefined): string => {
  if (isValidIsoDate(value)) return formatDateVi(value);
  const date = toInstant(value);
  return date ? formatDateVi(todayIn(date)) : '';
};

/** dd/mm/yyyy HH:mm in Hà Nội time. */
export const formatDateTime = (value: string | Date | null | undefined): string => {
  const date = toInstant(value);
  return date ? `${formatDate(date)} ${localTimeOf(date)}` : '';
};

/** 74.000.000.000 ₫ — dots group thousands, as Vietnamese documents write money. */
export const formatVnd = (amount: number | bigint | null | undefined): string => (amount === null || amount === undefined ? '' : vndFormatter.format(amount));

/** 12,5 — Vietnamese decimal comma. */
export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '' : numberFormatter.format(value));

const billionsFormatter = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 74.000 — an amount in đồng as billions (tỷ), Vietnamese separators; the unit word comes from the locale. */
export const formatBillions = (amount: number | null | undefined): string => (amount === null || amount === undefined ? '' : billionsFormatter.format(amount / 1e9));

/** 41,3% — a percentage with a decimal comma. */
export const formatPercent = (value: number | null | undefined): string => (value === null || value === undefined ? '' : `${billionsFormatter.format(value)}%`);

/** 06/2026 — a `YYYY-MM` month as Vietnamese documents write it. */
export const formatMonth = (month: string | null | undefined): string => (month && /^\d{4}-\d{2}$/.test(month) ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '');

/** 1,5 MB · 12 KB — an attachment's size with a decimal comma; never "0 KB" for a small file. */
export const formatFileSize = (bytes: number): string =>
  bytes >= 1_048_576 ? `${billionsFormatter.format(Math.round((bytes / 1_048_576) * 10) / 10)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
