import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { isPostgres, type Trx } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest, conflict, notFound, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import type {
  approveCatalogueBody,
  entryBody,
  entryPatchBody,
  publishCatalogueBody,
} from './decisions.schema.js';
import type { DecisionCatalogueEntriesTable, DecisionCataloguesTable } from './decisions.tables.js';
import { ALWAYS, DECISION_ART as ART, type ChangeKind } from './decisions.vocabulary.js';

// tenancy: a catalogue is the caller's town's; entries and changes are read after their catalogue
// was loaded through scoped()

const CATALOGUE_OWNER = 'decision_catalogue';

type EntryInput = z.infer<typeof entryBody>;

async function lockCatalogue(m: MutationScope, ctx: RequestContext, id: string) {
  let q = scoped(m.trx, ctx.actor!)
    .selectFrom('decisionCatalogues')
    .selectAll()
    .where('decisionCatalogues.id', '=', id);
  if (isPostgres(m.trx)) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('该决策事项目录不存在或不在您的管辖范围内');
  return row;
}

/** Opens the year's catalogue (编制中); one per town and year. */
export async function createCatalogue(deps: Deps, ctx: RequestContext, input: { year: number }) {
  const actor = authorize(ctx, 'decisions.handle');
  assertTownStaff(actor, 'decisions.catalogue.create');
  return mutation(deps, ctx, async (m) => {
    const dup = await scoped(m.trx, actor)
      .selectFrom('decisionCatalogues')
      .select('id')
      .where('orgId', '=', actor.townId!)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (dup) throw conflict(`${input.year}年度决策事项目录已经建立`, 'CATALOGUE_EXISTS');
    const at = m.now.toISOString();
    const row: DecisionCataloguesTable = {
      id: newId(),
      orgId: actor.townId!,
      year: input.year,
      status: 'draft',
      approvedOn: null,
      approvedBy: null,
      publishedOn: null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('decisionCatalogues').values(row).execute();
    await m.audit({
      action: 'decisions.catalogue.created',
      targetType: CATALOGUE_OWNER,
      targetId: row.id,
      orgId: row.orgId,
      basis: ART.catalogue,
      meta: { year: input.year },
    });
    return { id: row.id };
  });
}

/** 履行程序要求 always carries legality review and collective decision, and fair competition when market entities are affected. */
function proceduresOf(input: Pick<EntryInput, 'procedures' | 'affectsMarket'>) {
  const set = new Set([...input.procedures, ...ALWAYS]);
  if (input.affectsMarket) set.add('fair_competition');
  return JSON.stringify([...set]);
}

const snapshot = (e: DecisionCatalogueEntriesTable) =>
  JSON.stringify({
    title: e.title,
    decisionBody: e.decisionBody,
    leadOffice: e.leadOffice,
    partners: e.partners,
    legalBasis: e.legalBasis,
    procedures: JSON.parse(e.procedures) as string[],
    plannedBy: e.plannedBy,
    affectsMarket: e.affectsMarket === 1,
    withdrawn: e.withdrawn === 1,
  });

async function recordChange(
  m: MutationScope,
  ctx: RequestContext,
  c: { catalogueId: string; orgId: string; entryId: string; kind: ChangeKind; reason: string },
  before: DecisionCatalogueEntriesTable | null,
  after: DecisionCatalogueEntriesTable,
  day: string,
) {
  await m.trx
    .insertInto('decisionCatalogueChanges')
    .values({
      id: newId(),
      ...c,
      before: before ? snapshot(before) : null,
      after: snapshot(after),
      changedOn: day,
      changedBy: ctx.actor!.userId,
      createdAt: m.now.toISOString(),
    })
    .execute();
}

/** Needs a reason once the catalogue is approved: every later 新增/调整 is kept in its history. */
function reasonAfterApproval(status: DecisionCataloguesTable['status'], reason?: string) {
  if (status !== 'draft' && !reason?.trim())
    throw ruleViolation(
      '目录经同意后新增或调整事项的，须写明理由（动态调整留痕）',
      'CHANGE_REASON_REQUIRED',
      { basis: ART.catalogue, field: 'reason' },
    );
}

export async function addEntry(
  deps: Deps,
  ctx: RequestContext,
  catalogueId: string,
  input: EntryInput,
) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    const cat = await lockCatalogue(m, ctx, catalogueId);
    assertTownStaff(actor, 'decisions.catalogue.add');
    reasonAfterApproval(cat.status, input.reason);
    const last = await m.trx
      .selectFrom('decisionCatalogueEntries')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('catalogueId', '=', cat.id)
      .executeTakeFirst();
    const at = m.now.toISOString();
    const row: DecisionCatalogueEntriesTable = {
      id: newId(),
      orgId: cat.orgId,
      catalogueId: cat.id,
      seq: Number(last?.seq ?? 0) + 1,
      title: input.title,
      decisionBody: input.decisionBody,
      leadOffice: input.leadOffice,
      partners: input.partners ?? null,
      legalBasis: input.legalBasis,
      procedures: proceduresOf(input),
      plannedBy: input.plannedBy,
      affectsMarket: input.affectsMarket ? 1 : 0,
      withdrawn: 0,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('decisionCatalogueEntries').values(row).execute();
    if (cat.status !== 'draft')
      await recordChange(
        m,
        ctx,
        {
          catalogueId: cat.id,
          orgId: cat.orgId,
          entryId: row.id,
          kind: 'add',
          reason: input.reason!,
        },
        null,
        row,
        today(deps),
      );
    await m.audit({
      action:
        cat.status === 'draft'
          ? 'decisions.catalogue.entry_added'
          : 'decisions.catalogue.entry_appended',
      targetType: CATALOGUE_OWNER,
      targetId: cat.id,
      orgId: cat.orgId,
      basis: ART.catalogue,
      meta: {
        entryId: row.id,
        title: row.title,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    return { id: row.id };
  });
}

async function lockEntry(m: MutationScope, ctx: RequestContext, entryId: string) {
  const entry = await scoped(m.trx, ctx.actor!)
    .selectFrom('decisionCatalogueEntries')
    .selectAll()
    .where('decisionCatalogueEntries.id', '=', entryId)
    .executeTakeFirst();
  if (!entry) throw notFound('该目录事项不存在或不在您的管辖范围内');
  return { entry, cat: await lockCatalogue(m, ctx, entry.catalogueId) };
}

/** 调整: the entry before and after are kept once the catalogue is approved. */
export async function adjustEntry(
  deps: Deps,
  ctx: RequestContext,
  entryId: string,
  input: z.infer<typeof entryPatchBody>,
) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    const { entry, cat } = await lockEntry(m, ctx, entryId);
    assertTownStaff(actor, 'decisions.catalogue.adjust');
    if (entry.withdrawn) throw conflict('该事项已从目录中撤销', 'ENTRY_WITHDRAWN');
    const { reason, procedures, affectsMarket, partners, ...rest } = input;
    const market = affectsMarket ?? entry.affectsMarket === 1;
    const next: DecisionCatalogueEntriesTable = {
      ...entry,
      ...rest,
      partners: partners ?? entry.partners,
      affectsMarket: market ? 1 : 0,
      procedures: proceduresOf({
        procedures: procedures ?? (JSON.parse(entry.procedures) as EntryInput['procedures']),
        affectsMarket: market,
      }),
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .updateTable('decisionCatalogueEntries')
      .set({ ...next, id: undefined })
      .where('id', '=', entry.id)
      .execute();
    if (cat.status !== 'draft')
      await recordChange(
        m,
        ctx,
        { catalogueId: cat.id, orgId: cat.orgId, entryId: entry.id, kind: 'adjust', reason },
        entry,
        next,
        today(deps),
      );
    await m.audit({
      action: 'decisions.catalogue.entry_adjusted',
      targetType: CATALOGUE_OWNER,
      targetId: cat.id,
      orgId: cat.orgId,
      basis: ART.catalogue,
      meta: { entryId: entry.id, reason },
    });
  });
}

