import type { Actor } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import { notFound } from '../../../core/errors.js';
import type { DisclosureRequestsTable } from './request.tables.js';

export const SUBJECT_TYPE = 'disclosure_request';

/** The application in the actor's scope, locked for the rest of the transaction on PostgreSQL; 404 otherwise. */
export async function lockRequest(
  trx: Trx,
  actor: Actor,
  id: string,
): Promise<DisclosureRequestsTable> {
  let q = scoped(trx, actor)
    .selectFrom('disclosureRequests')
    .selectAll()
    .where('disclosureRequests.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('政府信息公开申请不存在或不在您的管辖范围内');
  return row as DisclosureRequestsTable;
}

/** The same, for public steps that have already proven the tracking code and phone. */
export async function lockRequestById(trx: Trx, id: string): Promise<DisclosureRequestsTable> {
  // tenancy: public step; the caller proved code + phone for exactly this application
  let q = trx.selectFrom('disclosureRequests').selectAll().where('id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('申请不存在');
  return row;
}

export async function updateRequest(
  trx: Trx,
  id: string,
  patch: Partial<DisclosureRequestsTable>,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('disclosureRequests')
    .set({ ...patch, updatedAt: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

export const documentsOf = (q: Q, requestId: string) =>
  // tenancy: children of an application the caller has already loaded within scope
  q
    .selectFrom('disclosureRequestDocuments')
    .selectAll()
    .where('requestId', '=', requestId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

export const consultationsOf = (q: Q, requestId: string) =>
  // tenancy: children of an application the caller has already loaded within scope
  q
    .selectFrom('disclosureConsultations')
    .selectAll()
    .where('requestId', '=', requestId)
    .orderBy('sentOn')
    .orderBy('id')
    .execute();

export const redactionsOf = (q: Q, requestId: string) =>
  // tenancy: children of an application the caller has already loaded within scope
  q
    .selectFrom('disclosureRedactions')
    .selectAll()
    .where('requestId', '=', requestId)
    .orderBy('createdAt')
    .execute();

/**
 * How many items (件) the same applicant had asked for in the same natural month before this
 * application (109号 按件计收): each earlier application counts its 件数 where one was set (a fee
 * notice), else 1. Scope: applications to this town only (each town is its own administrative body),
 * or to every town on the platform — a per-town setting [U].
 */
export async function earlierThisMonth(
  q: Q,
  req: Pick<DisclosureRequestsTable, 'id' | 'orgId' | 'idNumberIndex' | 'receivedOn' | 'createdAt'>,
  scope: 'town' | 'platform' = 'town',
): Promise<number> {
  if (!req.receivedOn) return 0;
  const month = req.receivedOn.slice(0, 7);
  let query = q
    // tenancy: counts one applicant's applications by their keyed digest; only the number leaves this function
    .selectFrom('disclosureRequests')
    .select((eb) =>
      eb.fn.coalesce(eb.fn.sum<number>(eb.fn.coalesce('feeItems', eb.lit(1))), eb.lit(0)).as('n'),
    )
    .where('idNumberIndex', '=', req.idNumberIndex)
    .where('id', '!=', req.id)
    .where('receivedOn', '>=', `${month}-01`)
    .where((eb) =>
      eb.or([
        eb('receivedOn', '<', req.receivedOn!),
        eb.and([eb('receivedOn', '=', req.receivedOn!), eb('createdAt', '<', req.createdAt)]),
      ]),
    );
  if (scope === 'town') query = query.where('orgId', '=', req.orgId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
