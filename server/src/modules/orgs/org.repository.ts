import type { Q } from '../../core/db/database.js';
import type { OrgKind, OrgsTable } from '../../core/db/schema.js';
import { newId } from '../../core/ids.js';
import { indexEntry } from '../../core/search/search-index.js';
import { KIND_LABELS } from './org-kinds.js';

export const findOrgByCode = (q: Q, code: string) =>
  q.selectFrom('orgs').selectAll().where('code', '=', code).executeTakeFirst();
export const findOrgById = (q: Q, id: string) =>
  q.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();

/** The orgs an actor sees: the subtree under its scope path. */
export const orgsUnder = (q: Q, scopePath: string) =>
  q
    .selectFrom('orgs')
    .selectAll()
    .where('path', 'like', `${scopePath}%`)
    .orderBy('depth')
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();

/** Inserts an org under `parent` (or as a root), deriving path, depth and town. */
export async function insertOrg(
  q: Q,
  input: {
    code: string;
    name: string;
    kind: OrgKind;
    parent: OrgsTable | null;
    sortOrder?: number;
    now: Date;
  },
): Promise<OrgsTable> {
  const id = newId();
  const at = input.now.toISOString();
  const row: OrgsTable = {
    id,
    parentId: input.parent?.id ?? null,
    code: input.code,
    name: input.name,
    kind: input.kind,
    path: `${input.parent?.path ?? '/'}${id}/`,
    depth: (input.parent?.depth ?? -1) + 1,
    townId: input.kind === 'town' ? id : (input.parent?.townId ?? null),
    sortOrder: input.sortOrder ?? 0,
    active: 1,
    createdAt: at,
    updatedAt: at,
  };
  await q.insertInto('orgs').values(row).execute();
  await indexOrg(q, row, input.parent?.name ?? '', input.now);
  return row;
}

/** Keeps the org findable in global search. */
export async function indexOrg(
  q: Q,
  org: Pick<OrgsTable, 'id' | 'name' | 'code' | 'kind'>,
  parentName: string,
  now: Date,
) {
  await indexEntry(
    q,
    {
      orgId: org.id,
      entityType: 'org',
      entityId: org.id,
      title: org.name,
      body: `${KIND_LABELS[org.kind]} ${parentName} ${org.code}`,
      permission: 'org.read',
      link: `/admin/orgs?focus=${org.id}`,
    },
    now,
  );
}
