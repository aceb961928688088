import { describe, expect, it } from 'vitest';
import { preReview } from './engine.js';
import {
  FCR_EXCEPTION_CONDITIONS,
  FCR_EXCEPTIONS,
  FCR_STANDARDS,
} from './fair-competition-checklist.js';
import type { FairCompetitionFields } from './fields.js';
import {
  BAD_MEASURE,
  BAD_MEASURE_CLAUSES,
  LAWFUL_MEASURE,
} from './fixtures/fair-competition-samples.js';

/** For every flag: drafting seen in township measures that must fire, lawful wording with the same words that must not. */
const CASES: { id: string; fires: string[]; quiet: string[] }[] = [
  {
    id: 'F8.1',
    fires: ['进入本镇工业园区的企业，须经镇政府审批同意后方可入驻。'],
    quiet: [
      '依法须经批准的项目，经相关部门批准后方可开展经营活动。',
      '企业入驻园区应当遵守安全生产和环境保护规定。',
    ],
  },
  {
    id: 'F8.2',
    fires: [
      '授予某某环卫公司本镇生活垃圾清运独家经营权。',
      '由镇供水公司唯一供应单位负责管网安装。',
    ],
    quiet: ['污水处理特许经营依法通过公开招标方式选择经营者。', '不得授予任何企业独家经营权。'],
  },
  {
    id: 'F8.3',
    fires: ['村民建房须使用镇政府指定企业生产的建材。', '本镇农村公路养护单位从入围名单中选取。'],
    quiet: [
      '生活垃圾应当投放到指定地点。',
      '不得指定供应商，由村民自主选择。',
      '镇政府指定专人负责政策咨询。',
    ],
  },
  {
    id: 'F8.4',
    fires: ['申报企业注册资本不低于5000万元。', '同等条件下本地企业优先。'],
    quiet: ['申报企业应当依法登记、诚信经营。', '不得设置本地企业优先等歧视性条件。'],
  },
  {
    id: 'F9.1',
    fires: ['学校食堂只能采购本镇生产的农产品。', '外地生产的砂石不得进入本镇销售。'],
    quiet: ['鼓励学校食堂采购绿色优质农产品。', '不得限制外地商品进入本镇市场。'],
  },
  {
    id: 'F9.2',
    fires: ['外地企业须在本镇设立分公司方可承接本镇项目。', '享受扶持的企业须将税收关系落户本镇。'],
    quiet: ['欢迎各类企业来本镇投资兴业。', '不得要求外地企业在本地设立分支机构。'],
  },
  {
    id: 'F9.3',
    fires: ['政府采购项目同等条件下本地企业优先。', '村级工程招标对本地企业加2分。'],
    quiet: ['政府采购项目对各类供应商一视同仁。', '不得在招标中设置本地企业优先条款。'],
  },
  {
    id: 'F9.4',
    fires: ['外地企业参加投标须额外缴纳投标保证金。', '外地企业不享受本办法规定的物流补贴。'],
    quiet: ['投标保证金不得超过招标项目估算价的百分之二。', '补贴标准对所有企业统一适用。'],
  },
  {
    id: 'F9.5',
    fires: ['外地企业进入本镇经营的，另行开展专项检查。', '外地企业须取得本市颁发的备案证明。'],
    quiet: ['对各类市场主体实行双随机一公开监管。', '不得对外地企业设置歧视性监管要求。'],
  },
  {
    id: 'F10.1',
    fires: ['对入驻企业按地方留成部分的50%给予税收返还。', '对总部企业实行先征后返。'],
    quiet: ['企业依法享受国家规定的税收优惠政策。', '不得给予特定企业税收返还。'],
  },
  {
    id: 'F10.2',
    fires: ['对新引进企业按其年纳税额的30%给予奖励。', '重点项目实行一事一议补贴。'],
    quiet: [
      '对符合条件的企业，按照公开、统一的标准给予技术改造补助。',
      '不得按纳税额给予企业奖励。',
    ],
  },
  {
    id: 'F10.3',
    fires: ['减免入驻企业城市基础设施配套费。', '对重点企业优先供地。'],
    quiet: ['行政事业性收费按照国家规定的标准收取。', '依法减免小微企业有关行政事业性收费。'],
  },
  {
    id: 'F11.1',
    fires: ['组织本镇砂石企业统一定价。', '划分各运输企业的经营区域。'],
    quiet: [
      '统一规划、统一管理农贸市场摊位。',
      '禁止组织企业统一定价。',
      '统一划分农贸市场摊位区域。',
    ],
  },
  {
    id: 'F11.2',
    fires: ['对规上企业给予优惠电价。', '本镇制定农贸市场摊位收费标准。'],
    quiet: ['电价按照国家规定执行。', '价格由经营者自主确定。'],
  },
  {
    id: 'F11.3',
    fires: ['农家乐餐饮最低价格不得低于30元每人。', '统一限定杨梅收购价。'],
    quiet: ['经营者应当明码标价。', '商品价格实行市场调节价。'],
  },
];

