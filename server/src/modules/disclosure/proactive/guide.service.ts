import { assertTownStaff } from '../../../core/workflow/index.js';
import { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { mutation } from '../../../core/mutation.js';
import { CATEGORIES } from './categories.js';
import type { DisclosureGuidesTable } from './proactive.tables.js';
import { pageTown } from '../../orgs/orgs.public.js';

/** What the town-required message names. */
const RULE = '政府信息公开指南按乡镇编制';

// tenancy: the guide of the actor's own town (or the public portal's town)

const field = (what: string, max = 2000) =>
  z.string().trim().max(max, `${what}不超过 ${max} 字`).describe(what);

/** 政府信息公开指南 (art 12 ¶2): what it must contain. */
export const guideBody = z
  .object({
    classification: field('政府信息的分类（说明）'),
    arrangement: field('编排体系'),
    accessMethods: field('获取方式'),
    officeName: field('政府信息公开工作机构名称', 100),
    address: field('办公地址', 200),
    officeHours: field('办公时间', 200),
    phone: field('联系电话', 60),
    fax: field('传真号码', 60),
    website: field('互联网联系方式（网址）', 200),
    email: field('电子邮箱', 100),
  })
  .strict();
type GuideInput = z.infer<typeof guideBody>;

const EMPTY: GuideInput = {
  classification: '',
  arrangement: '',
  accessMethods: '',
  officeName: '',
  address: '',
  officeHours: '',
  phone: '',
  fax: '',
  website: '',
  email: '',
};
const FIELDS = Object.keys(EMPTY) as (keyof GuideInput)[];

/** The town's guide (empty fields when none was written yet) with the categories of the catalogue. */
export async function readGuide(q: Q, town: { id: string; name: string }) {
  const row = await q
    .selectFrom('disclosureGuides')
    .selectAll()
    .where('orgId', '=', town.id)
    .executeTakeFirst();
  const counts = await q
    .selectFrom('disclosurePublicCounts')
    .select(['category', 'n'])
    .where('townId', '=', town.id)
    .execute();
  const byCat = new Map(counts.map((c) => [c.category, Number(c.n)]));
  return {
    townName: town.name,
    ...(row ? pick(row) : EMPTY),
    updatedAt: row?.updatedAt ?? null,
    categories: CATEGORIES.map((c) => ({
      key: c.key,
      label: c.label,
      text: c.text,
      article: c.article,
      count: byCat.get(c.key) ?? 0,
    })),
    basis: '《政府信息公开条例》第十二条',
  };
}

const pick = (row: DisclosureGuidesTable): GuideInput =>
  Object.fromEntries(FIELDS.map((f) => [f, row[f]])) as GuideInput;

/** Staff view of their town's guide (any town in scope; default the actor's own). */
export async function getGuide(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'disclosure.item.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, orgId, RULE);
  return { ...(await readGuide(q, town)), townId: town.id };
}

/** Art 12 ¶1: the guide is kept up to date; each change is an audit event with the fields changed. */
export async function saveGuide(
  deps: Deps,
  ctx: RequestContext,
  input: GuideInput,
  orgId?: string,
) {
  const actor = authorize(ctx, 'disclosure.guide.manage');
  await mutation(deps, ctx, async (m) => {
    const town = await pageTown(m.trx, actor, orgId, RULE, 'write');
    assertTownStaff(actor, 'configure');
    const before = await m.trx
      .selectFrom('disclosureGuides')
      .selectAll()
      .where('orgId', '=', town.id)
      .executeTakeFirst();
    const row = { ...input, updatedBy: actor.userId, updatedAt: m.now.toISOString() };
    await m.trx
      .insertInto('disclosureGuides')
      .values({ orgId: town.id, ...row })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(row))
      .execute();
    const old = before ? pick(before) : EMPTY;
    const changes = Object.fromEntries(
      FIELDS.filter((f) => old[f] !== input[f]).map((f) => [
        f,
        { before: old[f], after: input[f] },
      ]),
    );
    await m.audit({
      action: 'disclosure.guide.updated',
      targetType: 'disclosure_guide',
      targetId: town.id,
      orgId: town.id,
      changes,
      basis: '《政府信息公开条例》第十二条',
    });
  });
}
