import { EntityManager } from 'typeorm';

/** Display names of the given users, so comments, reports and extension requests name people for every reader. */
export const userNames = async (manager: EntityManager, userIds: readonly (string | null)[]): Promise<Map<string, string>> => {
  const ids = [...new Set(userIds.filter((id): id is string => typeof id === 'string'))];
  if (ids.length === 0) return new Map();
  const rows = await manager.query<{ id: string; name: string }[]>(`SELECT id::text AS id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
};
