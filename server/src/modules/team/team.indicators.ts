import type { IndicatorProvider } from '../../core/indicators/indicator.js';
import { teamFigures } from './stats.service.js';

// tenancy: teamFigures reads through scoped() within the period's town

const count = (numerator: number) => ({ numerator, denominator: null });

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
  compute: async (q, actor, p) => {
    const f = await teamFigures(q, actor, p.townId, p.year);
    return {
      'team.thematicStudySessions': count(f.study.thematicSessions.value),
      'team.lawMasterReviewers': count(f.team.lawMasterReviewers.value),
      'team.lawBachelorStaff': count(f.team.lawBachelors.value),
      'team.qualifiedStaff': count(f.team.legalQualified.value),
      'team.adviserTeams': count(f.team.adviserTeams.value),
    };
  },
  drillDown: (key, p) =>
    key === 'team.thematicStudySessions'
      ? { api: `/api/v1/team/study-sessions?year=${p.year}`, web: '/team/study' }
      : key === 'team.adviserTeams'
        ? { api: '/api/v1/team/contracts', web: '/team/members' }
        : { api: '/api/v1/team/members', web: '/team/members' },
};
