import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { commentOpen, COMMENT_PERIOD_BASIS, MIN_COMMENT_DAYS } from './comment-period.js';
import { commentSummary } from './comments.service.js';
import { commentSmsRequired } from './comment-settings.service.js';
import { catalogueView } from './catalogue-read.service.js';
import { DECISION_STATES, type DecisionState } from './decision.workflow.js';
import { ADOPTIONS, DECISION_ART } from './decisions.vocabulary.js';
import { currentDraft } from './draft.repository.js';
import { today } from '../../core/deps.js';

// tenancy: the public portal serves the portal town's published catalogue, its drafts open for comment
// and its published decisions only

const portalTowns = new WeakMap<Deps, { id: string; name: string }>();

/**
 * The town whose portal this deployment serves (FAZHI_PORTAL_TOWN), looked up once per process: towns
 * are never deleted and their division code never changes.
 */
export async function portalTownOf(deps: Deps) {
  const hit = portalTowns.get(deps);
  if (hit) return hit;
  const town = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('code', '=', deps.config.portalTownCode)
    .executeTakeFirst();
  if (!town) throw notFound('本平台尚未设置门户所属乡镇');
  portalTowns.set(deps, town);
  return town;
}

/** States in which a decision shows on the portal: its draft for comment, then the decision itself. */
const PUBLIC_STATES: readonly DecisionState[] = [
  'participation',
  'published',
  'implementing',
  'evaluating',
  'adjusted',
  'stopped',
];
const isPublished = (s: DecisionState) => s !== 'participation';

/** 决策事项目录 as published (条例 第三条、宁波条例 第十二条), with its later changes. */
export async function publicCatalogue(deps: Deps, year: number) {
  const town = await portalTownOf(deps);
  const cat = await deps.db.kysely
    .selectFrom('decisionCatalogues')
    .selectAll()
    .where('orgId', '=', town.id)
    .where('year', '=', year)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!cat) throw notFound(`${year}年度决策事项目录尚未公布`);
  return {
    town: town.name,
    basis: DECISION_ART.catalogue,
    ...(await catalogueView(deps.db.kysely, cat, true)),
  };
}

/** Drafts open for comment and published decisions. */
export async function publicDecisions(deps: Deps) {
  const town = await portalTownOf(deps);
  const day = today(deps);
  const rows = await deps.db.kysely
    .selectFrom('decisions')
    .select(['id', 'title', 'state', 'commentOpensOn', 'commentClosesOn', 'publishedOn'])
    .where('orgId', '=', town.id)
    .where('state', 'in', PUBLIC_STATES)
    .orderBy('updatedAt', 'desc')
    .limit(100)
    .execute();
  return {
    town: town.name,
    items: rows
      .filter((r) => isPublished(r.state) || (r.commentOpensOn !== null && day >= r.commentOpensOn))
      .map((r) => ({
        id: r.id,
        title: r.title,
        status: r.state,
        statusLabel: DECISION_STATES[r.state],
        commentOpensOn: r.commentOpensOn,
        commentClosesOn: r.commentClosesOn,
        commentOpen:
          r.state === 'participation' && commentOpen(r.commentOpensOn, r.commentClosesOn, day),
        publishedOn: r.publishedOn,
      })),
  };
}

/** The draft by article with its published comments and answers; after publication the decision and 采纳情况. */
export async function publicDecision(deps: Deps, id: string) {
  const town = await portalTownOf(deps);
  const q = deps.db.kysely;
  const d = await q
    .selectFrom('decisions')
    .selectAll()
    .where('id', '=', id)
    .where('orgId', '=', town.id)
    .where('state', 'in', PUBLIC_STATES)
    .executeTakeFirst();
  const day = today(deps);
  if (!d || (!isPublished(d.state) && (d.commentOpensOn === null || day < d.commentOpensOn)))
    throw notFound('该决策事项不存在或尚未公开');
  const published = isPublished(d.state);
  const [draft, comments, adoption] = await Promise.all([
    currentDraft(q, d.id),
    q
      .selectFrom('decisionComments')
      .select(['id', 'articleId', 'body', 'name', 'submittedAt', 'adoption', 'answer'])
      .where('decisionId', '=', d.id)
      .where('moderation', '=', 'shown')
      .orderBy('submittedAt')
      .limit(500)
      .execute(),
    published ? commentSummary(q, d.id) : null,
  ]);
  return {
    town: town.name,
    id: d.id,
    title: d.title,
    status: d.state,
    statusLabel: DECISION_STATES[d.state],
    commentOpensOn: d.commentOpensOn,
    commentClosesOn: d.commentClosesOn,
    shortPeriodReason: d.shortPeriodReason,
    commentOpen:
      d.state === 'participation' && commentOpen(d.commentOpensOn, d.commentClosesOn, day),
    commentSmsRequired: await commentSmsRequired(q, town.id),
    commentRule: `公开征求意见的期限一般不少于${MIN_COMMENT_DAYS}日（${COMMENT_PERIOD_BASIS}）`,
    draft,
    comments: comments.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      body: c.body,
      name: c.name ? `${c.name.slice(0, 1)}*` : '匿名',
      submittedOn: c.submittedAt.slice(0, 10),
      adoptionLabel: published && c.adoption ? ADOPTIONS[c.adoption] : null,
      answer: published ? c.answer : null,
    })),
    decision: adoption
      ? {
          decidedOn: d.decidedOn,
          decisionText: d.decisionText,
          publishedOn: d.publishedOn,
          note: d.publicationNote,
          adoption,
          basis: DECISION_ART.publication,
        }
      : null,
  };
}
