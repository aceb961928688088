import type { WorkCalendar } from '../../../core/calendar/index.js';
import { addDays } from '../../../core/calendar/index.js';
import { BAD_CLAUSES, LAWFUL_VILLAGE_RULES } from '../rules/fixtures/village-rules-samples.js';
import { workday } from './review-demo.dates.js';
import type { DemoCast, DemoItem, Who } from './review-demo.types.js';

/**
 * The rest of 2024: 8 village rules reviewed (three of them first sent back over unlawful clauses),
 * the year's one major decision filed with the county, 2 other items, and a policy draft affecting
 * enterprises that is in county co-review on 20 November.
 */

const RULES_BASES = [
  '《中华人民共和国村民委员会组织法》第二十七条',
  '《宁波市法治乡村建设促进条例》第十四条',
  '《中华人民共和国妇女权益保障法》第五十五条',
];
const clause = (id: string) => BAD_CLAUSES.find((c) => c.ruleIds.includes(id))!.text;

/** A village's rules: the lawful model text, optionally with a few unlawful clauses in place of good ones. */
function villageRules(village: string, bad: readonly string[] = []): string {
  let text = LAWFUL_VILLAGE_RULES.replaceAll('上林湖村', village);
  const swaps: Record<string, [RegExp, string]> = {
    R1: [
      /第二十三条 [^\n]+/,
      `第二十三条 违反本村规民约的，由村民委员会进行批评教育；${clause('R1')}`,
    ],
    R4: [/第十二条 [^\n]+/, `第十二条 ${clause('R4')}`],
    R6: [/第十三条 [^\n]+/, `第十三条 ${clause('R6')}`],
    R13: [/第十四条 [^\n]+/, `第十四条 村民应当履行赡养父母、抚养子女的义务。${clause('R13')}`],
    R15: [/第二十条 [^\n]+/, `第二十条 ${clause('R15')}`],
    R22: [/第十八条 [^\n]+/, `第十八条 ${clause('R22')}`],
  };
  for (const id of bad) text = text.replace(...swaps[id]!);
  return text;
}

const PLAN = `桥头镇农村生活污水治理提升工程（2024—2026年）实施方案

一、总体目标 到2026年底，全镇农村生活污水治理设施标准化运维覆盖率达到100%，出水达标率达到95%以上。
二、实施范围 全镇8个行政村和1个社区，新建及改造终端站点23个、管网18.6公里。
三、资金安排 工程总投资约2860万元，由市级以上补助资金和镇级财政资金共同承担，不向村民摊派。
四、实施步骤 2024年完成项目设计和招标；2025年完成主体工程建设；2026年完成验收并移交运维。
五、保障措施 成立工作专班，依法开展公开招标，实行工程质量终身责任制；征求村民意见，涉及征用土地的依法补偿。`;

const POLICY = `桥头镇促进小微企业高质量发展若干政策（送审稿）

第一条 为推动小微企业园区提档升级，制定本政策。
第二条 对本地注册企业优先安排入园，外地企业须在本镇设立分支机构方可享受本政策。
第三条 对年度纳税额超过500万元的企业，按纳税额的5%给予奖励。
第四条 园区企业的安保、保洁服务由镇指定的供应商统一提供。
第五条 本政策自印发之日起施行，有效期三年。`;

