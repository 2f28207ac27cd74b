import type { IndicatorTarget } from './plan-document.types';

export interface FormatTargetOptions {
  /** What a target without a figure reads as; the UI passes its translation. */
  qualitative?: string;
}

const SYMBOL: Record<Exclude<IndicatorTarget['comparator'], 'between' | 'qualitative'>, string> = {
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  approx: '≈',
};

/** 74000 → "74.000", 12.5 → "12,5": dots group thousands and a comma marks decimals, as Vietnamese documents write them. */
export function formatVietnameseNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Rounding to 6 places drops float noise such as 0.1 + 0.2; plan figures never need more.
  const [integer, fraction] = Math.abs(Number(value.toFixed(6))).toString().split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A figure with its unit: "12,5%" and "12,5%/năm" (a percent sign sits on the figure, as Vietnamese documents write it), "11.800 USD". */
export const withUnit = (figure: string, unit: string | null): string => {
  const trimmed = unit?.trim() ?? '';
  if (!trimmed) return figure;
  return trimmed.startsWith('%') ? `${figure}${trimmed}` : `${figure} ${trimmed}`;
};

/** A target as people write it: "> 12,5%", "≥ 11.800 USD", "12,5 – 13%", "≤ 5 hạng"; "Định tính" when it has no figure. */
export function formatTarget(target: Pick<IndicatorTarget, 'comparator' | 'value' | 'max' | 'unit'>, options: FormatTargetOptions = {}): string {
  const qualitative = options.qualitative ?? 'Định tính';
  const { comparator, value, max, unit } = target;
  if (comparator === 'qualitative' || value === null) return qualitative;
  if (comparator === 'between') {
    const range = max === null ? formatVietnameseNumber(value) : `${formatVietnameseNumber(value)} – ${formatVietnameseNumber(max)}`;
    return withUnit(range, unit);
  }
  return withUnit(`${SYMBOL[comparator]} ${formatVietnameseNumber(value)}`, unit);
}

/** A target with its label first when it has one ("Tổng thu: > 74.000 tỷ đồng"), as sheets and reports list them. */
export const formatLabelledTarget = (target: Pick<IndicatorTarget, 'comparator' | 'value' | 'max' | 'unit' | 'label'>, options: FormatTargetOptions = {}): string =>
  target.label ? `${target.label}: ${formatTarget(target, options)}` : formatTarget(target, options);
