import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, perTown, rowsByTown } from '../../core/indicators/by-town.js';
import type { IndicatorProvider, IndicatorSpan } from '../../core/indicators/indicator.js';

// tenancy: every count reads through scoped() and the span's towns (the team's org is the town)

/**
 * The year's figures as teamFigures() counts them for /team/stats (rosterFigures() for F2–F4): the
 * thematic study sessions, the town staff on the team during the year by degree and qualification,
 * and the adviser teams under contract — three queries grouped by town.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const [from, to] = [`${s.year}-01-01`, `${s.year}-12-31`];
  const n = (when: string) => sql<number>`sum(case when ${sql.raw(when)} then 1 else 0 end)`;
  const [sessions, members, advisers] = await Promise.all([
    scoped(q, actor)
      .selectFrom('teamStudySessions')
      .where('orgId', 'in', s.townIds)
      .where('kind', '=', 'thematic')
      .where('heldOn', '>=', from)
      .where('heldOn', '<=', to)
      .groupBy('orgId')
      .select(['orgId as townId', (eb) => eb.fn.countAll<number>().as('n')])
      .execute(),
    scoped(q, actor)
      .selectFrom('teamMembers')
      .where('orgId', 'in', s.townIds)
      .where('townStaff', '=', 1)
      .where('joinedOn', '<=', to)
      .where((eb) => eb.or([eb('leftOn', 'is', null), eb('leftOn', '>=', from)]))
      .groupBy('orgId')
      .select([
        'orgId as townId',
        n(`roles like '%"legal_reviewer"%' and degree = 'master' and law_major = 1`).as('masters'),
        n(`degree = 'bachelor' and law_major = 1`).as('bachelors'),
        n('legal_qualification = 1').as('qualified'),
      ])
      .execute(),
    q
      .selectFrom(
        scoped(q, actor)
          .selectFrom('teamAdviserContracts')
          .where('orgId', 'in', s.townIds)
          .where('startsOn', '<=', to)
          .where('endsOn', '>=', from)
          .select(['orgId', 'firm', 'teamName'])
          .distinct()
          .as('c'),
      )
      .groupBy('c.orgId')
      .select(['c.orgId as townId', (eb) => eb.fn.countAll<number>().as('n')])
      .execute(),
  ]);
  const st = rowsByTown(sessions);
  const m = rowsByTown(members);
  const a = rowsByTown(advisers);
  return perTown(s.townIds, (t) => ({
    'team.thematicStudySessions': countOf(st.get(t)?.n),
    'team.lawMasterReviewers': countOf(m.get(t)?.masters),
    'team.lawBachelorStaff': countOf(m.get(t)?.bachelors),
    'team.qualifiedStaff': countOf(m.get(t)?.qualified),
    'team.adviserTeams': countOf(a.get(t)?.n),
  }));
}

/** F1 专题法治学习会 and F2–F5 the team (degrees, 法律职业资格, adviser teams), as /team/stats counts them. */
export const TEAM_INDICATORS: IndicatorProvider = {
  module: 'team',
  definitions: [
    {
      key: 'team.thematicStudySessions',
      figure: 'F1',
      name: '专题法治学习会',
      definition: '本年度领导班子召开的专题法治学习会次数',
      unit: 'count',
      period: 'year',
    },
    {
      key: 'team.lawMasterReviewers',
      figure: 'F2',
      name: '法学硕士法审员',
      definition: '本年度在队的机关干部中，职责含法审员且最高学位为法学硕士的人数',
      unit: 'count',
      period: 'year',
    },
    {
      key: 'team.lawBachelorStaff',
      figure: 'F3',
      name: '法学学士',
      definition: '本年度在队的机关干部中，最高学位为法学学士的人数',
      unit: 'count',
      period: 'year',
    },
    {
      key: 'team.qualifiedStaff',
      figure: 'F4',
      name: '持法律职业资格证书人员',
      definition: '本年度在队的机关干部中，持有法律职业资格证书的人数',
      unit: 'count',
      period: 'year',
    },
    {
      key: 'team.adviserTeams',
      figure: 'F5',
      name: '法律顾问团队',
      definition: '服务期与本年度有交集的法律顾问合同所涉顾问团队数（按律所和团队去重）',
      unit: 'count',
      period: 'year',
    },
  ],
  compute,
  drillDown: (key, p) =>
    key === 'team.thematicStudySessions'
      ? { api: `/api/v1/team/study-sessions?year=${p.year}`, web: '/team/study' }
      : key === 'team.adviserTeams'
        ? { api: '/api/v1/team/contracts', web: '/team/members' }
        : { api: '/api/v1/team/members', web: '/team/members' },
};
