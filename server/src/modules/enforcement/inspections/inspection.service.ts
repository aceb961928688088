import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { attachFile } from '../../../core/files/attach.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { offsetOf } from '../../../core/http/paging.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/index.js';
import { attachmentsOf } from '../../files/files.public.js';
import type { EnforcementInspectionsTable } from './inspections.tables.js';
import {
  CHECKLISTS,
  INSPECTION_ART,
  INSPECTION_KINDS,
  type ChecklistAnswer,
  type InspectionKind,
} from './inspection.vocabulary.js';
import { maskName } from '../../../core/crypto/mask.js';

// tenancy: every read and write starts from scoped() or a record loaded through it

export const INSPECTION_OWNER = 'enforcement_inspection';

interface NewInspection {
  kind: InspectionKind;
  inspectedOn: string;
  subjectName: string;
  subjectAddress?: string | undefined;
  contactPerson?: string | undefined;
  checklist: ChecklistAnswer[];
  departments: string[];
  inspectors: string;
  findings?: string | undefined;
}

/** Staff above the town read a person's name masked (个人信息保护): 张** . */

/** Every item of the kind's checklist answered once, and nothing else (安全生产法 第六十八条: the record). */
function checkAnswers(kind: InspectionKind, answers: ChecklistAnswer[]) {
  const items = Object.keys(CHECKLISTS[kind]);
  const given = answers.map((a) => a.item);
  const missing = items.filter((i) => !given.includes(i));
  const unknown = given.filter((i) => !items.includes(i));
  if (missing.length || unknown.length || new Set(given).size !== given.length)
    throw badRequest(`检查表须逐项填写${INSPECTION_KINDS[kind]}的全部检查项`, {
      field: 'checklist',
      missing,
      unknown,
      basis: INSPECTION_ART.record,
    });
  const failed = answers.find((a) => !a.passed && !a.note?.trim());
  if (failed)
    throw badRequest(`“${CHECKLISTS[kind][failed.item]}”不合格，请写明发现的问题`, {
      field: 'checklist',
      item: failed.item,
    });
}

/** A written inspection record by the town's team; 综合查一次 when other departments took part. */
export async function createInspection(deps: Deps, ctx: RequestContext, input: NewInspection) {
  const actor = authorize(ctx, 'enforcement.inspection.record');
  assertTownStaff(actor, 'enforcement.inspection.create');
  if (input.inspectedOn > today(deps)) throw badRequest('检查日期不能晚于今天');
  checkAnswers(input.kind, input.checklist);
  const departments = [...new Set(input.departments.map((d) => d.trim()).filter(Boolean))];
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const row: EnforcementInspectionsTable = {
      id,
      orgId: actor.orgId,
      townId: actor.townId!,
      kind: input.kind,
      inspectedOn: input.inspectedOn,
      subjectName: input.subjectName,
      subjectAddress: input.subjectAddress ?? null,
      contactPerson: input.contactPerson ?? null,
      checklist: JSON.stringify(input.checklist),
      joint: departments.length ? 1 : 0,
      departments: JSON.stringify(departments),
      inspectors: input.inspectors,
      findings: input.findings ?? null,
      createdBy: actor.userId,
      createdAt: m.now.toISOString(),
    };
    await m.trx.insertInto('enforcementInspections').values(row).execute();
    await m.audit({
      action: 'enforcement.inspection.recorded',
      targetType: INSPECTION_OWNER,
      targetId: id,
      orgId: actor.orgId,
      basis: INSPECTION_ART.record,
      meta: { kind: input.kind, subject: input.subjectName, joint: departments.length > 0 },
    });
    return { id };
  });
}

const loadInspection = async (q: Q, actor: Actor, id: string) => {
  const row = await scoped(q, actor)
    .selectFrom('enforcementInspections')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该检查记录不存在或不在您的管辖范围内');
  return row;
};

/** A photo taken on the spot (uploaded first through the files module) attached to the record. */
export async function attachPhoto(deps: Deps, ctx: RequestContext, id: string, fileId: string) {
  const actor = authorize(ctx, 'enforcement.inspection.record');
  assertTownStaff(actor, 'enforcement.inspection.photo');
  const row = await loadInspection(deps.db.kysely, actor, id);
  return mutation(deps, ctx, (m) =>
    attachFile(m, {
      fileId,
      ownerType: INSPECTION_OWNER,
      ownerId: id,
      orgId: row.orgId,
      by: actor,
    }),
  );
}

function present(r: EnforcementInspectionsTable, actor: Actor) {
  const checklist = JSON.parse(r.checklist) as ChecklistAnswer[];
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: INSPECTION_KINDS[r.kind],
    inspectedOn: r.inspectedOn,
    subjectName: r.subjectName,
    subjectAddress: r.subjectAddress,
    contactPerson:
      actor.townId === null && r.contactPerson !== null
        ? maskName(r.contactPerson)
        : r.contactPerson,
    checklist: checklist.map((a) => ({ ...a, label: CHECKLISTS[r.kind][a.item] ?? a.item })),
    failedItems: checklist.filter((a) => !a.passed).length,
    joint: r.joint === 1,
    departments: JSON.parse(r.departments) as string[],
    inspectors: r.inspectors,
    findings: r.findings,
  };
}

export async function getInspection(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'enforcement.inspection.read');
  const row = await loadInspection(deps.db.kysely, actor, id);
  const photos = await attachmentsOf(deps.db.kysely, INSPECTION_OWNER, [id]);
  return { ...present(row, actor), photos };
}

export async function listInspections(
  deps: Deps,
  ctx: RequestContext,
  f: {
    kind?: InspectionKind | undefined;
    year?: number | undefined;
    page: number;
    pageSize: number;
  },
) {
  const actor = authorize(ctx, 'enforcement.inspection.read');
  let base = scoped(deps.db.kysely, actor).selectFrom('enforcementInspections').selectAll();
  if (f.kind) base = base.where('kind', '=', f.kind);
  if (f.year)
    base = base
      .where('inspectedOn', '>=', `${f.year}-01-01`)
      .where('inspectedOn', '<=', `${f.year}-12-31`);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('inspectedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  return {
    items: rows.map((r) => present(r, actor)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
