import type { Actor, RequestContext } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { pageTown } from '../orgs/orgs.public.js';
import { rosterFigures } from './team-figures.js';

// tenancy: every read starts from scoped()

/**
 * A year's 法治队伍 and 学法述法 figures of a town, counted from the records: the 专题法治学习会 (F1),
 * the roster's degrees and qualifications (F2–F4), the adviser teams under contract (F5), and the
 * 会前学法, 述法 and training hours beside them.
 */
export async function teamStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'team.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '法治队伍统计按乡镇编制');
  return { year: f.year, town: town.name, ...(await teamFigures(q, actor, town.id, f.year)) };
}

/** The year's figures of a town the caller was checked to see. */
async function teamFigures(q: Q, actor: Actor, townId: string, year: number) {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const s = scoped(q, actor);
  const [members, sessions, contracts, shufa, training] = await Promise.all([
    s.selectFrom('teamMembers').selectAll().where('orgId', '=', townId).execute(),
    s
      .selectFrom('teamStudySessions')
      .select(['kind'])
      .where('orgId', '=', townId)
      .where('heldOn', '>=', from)
      .where('heldOn', '<=', to)
      .execute(),
    s
      .selectFrom('teamAdviserContracts')
      .select(['firm', 'teamName'])
      .where('orgId', '=', townId)
      .where('startsOn', '<=', to)
      .where('endsOn', '>=', from)
      .execute(),
    s
      .selectFrom('teamShufaReports')
      .select('id')
      .where('orgId', '=', townId)
      .where('year', '=', year)
      .execute(),
    s
      .selectFrom('teamTrainings')
      .select((eb) => eb.fn.sum<number>('minutes').as('minutes'))
      .where('orgId', '=', townId)
      .where('heldOn', '>=', from)
      .where('heldOn', '<=', to)
      .executeTakeFirstOrThrow(),
  ]);
  const count = (kind: string) => sessions.filter((x) => x.kind === kind).length;
  return {
    study: {
      thematicSessions: {
        value: count('thematic'),
        definition: '本年度领导班子召开的专题法治学习会次数',
      },
      preMeetingSessions: { value: count('pre_meeting'), definition: '本年度会前学法次数' },
      shufaReports: { value: shufa.length, definition: '本年度述法（述职述法）人次' },
    },
    team: {
      ...rosterFigures(members, year),
      adviserTeams: {
        value: new Set(contracts.map((c) => `${c.firm}\u0000${c.teamName}`)).size,
        definition: '服务期与本年度有交集的法律顾问合同所涉顾问团队数（按律所和团队去重）',
      },
      trainingHours: {
        value: Math.round((Number(training.minutes ?? 0) / 60) * 10) / 10,
        definition: '本年度队伍成员参加培训的学时合计（小时）',
      },
    },
  };
}