const ids = (text: string, fields?: FairCompetitionFields) =>
  preReview({ kind: 'fair_competition', text, fields }).map((h) => h.ruleId);

describe('fair-competition flags (公平竞争审查条例 arts 8–11)', () => {
  describe.each(CASES)('$id', ({ id, fires, quiet }) => {
    it.each(fires)('fires on「%s」', (text) => expect(ids(text)).toContain(id));
    it.each(quiet)('stays quiet on「%s」', (text) => expect(ids(text)).not.toContain(id));
  });

  it('finds nothing in a lawful enterprise-support measure, and each planted clause in a bad one', () => {
    expect(preReview({ kind: 'fair_competition', text: LAWFUL_MEASURE })).toEqual([]);
    const hits = preReview({ kind: 'fair_competition', text: BAD_MEASURE });
    expect(hits.map((h) => h.ruleId).sort()).toEqual(
      BAD_MEASURE_CLAUSES.flatMap((c) => c.ruleIds).sort(),
    );
    for (const h of hits)
      expect(
        BAD_MEASURE_CLAUSES.some((c) => h.clause.includes(c.text) && c.ruleIds.includes(h.ruleId)),
      ).toBe(true);
  });

  it('cites the article, item and group in each hit', () => {
    const [hit] = preReview({
      kind: 'fair_competition',
      text: '政府采购项目同等条件下本地企业优先。',
    });
    expect(hit).toMatchObject({
      ruleId: 'F9.3',
      basis: '《公平竞争审查条例》第九条第（三）项',
      title: expect.stringContaining('商品和要素自由流动标准'),
    });
  });
});

describe('art 12 exceptions (F12)', () => {
  const text = '对节能改造项目给予补贴。';
  it('flags an exception whose conditions do not all hold', () => {
    const h = preReview({
      kind: 'fair_competition',
      text,
      fields: {
        exception: 'public_interest',
        noLessRestrictiveAlternative: true,
        hasTermOrEndCondition: false,
        explainedInConclusion: true,
      },
    });
    expect(h).toContainEqual(
      expect.objectContaining({
        ruleId: 'F12',
        severity: 'high',
        suggestion: expect.stringContaining('能够确定合理的实施期限或者终止条件'),
      }),
    );
  });
  it('asks for the conditions when they are not stated', () => {
    expect(
      preReview({ kind: 'fair_competition', text, fields: { exception: 'innovation' } }),
    ).toContainEqual(expect.objectContaining({ ruleId: 'F12', severity: 'low' }));
  });
  it('is quiet when all three hold, or when no exception is claimed', () => {
    expect(
      ids(text, {
        exception: 'public_interest',
        noLessRestrictiveAlternative: true,
        hasTermOrEndCondition: true,
        explainedInConclusion: true,
      }),
    ).not.toContain('F12');
    expect(ids(text)).not.toContain('F12');
  });
});

describe('reviewer checklist data', () => {
  it('lists the 19 standards in four groups, with the art 12 exceptions and their three conditions', () => {
    expect(FCR_STANDARDS).toHaveLength(19);
    const count = (g: string) => FCR_STANDARDS.filter((s) => s.group === g).length;
    expect(['entry_exit', 'free_flow', 'cost', 'conduct'].map(count)).toEqual([5, 6, 4, 4]);
    expect(FCR_STANDARDS[7]).toMatchObject({
      code: '9.3',
      basis: '《公平竞争审查条例》第九条第（三）项',
    });
    expect(FCR_EXCEPTIONS.map((e) => e.key)).toEqual([
      'security',
      'innovation',
      'public_interest',
      'other_statutory',
    ]);
    expect(FCR_EXCEPTION_CONDITIONS).toHaveLength(3);
  });
});