export function demoOthers(cast: DemoCast, cal: WorkCalendar): DemoItem[] {
  const who = (v: { id: string; name: string }): Who =>
    v.id === cast.cadreVillageId ? cast.cadre : { userId: null, name: `${v.name}村委会` };
  const villages = cast.villages.filter((v) => v.name.endsWith('村')).slice(0, 8);
  const badBy: Record<string, readonly string[]> = {
    五姓村: ['R4', 'R1'],
    毛三斢村: ['R6', 'R13'],
    烟墩村: ['R22', 'R15'],
  };
  const rules: DemoItem[] = villages.map((v, i) => {
    const bad = badBy[v.name];
    const submittedOn = workday(cal, '2024-03-04', i * 24);
    const acceptedOn = workday(cal, submittedOn, 1);
    const first = workday(cal, acceptedOn, 4);
    const revisedOn = bad ? workday(cal, first, 5) : undefined;
    const last = revisedOn ? workday(cal, revisedOn, 3) : first;
    const feedbackOn = workday(cal, last, 1);
    const pending = i === villages.length - 1;
    const votedOn = pending ? '2024-11-14' : workday(cal, feedbackOn, 8);
    // 丰潭村 filed fifteen days after its vote: the 10-day period of 宁波条例 art 14 was missed.
    const filedOn = v.name === '丰潭村' ? addDays(votedOn, 15) : workday(cal, votedOn, 3);
    const adults = 1100 + i * 90;
    const lawful = {
      on: last,
      conclusion: 'lawful' as const,
      summary: '经审查，该村规民约内容不违反法律、法规和国家政策，同意提交村民会议表决。',
      bases: RULES_BASES,
    };
    return {
      type: 'village_rules',
      title: `${v.name}村规民约（修订稿）`,
      orgId: v.id,
      orgName: v.name,
      submitter: who(v),
      versions: bad
        ? [
            { text: villageRules(v.name, bad) },
            { text: villageRules(v.name), note: '已删除审查意见指出的违法条款' },
          ]
        : [{ text: villageRules(v.name) }],
      submittedOn,
      acceptedOn,
      opinions: bad
        ? [
            {
              on: first,
              conclusion: 'revise' as const,
              summary:
                '村规民约部分条款侵犯村民人身权利、财产权利和妇女合法权益，请删除后重新报审。',
              bases: RULES_BASES,
              dismiss: ['R24'],
            },
            lawful,
          ]
        : [lawful],
      ...(revisedOn ? { revisedOn } : {}),
      feedback: { on: feedbackOn, adoption: 'adopted' as const },
      decision: {
        on: votedOn,
        kind: 'voted' as const,
        by: who(v),
        meeting: `${v.name}村民会议`,
        vote: {
          body: 'villagers_assembly' as const,
          entitled: adults,
          present: Math.round(adults * 0.62),
          votesFor: Math.round(adults * 0.58),
          date: votedOn,
        },
      },
      ...(pending
        ? {}
        : {
            filing: { on: filedOn, target: 'town' as const },
            archivedOn: workday(cal, filedOn, 2),
          }),
    };
  });

  const nyncb = cast.offices.nyncb;
  const zfd = cast.offices.zfd;
  const jjfzb = cast.offices.jjfzb;
  const done = (
    o: {
      on: string;
      conclusion: 'lawful' | 'lawful_with_suggestions';
      summary: string;
      bases: string[];
    },
    decided: string,
    kind: 'discussed' | 'published',
    by: Who,
    meeting: string,
  ): Partial<DemoItem> => ({
    opinions: [o],
    feedback: { on: workday(cal, o.on, 1), adoption: 'adopted' },
    decision: { on: decided, kind, by, meeting },
    archivedOn: workday(cal, decided, 5),
  });
  return [
    ...rules,
    {
      type: 'major_decision',
      title: '桥头镇农村生活污水治理提升工程（2024—2026年）实施方案',
      orgId: nyncb.id,
      orgName: nyncb.name,
      submitter: cast.clerk,
      versions: [{ text: PLAN, fields: { plannedDecisionDate: '2024-05-28' } }],
      submittedOn: '2024-05-06',
      acceptedOn: '2024-05-06',
      adviser: {
        on: '2024-05-10',
        text: '方案已履行公众参与和专家论证程序，资金来源不涉及向村民摊派，建议明确征用土地的补偿标准和程序。',
      },
      opinions: [
        {
          on: '2024-05-14',
          conclusion: 'lawful_with_suggestions',
          summary:
            '决策事项属本镇权限，程序完备，原则同意提交镇党政班子会议讨论，建议补充土地征用补偿程序。',
          bases: [
            '《重大行政决策程序暂行条例》第二十五条至第二十八条',
            '《中华人民共和国土地管理法》第四十七条',
          ],
        },
      ],
      feedback: { on: '2024-05-16', adoption: 'adopted' },
      decision: {
        on: '2024-05-28',
        kind: 'discussed',
        by: cast.head,
        meeting: '镇党政班子会议（2024年第9次）',
      },
      filing: { on: '2024-06-04', target: 'county' },
      archivedOn: '2024-06-12',
    },
    {
      type: 'other',
      title: '桥头镇“三清一促”专项行动实施方案',
      orgId: nyncb.id,
      orgName: nyncb.name,
      submitter: cast.clerk,
      versions: [
        {
          text: '桥头镇“三清一促”专项行动实施方案\n一、清理村级合同：对全镇村级合同逐份开展合法性审查。\n二、清收历史欠款。\n三、清查集体资产。\n四、促进村集体经济增收。',
        },
      ],
      submittedOn: '2024-03-14',
      acceptedOn: '2024-03-14',
      ...done(
        {
          on: '2024-03-20',
          conclusion: 'lawful',
          summary: '经审查，方案不违反法律、法规规定，同意印发。',
          bases: ['《浙江省农村集体资产管理条例》'],
        },
        '2024-03-26',
        'published',
        cast.deputy,
        '镇党政班子会议（2024年第5次）',
      ),
    },
    {
      type: 'other',
      title: '桥头镇安全生产和消防安全委托执法工作规程',
      orgId: zfd.id,
      orgName: zfd.name,
      submitter: cast.clerk,
      versions: [
        {
          text: '桥头镇安全生产和消防安全委托执法工作规程\n第一条 根据委托执法协议，镇综合行政执法队以委托机关名义实施行政处罚。\n第二条 执法人员应当持证上岗，两人以上执法。',
        },
      ],
      submittedOn: '2024-07-01',
      acceptedOn: '2024-07-02',
      ...done(
        {
          on: '2024-07-09',
          conclusion: 'lawful_with_suggestions',
          summary: '原则同意，建议明确以委托机关名义作出决定并告知复议机关。',
          bases: ['《中华人民共和国行政处罚法》第二十条'],
        },
        '2024-07-16',
        'discussed',
        cast.deputy,
        '镇党政班子会议（2024年第12次）',
      ),
    },
    {
      type: 'normative_doc',
      title: '桥头镇促进小微企业高质量发展若干政策（送审稿）',
      orgId: jjfzb.id,
      orgName: jjfzb.name,
      affectsMarket: true,
      submitter: cast.clerk,
      versions: [{ text: POLICY }],
      submittedOn: '2024-11-08',
      acceptedOn: '2024-11-11',
      coReview: {
        on: '2024-11-15',
        reason: '政策含按纳税额奖励、本地企业优先等内容，请县级合法性审查中心协助审查公平竞争问题',
      },
    },
  ];
}
