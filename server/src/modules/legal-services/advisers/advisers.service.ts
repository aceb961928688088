import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { findOrgByCode, readWithin } from '../../orgs/orgs.public.js';
import { ADVISER_LOG_KINDS, AID_ART, type AdviserLogKind } from '../legal-services.vocabulary.js';
import type { LegalAdviserLogsTable, LegalVillageAdvisersTable } from '../legal-services.tables.js';

// tenancy: staff reads start from scoped(); the portal lists the portal town's villages only

interface AdviserInput {
  villageId: string;
  name: string;
  firm: string;
  phone: string;
  hours: string;
  place: string;
  since: string;
}

const presentAdviser = (a: LegalVillageAdvisersTable, village: string) => ({
  id: a.id,
  villageId: a.orgId,
  village,
  name: a.name,
  firm: a.firm,
  phone: a.phone,
  hours: a.hours,
  place: a.place,
  since: a.since,
  until: a.until,
});

/**
 * 一村一法律顾问: a village's adviser with the hours, place and contact the village publishes
 * (宁波市法治乡村建设促进条例 第二十三条). A new adviser ends the village's previous one the day before.
 */
export async function appointAdviser(deps: Deps, ctx: RequestContext, input: AdviserInput) {
  const actor = authorize(ctx, 'legal_services.adviser.manage');
  // A village outside the caller's subtree is a 404 before the supervision rule says who acts.
  await scoped(deps.db.kysely, actor).assertOrgVisible(input.villageId);
  assertTownStaff(actor, 'legal_services.adviser.appoint');
  if (input.since > today(deps)) throw badRequest('聘任日期不能晚于今天', { field: 'since' });
  return mutation(deps, ctx, async (m) => {
    const village = await scoped(m.trx, actor).assertOrgVisible(input.villageId);
    const org = await m.trx
      .selectFrom('orgs')
      .select(['name', 'kind'])
      .where('id', '=', village.id)
      .executeTakeFirstOrThrow();
    if (org.kind !== 'village' && org.kind !== 'community')
      throw badRequest('法律顾问按村（社区）聘任，请选择村或社区', { field: 'villageId' });
    const at = m.now.toISOString();
    await m.trx
      .updateTable('legalVillageAdvisers')
      .set({ until: input.since, updatedAt: at })
      .where('orgId', '=', village.id)
      .where('until', 'is', null)
      .execute();
    const row: LegalVillageAdvisersTable = {
      id: newId(),
      orgId: village.id,
      name: input.name,
      firm: input.firm,
      phone: input.phone,
      hours: input.hours,
      place: input.place,
      since: input.since,
      until: null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('legalVillageAdvisers').values(row).execute();
    await m.audit({
      action: 'legal_services.adviser.appointed',
      targetType: 'legal_village_adviser',
      targetId: row.id,
      orgId: village.id,
      basis: AID_ART.villageAdviser,
      meta: { name: row.name, firm: row.firm, since: row.since },
    });
    return presentAdviser(row, org.name);
  });
}

/** The current advisers of the villages in scope, with each one's service count this year. */
export async function listAdvisers(deps: Deps, ctx: RequestContext, orgId?: string) {
  authorize(ctx, 'legal_services.adviser.read');
  const q = deps.db.kysely;
  const within = await readWithin(q, ctx, orgId);
  const rows = await scoped(q, within.actor!)
    .selectFrom('legalVillageAdvisers')
    .innerJoin('orgs', 'orgs.id', 'legalVillageAdvisers.orgId')
    .selectAll('legalVillageAdvisers')
    .select('orgs.name as village')
    .where('legalVillageAdvisers.until', 'is', null)
    .orderBy('orgs.code')
    .execute();
  const year = today(deps).slice(0, 4);
  const counts = await scoped(q, within.actor!)
    .selectFrom('legalAdviserLogs')
    .select(['adviserId', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('onDate', '>=', `${year}-01-01`)
    .groupBy(['adviserId', 'kind'])
    .execute();
  return {
    basis: AID_ART.villageAdviser,
    items: rows.map((r) => ({
      ...presentAdviser(r, r.village),
      logs: Object.fromEntries(
        counts.filter((c) => c.adviserId === r.id).map((c) => [c.kind, Number(c.n)]),
      ) as Partial<Record<AdviserLogKind, number>>,
    })),
  };
}

/** The portal's list: each village's adviser with the published hours, place and contact. */
export async function publicAdvisers(deps: Deps) {
  const q = deps.db.kysely;
  const town = await findOrgByCode(q, deps.config.portalTownCode);
  if (!town) throw notFound('本平台尚未开通公共法律服务');
  const rows = await q
    .selectFrom('legalVillageAdvisers')
    .innerJoin('orgs', 'orgs.id', 'legalVillageAdvisers.orgId')
    .selectAll('legalVillageAdvisers')
    .select('orgs.name as village')
    .where('orgs.parentId', '=', town.id)
    .where('legalVillageAdvisers.until', 'is', null)
    .orderBy('orgs.code')
    .execute();
  return {
    town: town.name,
    basis: AID_ART.villageAdviser,
    items: rows.map((r) => presentAdviser(r, r.village)),
  };
}

/** The adviser's service log: meetings attended, opinions given, consultations, talks. */
export async function logAdviserService(
  deps: Deps,
  ctx: RequestContext,
  adviserId: string,
  input: { kind: AdviserLogKind; onDate: string; subject: string; summary: string },
) {
  const actor = authorize(ctx, 'legal_services.adviser.log');
  assertTownStaff(actor, 'legal_services.adviser.log');
  if (input.onDate > today(deps)) throw badRequest('服务日期不能晚于今天', { field: 'onDate' });
  return mutation(deps, ctx, async (m) => {
    const adviser = await scoped(m.trx, actor)
      .selectFrom('legalVillageAdvisers')
      .selectAll()
      .where('id', '=', adviserId)
      .executeTakeFirst();
    if (!adviser) throw notFound('该法律顾问不存在或不在您的管辖范围内');
    if (input.onDate < adviser.since || (adviser.until && input.onDate > adviser.until))
      throw badRequest('服务日期不在该顾问的聘任期内', { field: 'onDate' });
    const row: LegalAdviserLogsTable = {
      id: newId(),
      orgId: adviser.orgId,
      adviserId,
      ...input,
      createdBy: actor.userId,
      createdAt: m.now.toISOString(),
    };
    await m.trx.insertInto('legalAdviserLogs').values(row).execute();
    await m.audit({
      action: 'legal_services.adviser.service_logged',
      targetType: 'legal_village_adviser',
      targetId: adviserId,
      orgId: adviser.orgId,
      basis: input.kind === 'meeting' ? AID_ART.villageAdviser : null,
      meta: { kind: input.kind, onDate: input.onDate },
    });
    return { id: row.id, ...input, kindLabel: ADVISER_LOG_KINDS[row.kind] };
  });
}

export async function adviserLogs(deps: Deps, ctx: RequestContext, adviserId: string) {
  const actor = authorize(ctx, 'legal_services.adviser.read');
  const q = deps.db.kysely;
  const adviser = await scoped(q, actor)
    .selectFrom('legalVillageAdvisers')
    .select('id')
    .where('id', '=', adviserId)
    .executeTakeFirst();
  if (!adviser) throw notFound('该法律顾问不存在或不在您的管辖范围内');
  const rows = await scoped(q, actor)
    .selectFrom('legalAdviserLogs')
    .selectAll()
    .where('adviserId', '=', adviserId)
    .orderBy('onDate', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: ADVISER_LOG_KINDS[r.kind],
      onDate: r.onDate,
      subject: r.subject,
      summary: r.summary,
    })),
  };
}