/** 撤销 an entry not launched; it stays in the history. */
export async function withdrawEntry(
  deps: Deps,
  ctx: RequestContext,
  entryId: string,
  input: { reason: string },
) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    const { entry, cat } = await lockEntry(m, ctx, entryId);
    assertTownStaff(actor, 'decisions.catalogue.withdraw');
    if (entry.withdrawn) throw conflict('该事项已从目录中撤销', 'ENTRY_WITHDRAWN');
    const launched = await m.trx
      .selectFrom('decisions')
      .select('id')
      .where('entryId', '=', entry.id)
      .executeTakeFirst();
    if (launched)
      throw conflict('该事项已启动决策程序，应按法定程序调整或停止执行', 'ENTRY_LAUNCHED', {
        basis: ART.change,
      });
    const next = { ...entry, withdrawn: 1 as const, updatedAt: m.now.toISOString() };
    await m.trx
      .updateTable('decisionCatalogueEntries')
      .set({ withdrawn: 1, updatedAt: next.updatedAt })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(
      m,
      ctx,
      {
        catalogueId: cat.id,
        orgId: cat.orgId,
        entryId: entry.id,
        kind: 'withdraw',
        reason: input.reason,
      },
      entry,
      next,
      today(deps),
    );
    await m.audit({
      action: 'decisions.catalogue.entry_withdrawn',
      targetType: CATALOGUE_OWNER,
      targetId: cat.id,
      orgId: cat.orgId,
      basis: ART.catalogue,
      meta: { entryId: entry.id, reason: input.reason },
    });
  });
}

