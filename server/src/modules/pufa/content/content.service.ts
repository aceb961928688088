import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { today, type Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { assertTownStaff } from '../../../core/workflow/level.js';
import type { PufaContentsTable } from '../pufa.tables.js';
import { AUDIENCES, CONTENT_KINDS, CONTENT_STATES } from '../pufa.vocabulary.js';
import { contentAbilities, contentStep } from './content.step.js';
import type {
  contentBody,
  contentListQuery,
  participantsBody,
  publishBody,
  withdrawBody,
} from './content.schema.js';

// tenancy: every read starts from scoped(); publish and withdraw load the piece through the kernel (content.step.ts)

/** The town's 普法 brand (2024 report: 桥尚法), printed on every piece. */
const TOWN_BRAND = '桥尚法';

export const presentContent = (r: PufaContentsTable) => ({
  id: r.id,
  kind: r.kind,
  kindLabel: CONTENT_KINDS[r.kind],
  brand: r.brand,
  title: r.title,
  topic: r.topic,
  audience: r.audience,
  audienceLabel: AUDIENCES[r.audience],
  department: r.department,
  body: r.body,
  mediaUrl: r.mediaUrl,
  eventOn: r.eventOn,
  publishedOn: r.publishedOn,
  state: r.state,
  stateLabel: CONTENT_STATES[r.state],
  withdrawnOn: r.withdrawnOn,
  withdrawalReason: r.withdrawalReason,
  views: r.views,
  participants: r.participants,
});

/** Writes a piece (not yet on the portal). */
export async function createContent(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof contentBody>,
) {
  const actor = authorize(ctx, 'pufa.manage');
  assertTownStaff(actor, 'pufa.content.create');
  const at = deps.time.now().toISOString();
  const row: PufaContentsTable = {
    id: newId(),
    orgId: actor.townId!,
    kind: input.kind,
    brand: TOWN_BRAND,
    title: input.title,
    topic: input.topic,
    audience: input.audience,
    department: input.department,
    body: input.body,
    mediaUrl: input.mediaUrl ?? null,
    eventOn: input.eventOn ?? null,
    publishedOn: null,
    state: 'draft',
    withdrawnOn: null,
    withdrawalReason: null,
    views: 0,
    participants: null,
    createdAt: at,
    updatedAt: at,
  };
  await mutation(deps, ctx, async (m) => {
    await m.trx.insertInto('pufaContents').values(row).execute();
    await m.audit({
      action: 'pufa.content.created',
      orgId: row.orgId,
      targetType: 'pufa_content',
      targetId: row.id,
      meta: { kind: row.kind, title: row.title },
    });
  });
  return presentContent(row);
}

/** Puts a piece on the portal (once; see content.workflow.ts). */
export async function publishContent(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof publishBody>,
) {
  await contentStep(deps, ctx, id, 'publish', async () => ({
    patch: { publishedOn: input.publishedOn },
    changes: { publishedOn: { before: null, after: input.publishedOn } },
  }));
  return getContent(deps, ctx, id);
}

/** Takes a piece off the portal for good, with the reason; it stays on record and in the year's count. */
export async function withdrawContent(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof withdrawBody>,
) {
  await contentStep(deps, ctx, id, 'withdraw', async (s) => ({
    patch: { withdrawnOn: s.today, withdrawalReason: input.reason },
    note: input.reason,
  }));
  return getContent(deps, ctx, id);
}

/** One piece with the caller's buttons and the steps a guard refuses now. */
export async function getContent(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const row = await scoped(q, actor).getById('pufaContents', id);
  const ab = await contentAbilities(q, actor, row, today(deps));
  return { ...presentContent(row), abilities: ab.open, blocked: ab.blocked };
}

/** A livestream's (or an offline event's) participants, entered after it. */
export async function recordParticipants(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof participantsBody>,
) {
  const actor = authorize(ctx, 'pufa.manage');
  const row = await scoped(deps.db.kysely, actor).getById('pufaContents', id);
  assertTownStaff(actor, 'pufa.content.participants');
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .updateTable('pufaContents')
      .set({ participants: input.participants, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    await m.audit({
      action: 'pufa.content.participants_recorded',
      orgId: row.orgId,
      targetType: 'pufa_content',
      targetId: id,
      changes: { participants: { before: row.participants, after: input.participants } },
    });
  });
  return presentContent({ ...row, participants: input.participants });
}

export async function listContents(
  deps: Deps,
  ctx: RequestContext,
  f: z.infer<typeof contentListQuery>,
) {
  const actor = authorize(ctx, 'pufa.read');
  let base = scoped(deps.db.kysely, actor).selectFrom('pufaContents').selectAll();
  if (f.kind) base = base.where('kind', '=', f.kind);
  if (f.audience) base = base.where('audience', '=', f.audience);
  if (f.topic) base = base.where('topic', '=', f.topic);
  const rows = await base.orderBy('createdAt', 'desc').limit(500).execute();
  return { items: rows.map(presentContent) };
}
