import { foldText, squeezeSpaces } from '../plan-document/text-fold.util';

/** Abbreviations documents use for agency names, keyed by their letters with separators removed. */
const ABBREVIATIONS: Record<string, string> = {
  khcn: 'khoa hoc va cong nghe',
  nnmt: 'nong nghiep va moi truong',
  nnptnt: 'nong nghiep va phat trien nong thon',
  gddt: 'giao duc va dao tao',
  tnmt: 'tai nguyen va moi truong',
  tttt: 'thong tin va truyen thong',
  vhttdl: 'van hoa the thao va du lich',
  vhtt: 'van hoa va the thao',
  khdt: 'ke hoach va dau tu',
  ldtbxh: 'lao dong thuong binh va xa hoi',
  gtvt: 'giao thong van tai',
  dttg: 'dan toc va ton giao',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  dbqh: 'doan dai bieu quoc hoi',
  vp: 'van phong',
  bchqs: 'bo chi huy quan su',
  bql: 'ban quan ly',
  bqlda: 'ban quan ly du an',
  mttq: 'mat tran to quoc',
  bhxh: 'bao hiem xa hoi',
  nhnn: 'ngan hang nha nuoc',
  kbnn: 'kho bac nha nuoc',
  tp: 'thanh pho',
  cds: 'chuyen doi so',
};

/** Words that do not tell two agencies apart when the order of words differs. */
const FILLER = new Set(['va', 'cac', 'co', 'quan']);

/**
 * The form two ways of writing one agency share: no diacritics or case, abbreviations spelled out
 * ("Sở KH&CN" = "Sở Khoa học và Công nghệ"), and a trailing "tỉnh ..." / "thành phố ..." dropped,
 * since every agency in the catalogue is the province's own.
 */
export function agencyKey(name: string): string {
  let folded = foldText(name.normalize('NFC'))
    // "KH & CN", "VH, TT&DL", "LĐ-TB&XH": letters joined by &, - or a comma become one abbreviation.
    .replace(/\b([a-z]{1,4})(?:\s*[&,-]\s*([a-z]{1,4}))(?:\s*[&,-]\s*([a-z]{1,4}))?\b/g, (whole: string, ...parts: (string | undefined)[]) => {
      const letters = parts.slice(0, 3).filter((p): p is string => typeof p === 'string').join('');
      return ABBREVIATIONS[letters] ?? whole;
    });
  folded = folded.replace(/&/g, ' va ').replace(/[^a-z0-9]+/g, ' ');
  const words = squeezeSpaces(folded)
    .split(' ')
    .flatMap((word) => (ABBREVIATIONS[word] ? ABBREVIATIONS[word].split(' ') : [word]))
    .filter(Boolean);
  const joined = words.join(' ');
  const trimmed = joined.replace(/ (tinh|thanh pho)( [a-z]+){0,3}$/, '');
  return trimmed.split(' ').length >= 2 ? trimmed : joined;
}

/** The words of an agency key as a set, without fillers: "Sở Nông nghiệp và Môi trường" = "Sở Môi trường và Nông nghiệp". */
export function agencyWords(key: string): string[] {
  return [...new Set(key.split(' ').filter((w) => w && !FILLER.has(w)))].sort();
}
