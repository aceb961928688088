import type { Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { addContract, addServiceLog } from '../contract.service.js';
import { addMember, addTraining, memberLeaves } from '../member.service.js';
import { addShufa } from '../shufa.service.js';
import { addPlan, addSession } from '../study.service.js';
import { LEADERS, ROSTER, THEMATIC_2024 } from './team-roster.js';

// tenancy: the demo seed runs as the system

/**
 * 桥头镇's legal team and 学法述法 in 2024 through the real services (2024 report: 专题法治学习会6次;
 * 法学硕士的法治审查员1名, 法学学士的机关干部3名, 法律职业资格证的机关干部4名, 专业法律顾问团队2个):
 * the roster, training hours, the two adviser contracts (and the one that ended in 2023), the study
 * plan with its sessions, and the year-end 述法 with the panel's scores.
 */
export const seedTeamDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  if (await deps.db.kysely.selectFrom('teamMembers').select('id').executeTakeFirst()) return;
  const clerk = await actorCtx(deps, 'clerk');
  const ids = new Map<string, string>();
  for (const p of ROSTER) {
    const userId = p.username ? (await actorCtx(deps, p.username)).actor!.userId! : undefined;
    const { id } = await addMember(
      on(deps, p.joinedOn < '2024-01-02' ? '2024-01-02' : p.joinedOn),
      clerk,
      {
        ...(userId ? { userId } : {}),
        name: p.name,
        post: p.post,
        roles: p.roles,
        townStaff: p.townStaff,
        degree: p.degree,
        lawMajor: p.lawMajor,
        legalQualification: !!p.qualificationNo,
        ...(p.qualificationNo ? { qualificationNo: p.qualificationNo } : {}),
        joinedOn: p.joinedOn,
      },
    );
    ids.set(p.name, id);
  }
  await memberLeaves(on(deps, '2024-01-02'), clerk, ids.get('何调解')!, { leftOn: '2023-06-30' });
  for (const name of ['郑窗口', '孔经办'])
    await addTraining(on(deps, '2024-05-10'), clerk, ids.get(name)!, {
      heldOn: '2024-05-10',
      title: '行政执法资格考试考前培训',
      minutes: 8 * 60,
    });
  await addTraining(on(deps, '2024-09-13'), clerk, ids.get('李法审')!, {
    heldOn: '2024-09-13',
    title: '宁波市乡镇合法性审查业务培训',
    minutes: 16 * 60,
  });

  await contracts(deps, clerk);
  await study(deps, clerk);
  const panel = ['县司法局代表', '镇人大代表', '村（社区）书记代表', '群众代表', '法律顾问'];
  for (const [reporter, scores] of [
    ['党委书记', [92, 90, 95, 88, 91]],
    ['镇长', [90, 93, 89, 94, 86]],
  ] as const)
    await addShufa(on(deps, '2024-12-27'), clerk, {
      year: 2024,
      reporter,
      reporterPost:
        reporter === '镇长' ? '镇长（法治建设第一责任人）' : '党委书记（法治建设第一责任人）',
      heldOn: '2024-12-27',
      form: 'on_site',
      summary:
        '述学法用法、重大事项合法性审查、依法行政和法治建设责任落实情况，以及存在的不足和来年打算。',
      scores: scores.map((score, i) => ({ panelist: panel[i]!, score })),
    });
}

async function contracts(deps: Deps, clerk: Awaited<ReturnType<typeof actorCtx>>) {
  const town = (year: number) => ({
    firm: '浙江上林律师事务所',
    teamName: '镇政府法律顾问团队',
    lawyers: ['周律师', '钱律师'],
    scope: '合法性审查、复议应诉会商、重大决策法律论证、镇矛调中心定期坐诊',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  });
  await addContract(on(deps, '2024-01-02'), clerk, town(2023));
  const { id: townTeam } = await addContract(on(deps, '2024-01-02'), clerk, town(2024));
  const { id: business } = await addContract(on(deps, '2024-03-01'), clerk, {
    firm: '慈溪青瓷律师事务所',
    teamName: '企业法律服务团队',
    lawyers: ['吕律师', '施律师'],
    scope: '以购买服务方式为辖区小微企业免费提供法律咨询、合规体检（特色拖鞋产业）',
    startsOn: '2024-03-01',
    endsOn: '2025-02-28',
  });
  const logs = [
    [townTeam, '2024-03-12', 'review', '审查《桥头镇村级工程项目管理办法》草案并出具意见', 120],
    [townTeam, '2024-07-16', 'meeting', '列席行政复议案件会商，分析答复要点', 90],
    [townTeam, '2024-10-08', 'consultation', '镇矛调中心定期坐诊，接待群众咨询', 180],
    [business, '2024-04-18', 'consultation', '为拖鞋生产企业解答劳动合同和商标问题', 150],
    [business, '2024-08-22', 'training', '小微企业合规讲座', 120],
  ] as const;
  for (const [contractId, servedOn, kind, summary, minutes] of logs)
    await addServiceLog(on(deps, servedOn), clerk, contractId, {
      servedOn,
      kind,
      summary,
      minutes,
    });
}

async function study(deps: Deps, clerk: Awaited<ReturnType<typeof actorCtx>>) {
  const { id: planId } = await addPlan(on(deps, '2024-01-15'), clerk, {
    year: 2024,
    title: '2024年领导班子学法课程清单',
    topics: [
      '习近平法治思想',
      '宪法',
      '民法典',
      '行政复议法',
      '行政处罚法',
      '政府信息公开条例',
      '宁波市法治乡村建设促进条例',
    ],
  });
  await addSession(on(deps, '2023-11-21'), clerk, {
    kind: 'thematic',
    heldOn: '2023-11-21',
    title: '《行政复议法》修订草案学习',
    attendees: LEADERS,
    absentees: [],
    materials: ['《行政复议法（修订草案）》'],
  });
  for (const s of THEMATIC_2024)
    await addSession(on(deps, s.heldOn), clerk, {
      planId,
      kind: 'thematic',
      ...s,
      attendees: s.heldOn === '2024-07-23' ? LEADERS.slice(0, -1) : LEADERS,
      absentees: s.heldOn === '2024-07-23' ? ['宣传统战委员（市里培训）'] : [],
    });
  for (const [heldOn, title] of [
    ['2024-03-05', '会前学法：《信访工作条例》'],
    ['2024-06-04', '会前学法：《安全生产法》主要负责人职责'],
    ['2024-08-06', '会前学法：《重大行政决策程序暂行条例》'],
    ['2024-12-03', '会前学法：《消防法》'],
  ] as const)
    await addSession(on(deps, heldOn), clerk, {
      planId,
      kind: 'pre_meeting',
      heldOn,
      title,
      attendees: LEADERS,
      absentees: [],
      materials: [title.replace('会前学法：', '')],
    });
}
