import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { attachmentsOf as filesOf } from '../files/files.public.js';

export interface RegisterFilter {
  kind?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
}

/** 发文登记 entries the actor can see, with the names a reader needs, filtered. */
function registerRows(q: Q, actor: Actor, f: RegisterFilter) {
  let query = scoped(q, actor)
    .selectFrom('docNumbers')
    .innerJoin('orgs', 'orgs.id', 'docNumbers.orgId')
    .leftJoin('users', 'users.id', 'docNumbers.issuedBy')
    .leftJoin('docNumberTemplates', (j) =>
      j
        .onRef('docNumberTemplates.orgId', '=', 'docNumbers.orgId')
        .onRef('docNumberTemplates.kind', '=', 'docNumbers.kind'),
    );
  if (f.kind) query = query.where('docNumbers.kind', '=', f.kind);
  if (f.year) query = query.where('docNumbers.year', '=', f.year);
  if (f.q) {
    const like = `%${f.q}%`;
    query = query.where((eb) =>
      eb.or([eb('docNumbers.title', 'like', like), eb('docNumbers.numberText', 'like', like)]),
    );
  }
  return query;
}

const REGISTER_COLUMNS = [
  'docNumbers.id',
  'docNumbers.orgId',
  'orgs.name as orgName',
  'docNumbers.kind',
  'docNumberTemplates.name as kindName',
  'docNumbers.year',
  'docNumbers.seq',
  'docNumbers.numberText',
  'docNumbers.title',
  'docNumbers.subjectType',
  'docNumbers.subjectId',
  'users.displayName as issuedByName',
  'docNumbers.issuedAt',
] as const;

/** One page (or export batch) of the register, newest first; the id breaks ties so pages never overlap. */
export const registerPageRows = (
  q: Q,
  actor: Actor,
  f: RegisterFilter,
  offset: number,
  limit: number,
) =>
  registerRows(q, actor, f)
    .select(REGISTER_COLUMNS)
    .orderBy('docNumbers.issuedAt', 'desc')
    .orderBy('docNumbers.id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();

export type RegisterRow = Awaited<ReturnType<typeof registerPageRows>>[number];

export async function countRegister(q: Q, actor: Actor, f: RegisterFilter): Promise<number> {
  const row = await registerRows(q, actor, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Files attached to these register entries, grouped by entry. */
export async function attachmentsOf(q: Q, ids: string[]) {
  const byOwner = new Map<string, { id: string; name: string; size: number; mime: string }[]>();
  if (!ids.length) return byOwner;
  // tenancy: attachments of register rows already read through scoped()
  const rows = await filesOf(q, 'doc_number', ids);
  for (const r of rows) {
    const list = byOwner.get(r.ownerId!) ?? [];
    list.push({ id: r.id, name: r.name, size: Number(r.size), mime: r.mime });
    byOwner.set(r.ownerId!, list);
  }
  return byOwner;
}

/** Templates of the orgs the actor sees, with this year's counter. */
export const templatesInScope = (q: Q, actor: Actor, year: number) =>
  scoped(q, actor)
    .selectFrom('docNumberTemplates')
    .innerJoin('orgs', 'orgs.id', 'docNumberTemplates.orgId')
    .leftJoin('docNumberSequences', (j) =>
      j
        .onRef('docNumberSequences.orgId', '=', 'docNumberTemplates.orgId')
        .onRef('docNumberSequences.kind', '=', 'docNumberTemplates.kind')
        .on('docNumberSequences.year', '=', year),
    )
    .select([
      'docNumberTemplates.orgId',
      'orgs.name as orgName',
      'docNumberTemplates.kind',
      'docNumberTemplates.name',
      'docNumberTemplates.template',
      'docNumberSequences.lastValue',
    ])
    .orderBy('orgs.path')
    .orderBy('docNumberTemplates.kind')
    .execute();
