import type { RequestContext } from '../../core/authz/actor.js';
import { can } from '../../core/authz/actor.js';
import { authorize, requireActor } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { docNumberTemplateProblem, fillDocNumber } from '../../core/documents/gongwen-format.js';
import { issueNumber } from '../../core/documents/numbering.js';
import { badRequest, forbidden } from '../../core/errors.js';
import { offsetOf } from '../../core/http/paging.js';
import { mutation } from '../../core/mutation.js';
import {
  attachmentsOf,
  countRegister,
  registerPageRows,
  templatesInScope,
  type RegisterFilter,
} from './numbering.repository.js';
import type { TemplateBody } from './numbering.schema.js';

const currentYear = (deps: Deps) => Number(today(deps).slice(0, 4));

/** 文号 templates of the orgs in the actor's scope, with the next number each would give. */
export async function listTemplates(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  if (!can(actor, 'numbering.read') && !can(actor, 'numbering.manage'))
    throw forbidden('您没有查看文号模板的权限');
  const year = currentYear(deps);
  const rows = await templatesInScope(deps.db.kysely, actor, year);
  return rows.map((r) => {
    const lastSeq = Number(r.lastValue ?? 0);
    return {
      orgId: r.orgId,
      orgName: r.orgName,
      kind: r.kind,
      name: r.name,
      template: r.template,
      year,
      lastSeq,
      next: fillDocNumber(r.template, year, lastSeq + 1),
    };
  });
}

/**
 * Creates or changes the template of a kind for an org (default: the actor's town, whose offices share
 * it). The sequence is untouched: changing the wording mid-year continues the count.
 */
export async function saveTemplate(
  deps: Deps,
  ctx: RequestContext,
  kind: string,
  body: TemplateBody,
) {
  const actor = authorize(ctx, 'numbering.manage');
  const problem = docNumberTemplateProblem(body.template);
  if (problem) throw badRequest(problem, { field: 'template' }, 'INVALID_TEMPLATE');
  const q = deps.db.kysely;
  const own = await q
    .selectFrom('orgs')
    .select(['townId'])
    .where('id', '=', actor.orgId)
    .executeTakeFirstOrThrow();
  const org = await scoped(q, actor).assertOrgVisible(body.orgId ?? own.townId ?? actor.orgId);
  await mutation(deps, ctx, async (m) => {
    const before = await m.trx
      .selectFrom('docNumberTemplates')
      .selectAll()
      .where('orgId', '=', org.id)
      .where('kind', '=', kind)
      .executeTakeFirst();
    const row = { orgId: org.id, kind, name: body.name, template: body.template };
    await m.trx
      .insertInto('docNumberTemplates')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['orgId', 'kind']).doUpdateSet({ name: body.name, template: body.template }),
      )
      .execute();
    await m.audit({
      action: before ? 'numbering.template.updated' : 'numbering.template.created',
      targetType: 'doc_number_template',
      targetId: `${org.id}:${kind}`,
      orgId: org.id,
      changes: {
        ...(before?.name !== body.name
          ? { name: { before: before?.name ?? null, after: body.name } }
          : {}),
        ...(before?.template !== body.template
          ? { template: { before: before?.template ?? null, after: body.template } }
          : {}),
      },
    });
  });
  return (await listTemplates(deps, ctx)).find((t) => t.orgId === org.id && t.kind === kind)!;
}

/** 发文登记 for a document drafted outside Fazhi: takes the next number of the actor's template. */
export async function issueForRegister(
  deps: Deps,
  ctx: RequestContext,
  input: { kind: string; title: string },
) {
  const actor = authorize(ctx, 'numbering.issue');
  const year = currentYear(deps);
  return mutation(deps, ctx, async (m) => {
    const issued = await issueNumber(m, {
      orgId: actor.orgId,
      kind: input.kind,
      year,
      title: input.title,
      issuedBy: actor.userId,
    });
    return {
      id: issued.id,
      kind: input.kind,
      year,
      seq: issued.seq,
      text: issued.text,
      title: input.title.trim(),
      orgId: issued.orgId,
      issuedAt: m.now.toISOString(),
    };
  });
}

/** One page of the register with each entry's attachments. */
export async function listRegister(
  deps: Deps,
  ctx: RequestContext,
  f: RegisterFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'numbering.read');
  const q = deps.db.kysely;
  const [rows, total] = await Promise.all([
    registerPageRows(q, actor, f, offsetOf(f), f.pageSize),
    countRegister(q, actor, f),
  ]);
  const files = await attachmentsOf(
    q,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      ...r,
      seq: Number(r.seq),
      year: Number(r.year),
      attachments: files.get(r.id) ?? [],
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
    abilities: {
      issue: can(actor, 'numbering.issue'),
      attach: can(actor, 'numbering.issue'),
      manageTemplates: can(actor, 'numbering.manage'),
    },
  };
}
