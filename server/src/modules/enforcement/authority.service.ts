import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { pageTown } from '../orgs/orgs.public.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import { ART, ENFORCEMENT_FIELDS, type EnforcementField } from './enforcement.vocabulary.js';
import { trainingRequirement } from './enforcement-settings.js';
import { trainingHoursOf } from './training/training.service.js';

// tenancy: lists go through scoped(); creates name the actor's own town

const fieldsOf = (json: string) =>
  (JSON.parse(json) as EnforcementField[]).map((k) => ({ key: k, label: ENFORCEMENT_FIELDS[k] }));

async function ownTown(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'enforcement.authority.manage');
  const org = await scoped(deps.db.kysely, actor).assertOrgVisible(actor.orgId);
  if (!org.townId) throw badRequest('委托书和执法证由乡镇登记');
  return { actor, townId: org.townId };
}

const presentEntrustment = (
  e: {
    id: string;
    entrustingBody: string;
    fields: string;
    powers: string;
    documentNo: string | null;
    startsOn: string;
    endsOn: string;
  },
  day: string,
) => ({
  id: e.id,
  entrustingBody: e.entrustingBody,
  fields: fieldsOf(e.fields),
  powers: e.powers,
  documentNo: e.documentNo,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  current: e.startsOn <= day && day <= e.endsOn,
});

/** 行政处罚法 第二十条: the 委托书 (body, scope, powers, period), published on the town's portal. */
export async function createEntrustment(
  deps: Deps,
  ctx: RequestContext,
  input: {
    entrustingBody: string;
    fields: EnforcementField[];
    powers: string;
    documentNo?: string | undefined;
    startsOn: string;
    endsOn: string;
  },
) {
  const { actor, townId } = await ownTown(deps, ctx);
  if (input.endsOn < input.startsOn) throw badRequest('委托期限的结束日期早于开始日期');
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    await m.trx
      .insertInto('enforcementEntrustments')
      .values({
        id,
        orgId: townId,
        entrustingBody: input.entrustingBody,
        fields: JSON.stringify([...new Set(input.fields)]),
        powers: input.powers,
        documentNo: input.documentNo ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: actor.userId,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'enforcement.entrustment.registered',
      targetType: 'enforcement_entrustment',
      targetId: id,
      orgId: townId,
      basis: ART.entrust,
      meta: { entrustingBody: input.entrustingBody, endsOn: input.endsOn },
    });
    return { id };
  });
}

export async function listEntrustments(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const town = await pageTown(deps.db.kysely, actor, orgId, '委托书按乡镇登记');
  const rows = await scoped(deps.db.kysely, actor)
    .selectFrom('enforcementEntrustments')
    .selectAll()
    .where('orgId', '=', town.id)
    .orderBy('startsOn', 'desc')
    .execute();
  return { items: rows.map((e) => presentEntrustment(e, today(deps))) };
}

/** The portal's list: both parties publish the entrustment (行政处罚法 第二十条第二款). */
export async function publicEntrustments(deps: Deps) {
  const town = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('code', '=', deps.config.portalTownCode)
    .executeTakeFirst();
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  const rows = await deps.db.kysely
    .selectFrom('enforcementEntrustments')
    .selectAll()
    .where('orgId', '=', town.id)
    .orderBy('startsOn', 'desc')
    .execute();
  return { town: town.name, items: rows.map((e) => presentEntrustment(e, today(deps))) };
}

/** An officer's 行政执法证 (浙江省综合行政执法条例 第二十八条). */
export async function createCertificate(
  deps: Deps,
  ctx: RequestContext,
  input: {
    userId: string;
    certNo: string;
    fields: EnforcementField[];
    issuedOn: string;
    expiresOn: string;
  },
) {
  const { actor, townId } = await ownTown(deps, ctx);
  const q = deps.db.kysely;
  const user = await scoped(q, actor)
    .selectFrom('users')
    .select('id')
    .where('id', '=', input.userId)
    .where('orgId', 'in', q.selectFrom('orgs').select('id').where('townId', '=', townId))
    .executeTakeFirst();
  if (!user) throw badRequest('持证人须为本镇账号', { field: 'userId' });
  if (input.expiresOn < input.issuedOn) throw badRequest('有效期截止日早于发证日期');
  const dup = await q
    .selectFrom('enforcementCertificates')
    .select('id')
    .where('certNo', '=', input.certNo)
    .executeTakeFirst();
  if (dup) throw conflict('该执法证号已登记', 'CERTIFICATE_EXISTS');
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    await m.trx
      .insertInto('enforcementCertificates')
      .values({
        id,
        orgId: townId,
        userId: input.userId,
        certNo: input.certNo,
        fields: JSON.stringify([...new Set(input.fields)]),
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
        createdBy: actor.userId,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'enforcement.certificate.registered',
      targetType: 'enforcement_certificate',
      targetId: id,
      orgId: townId,
      basis: ART.certificate,
      meta: { certNo: input.certNo, expiresOn: input.expiresOn },
    });
    return { id };
  });
}

export async function listCertificates(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const town = await pageTown(deps.db.kysely, actor, orgId, '执法证按乡镇登记');
  const day = today(deps);
  const rows = await scoped(deps.db.kysely, actor)
    .selectFrom('enforcementCertificates')
    .innerJoin('users', 'users.id', 'enforcementCertificates.userId')
    .select([
      'enforcementCertificates.id',
      'enforcementCertificates.userId',
      'users.displayName as holder',
      'enforcementCertificates.certNo',
      'enforcementCertificates.fields',
      'enforcementCertificates.issuedOn',
      'enforcementCertificates.expiresOn',
    ])
    .where('enforcementCertificates.orgId', '=', town.id)
    .orderBy('enforcementCertificates.expiresOn', 'desc')
    .execute();
  // 浙江省综合行政执法条例 第三十一条: the holder's 学时 this year against the town's requirement.
  const year = Number(day.slice(0, 4));
  const [hours, required] = await Promise.all([
    trainingHoursOf(deps.db.kysely, town.id, year),
    trainingRequirement(deps.db.kysely, town.id),
  ]);
  return {
    trainingYear: year,
    trainingRequired: required,
    items: rows.map((c) => ({
      ...c,
      fields: fieldsOf(c.fields),
      valid: c.issuedOn <= day && day <= c.expiresOn,
      trainingHours: hours.get(c.userId) ?? 0,
      trainingBelow: (hours.get(c.userId) ?? 0) < required,
    })),
  };
}

/** The town's active accounts, to name the holder of a 执法证 being registered. */
export async function listTownStaff(deps: Deps, ctx: RequestContext) {
  const { actor, townId } = await ownTown(deps, ctx);
  const q = deps.db.kysely;
  const items = await scoped(q, actor)
    .selectFrom('users')
    .select(['id', 'displayName', 'username'])
    .where('status', '=', 'active')
    .where('orgId', 'in', q.selectFrom('orgs').select('id').where('townId', '=', townId))
    .orderBy('displayName')
    .execute();
  return { items };
}