const notFuture = (day: string, on: string, what: string) => {
  if (on > day) throw badRequest(`${what}不能晚于今天`);
};

/** 经同级党委同意 (条例 第三条): the catalogue is fixed and may be published. */
export async function approveCatalogue(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof approveCatalogueBody>,
) {
  const actor = authorize(ctx, 'decisions.decide');
  notFuture(today(deps), input.approvedOn, '同意日期');
  return mutation(deps, ctx, async (m) => {
    const cat = await lockCatalogue(m, ctx, id);
    assertTownStaff(actor, 'decisions.catalogue.approve');
    if (cat.status !== 'draft') throw conflict('目录已经同意，无需重复', 'INVALID_STATE');
    const entries = await activeEntries(m.trx, cat.id);
    if (!entries) throw badRequest('目录中还没有事项；本年度无决策事项的也应列明后报同意');
    await m.trx
      .updateTable('decisionCatalogues')
      .set({ status: 'approved', ...input, updatedAt: m.now.toISOString() })
      .where('id', '=', cat.id)
      .execute();
    await m.audit({
      action: 'decisions.catalogue.approved',
      targetType: CATALOGUE_OWNER,
      targetId: cat.id,
      orgId: cat.orgId,
      basis: ART.catalogue,
      changes: { state: { before: '编制中', after: '已经党委同意' } },
      meta: { year: cat.year, entries, approvedBy: input.approvedBy },
    });
  });
}

async function activeEntries(trx: Trx, catalogueId: string) {
  const rows = await trx
    .selectFrom('decisionCatalogueEntries')
    .select('id')
    .where('catalogueId', '=', catalogueId)
    .where('withdrawn', '=', 0)
    .execute();
  return rows.length;
}

/** 公布 on the portal (条例 第三条、宁波条例 第十二条). */
export async function publishCatalogue(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof publishCatalogueBody>,
) {
  const actor = authorize(ctx, 'decisions.handle');
  notFuture(today(deps), input.publishedOn, '公布日期');
  return mutation(deps, ctx, async (m) => {
    const cat = await lockCatalogue(m, ctx, id);
    assertTownStaff(actor, 'decisions.catalogue.publish');
    if (cat.status === 'draft')
      throw ruleViolation('决策事项目录须经同级党委同意后公布', 'CATALOGUE_NOT_APPROVED', {
        basis: ART.catalogue,
      });
    if (cat.status === 'published') throw conflict('目录已经公布', 'INVALID_STATE');
    if (input.publishedOn < cat.approvedOn!)
      throw badRequest('公布日期不能早于同意日期', { field: 'publishedOn' });
    await m.trx
      .updateTable('decisionCatalogues')
      .set({ status: 'published', publishedOn: input.publishedOn, updatedAt: m.now.toISOString() })
      .where('id', '=', cat.id)
      .execute();
    await m.audit({
      action: 'decisions.catalogue.published',
      targetType: CATALOGUE_OWNER,
      targetId: cat.id,
      orgId: cat.orgId,
      basis: ART.catalogue,
      changes: { state: { before: '已经党委同意', after: '已公布' } },
      meta: { year: cat.year, publishedOn: input.publishedOn },
    });
  });
}
