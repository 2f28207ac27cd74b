import { agencyKey, agencyWords } from './agency-name.util';

/** Several agencies named at once: they are not one department, the importer decides. */
export type AgencyGroup = 'departments' | 'communes' | 'related';

/** How a name found its department: by an admin's alias, its written name, its words in another order, part of its name, or not at all. */
export type AgencyMatchHow = 'alias' | 'name' | 'word-order' | 'partial' | 'group' | 'none';

export interface AgencyMatch {
  /** The agency as the document writes it. */
  name: string;
  departmentId: string | null;
  how: AgencyMatchHow;
  group: AgencyGroup | null;
}

export interface CatalogueDepartment {
  id: string;
  code: string;
  name: string;
}

export interface DepartmentAliasEntry {
  /** agencyKey of the alias as the admin wrote it. */
  key: string;
  departmentId: string;
}

const GROUPS: [RegExp, AgencyGroup][] = [
  [/^(cac )?(uy ban nhan dan|chinh quyen) (cap xa|cac xa|xa|phuong|cac phuong|cac dia phuong|cap huyen|cac huyen|huyen)\b/, 'communes'],
  [/^(phuong|dac khu|thi tran|thi xa|cac dia phuong|dia phuong)( .*)?$/, 'communes'],
  [/^cac (so|ban|nganh|so nganh|so ban nganh|bo|bo nganh)\b/, 'departments'],
  [/^(ban|nganh|ban nganh|so nganh|doan the)( lien quan| dia phuong)?$/, 'departments'],
  [/^(cac )?(don vi|co quan|to chuc|doanh nghiep|dia phuong|co quan don vi)( .*)?(lien quan|co lien quan)$/, 'related'],
  [/^cac (co quan|don vi|doanh nghiep|to chuc|hoi doan the|doan the)( .*)?$/, 'related'],
];

/** Which group a collective name stands for ("các sở, ban, ngành", "UBND cấp xã"), or null for one agency. */
export function agencyGroupOf(name: string): AgencyGroup | null {
  const key = agencyKey(name);
  return GROUPS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/**
 * Finds the catalogue department a written agency name means: an admin's alias first, then the name
 * itself (diacritics, case and abbreviations aside), then the same words in another order, then the
 * one department whose name shares the most words with it; a collective name matches no department.
 */
export function matchAgency(name: string, departments: readonly CatalogueDepartment[], aliases: readonly DepartmentAliasEntry[] = []): AgencyMatch {
  const key = agencyKey(name);
  const found = (departmentId: string | null, how: AgencyMatchHow, group: AgencyGroup | null = null): AgencyMatch => ({ name, departmentId, how, group });
  if (!key) return found(null, 'none');
  const alias = aliases.find((a) => a.key === key);
  if (alias) return found(alias.departmentId, 'alias');
  const group = agencyGroupOf(name);
  if (group) return found(null, 'group', group);
  const keyed = departments.map((d) => ({ id: d.id, key: agencyKey(d.name), code: d.code.toLowerCase() }));
  const byName = keyed.find((d) => d.key === key || d.code === key.replace(/ /g, ''));
  if (byName) return found(byName.id, 'name');
  const words = agencyWords(key);
  const byOrder = keyed.filter((d) => sameWords(agencyWords(d.key), words));
  if (byOrder.length === 1) return found(byOrder[0].id, 'word-order');
  return partialMatch(words, keyed) ?? found(null, 'none');

  function partialMatch(written: string[], catalogue: { id: string; key: string }[]): AgencyMatch | null {
    // Only within the same kind of body ("sở" with "sở"): "Sở Tài chính" is never "Bộ Tài chính".
    const head = key.split(' ')[0];
    const scored = catalogue
      .filter((d) => d.key.split(' ')[0] === head)
      .map((d) => {
        const own = agencyWords(d.key);
        const shared = own.filter((w) => written.includes(w)).length;
        // All of one name's words in the other, or nearly all ("Ngân hàng Nhà nước khu vực XII" for "... chi nhánh khu vực").
        const contained = shared === own.length || shared === written.length || (shared >= 4 && shared >= Math.min(own.length, written.length) - 1);
        return { id: d.id, shared, contained };
      })
      .filter((d) => d.contained && d.shared >= 2);
    if (scored.length === 0) return null;
    const best = Math.max(...scored.map((d) => d.shared));
    const top = scored.filter((d) => d.shared === best);
    return top.length === 1 ? found(top[0].id, 'partial') : null;
  }
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
