import { foldText, squeezeSpaces } from './text-fold.util';

/** How Vietnamese state bodies are named: the head word of the name (folded, without diacritics). */
const AGENCY_HEAD =
  /^(?:cac |nhung )?(?:so|bo|ban|cuc|chi cuc|tong cuc|vu|vien|uy ban(?! thuong vu)|ubnd|hdnd|hoi dong|cong an|bo chi huy|bo doi|van phong|thanh tra|kho bac|bao hiem|ngan hang|toa an|vien kiem sat|mat tran|uy ban mat tran|tinh doan|thanh doan|doan thanh nien|lien doan|hoi|lien minh|dai|bao|trung tam|truong|cac truong|co quan|don vi|doanh nghiep|to chuc|dia phuong|quan khu|bo tu lenh|canh sat|chinh phu|thu tuong|quoc hoi|kiem toan|hoc vien|cong ty|tap doan|tong cong ty|ban quan ly|thuong truc|tong thu ky|chu tich|giam doc|thu truong)(?:[ ,]|$)/;
/** Words that make a heading a sentence about work rather than the name of a body. */
const VERBAL = /(?:^| )(?:tang cuong|day manh|trien khai|xay dung|hoan thien|nang cao|thuc hien|to chuc thuc hien|phat trien|ra soat|tuyen truyen|bao dam|dam bao)(?: |$)/;
const MAX_AGENCY_NAME = 160;

/** "Sở Tài chính", "Công an tỉnh", "Các sở, ban, ngành, UBND các xã, phường": a heading that names a body. */
export function isAgencyName(text: string): boolean {
  const folded = squeezeSpaces(foldText(text)).replace(/[:.;\s]+$/, '');
  if (folded.length === 0 || folded.length > MAX_AGENCY_NAME) return false;
  return AGENCY_HEAD.test(folded) && !VERBAL.test(folded);
}

/** The agency a heading names ("3. Sở Tài chính:", "1. Công an tỉnh"), or null for a heading that is a sentence. */
export function agencyOfHeading(title: string): string | null {
  const colon = title.indexOf(':');
  const name = squeezeSpaces(colon >= 0 ? title.slice(0, colon) : title);
  if (colon < 0 && /[.;]$/.test(name)) return null;
  return isAgencyName(name) ? name.replace(/[.;]+$/, '') : null;
}
