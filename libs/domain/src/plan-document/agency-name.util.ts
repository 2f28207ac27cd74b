import { startsWithAgency } from './agencies.util';
import { foldText, squeezeSpaces } from './text-fold.util';

/** Words that make a heading a sentence about work rather than the name of a body. */
const VERBAL = /(?:^| )(?:tang cuong|day manh|trien khai|xay dung|hoan thien|nang cao|thuc hien|to chuc thuc hien|phat trien|ra soat|tuyen truyen|bao dam|dam bao|can cu|theo doi|phong chong|phong ngua|phong, chong)(?: |,|$)/;
const MAX_AGENCY_NAME = 160;

/** "Sở Tài chính", "Công an tỉnh", "Các sở, ban, ngành, UBND các xã, phường": a heading that names a body. */
export function isAgencyName(text: string): boolean {
  if (text.length > MAX_AGENCY_NAME * 2) return false;
  const folded = squeezeSpaces(foldText(text)).replace(/[:.;\s]+$/, '');
  if (folded.length === 0 || folded.length > MAX_AGENCY_NAME) return false;
  return startsWithAgency(text) && !VERBAL.test(squeezeSpaces(foldText(withoutCapitalizedWords(text))));
}

/**
 * A body's own name capitalises its words ("Sở Xây dựng", "Sở Nông nghiệp và Phát triển nông thôn"); a sentence
 * about work does not ("Sở Tài chính xây dựng kế hoạch"). Capitalised words after the first are left out of the verb test.
 */
function withoutCapitalizedWords(text: string): string {
  return text
    .split(/\s+/u)
    .map((word, index) => (index > 0 && /^\p{Lu}/u.test(word) ? '_' : word))
    .join(' ');
}

/** The agency a heading names ("3. Sở Tài chính:", "1. Công an tỉnh"), or null for a heading that is a sentence. */
export function agencyOfHeading(title: string): string | null {
  const colon = title.indexOf(':');
  if ((colon < 0 ? title.length : colon) > MAX_AGENCY_NAME * 2) return null;
  // "Đối với Ủy ban Mặt trận Tổ quốc tỉnh:" names the body the paragraph is for ("Đối với vùng nuôi tôm" names none);
  // "Đề nghị Liên đoàn Lao động tỉnh" heads the duties the plan asks of a body outside the UBND.
  const name = squeezeSpaces(colon >= 0 ? title.slice(0, colon) : title).replace(/^(?:Đối với|Đề nghị)\s+/iu, '');
  if (colon < 0 && /[.;]$/.test(name)) return null;
  return isAgencyName(name) ? name.replace(/[.;]+$/, '') : null;
}
