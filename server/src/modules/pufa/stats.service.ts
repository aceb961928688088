import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { pageTown } from '../orgs/orgs.public.js';
import { VILLAGE_LEADERS_BASIS } from './content/village-leaders.service.js';
import { CONTENT_KINDS, type ContentKind } from './pufa.vocabulary.js';
import { quizFigures } from './quiz/quiz.service.js';

// tenancy: quizzes are read through scoped(); their figures are child rows

/**
 * A year's 普法 figures of a town, counted from the records: the quizzes that opened in the year, each
 * with its handed-in attempts, distinct takers and participation rate (takers ÷ target population),
 * and the year's totals.
 */
export async function pufaStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'pufa.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '普法统计按乡镇编制');
  const quizzes = await scoped(q, actor)
    .selectFrom('pufaQuizzes')
    .selectAll()
    .where('orgId', '=', town.id)
    .where('status', '!=', 'draft')
    .where('opensOn', '>=', `${f.year}-01-01`)
    .where('opensOn', '<=', `${f.year}-12-31`)
    .orderBy('opensOn')
    .execute();
  const items = await Promise.all(
    quizzes.map(async (z) => ({
      id: z.id,
      title: z.title,
      opensOn: z.opensOn,
      closesOn: z.closesOn,
      ...(await quizFigures(q, z)),
    })),
  );
  const contents = await scoped(q, actor)
    .selectFrom('pufaContents')
    .select(['kind', 'views', 'participants'])
    .where('orgId', '=', town.id)
    .where('publishedOn', '>=', `${f.year}-01-01`)
    .where('publishedOn', '<=', `${f.year}-12-31`)
    .execute();
  const leaders = await scoped(q, actor)
    .selectFrom('pufaVillageLeaders')
    .innerJoin('orgs', 'orgs.id', 'pufaVillageLeaders.orgId')
    .select(['pufaVillageLeaders.kind', 'pufaVillageLeaders.orgId'])
    .where('orgs.townId', '=', town.id)
    .execute();
  const kinds = Object.keys(CONTENT_KINDS) as ContentKind[];
  return {
    year: f.year,
    town: town.name,
    content: {
      byKind: kinds.map((k) => ({
        kind: k,
        label: CONTENT_KINDS[k],
        published: contents.filter((c) => c.kind === k).length,
      })),
      views: contents.reduce((n, c) => n + c.views, 0),
      participants: contents.reduce((n, c) => n + (c.participants ?? 0), 0),
      definition: '本年度发布到门户的普法内容；阅读数为门户累计阅读，参与人数为直播、活动登记人数',
    },
    villageLeaders: {
      legalUnderstanding: leaders.filter((l) => l.kind === 'legal_understanding').length,
      ruleOfLawLeaders: leaders.filter((l) => l.kind === 'rule_of_law_leader').length,
      villages: new Set(leaders.map((l) => l.orgId)).size,
      basis: VILLAGE_LEADERS_BASIS,
    },
    quizzes: {
      count: items.length,
      attempts: items.reduce((n, i) => n + i.attempts, 0),
      participants: items.reduce((n, i) => n + i.participants, 0),
      items,
    },
  };
}
