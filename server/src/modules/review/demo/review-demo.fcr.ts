import type { RequestContext } from '../../../core/authz/actor.js';
import type { WorkCalendar } from '../../../core/calendar/index.js';
import type { Deps } from '../../../core/deps.js';
import { onDay } from '../../demo/demo-now.js';
import { addCleanup } from '../fcr/cleanup.service.js';
import { concludeFcr, createFcr, updateFcr } from '../fcr/fcr.service.js';
import { FCR_STANDARDS } from '../rules/fair-competition-checklist.js';
import { workday } from './review-demo.dates.js';

/**
 * 2024 fair-competition work: two measures reviewed with a written conclusion, the draft policy now in
 * co-review, and the clean-up of existing enterprise-related documents the report mentions
 * ("对涉及工业企业发展的政府文件进行公平竞争审查清查").
 */

const CAMPAIGN = '2024年涉及工业企业发展的政府文件公平竞争审查清查';

const CLEANUPS: [string, string, string, 'kept' | 'revised' | 'abolished', string][] = [
  [
    '桥头镇工业企业安全生产奖励办法',
    '桥政发〔2019〕21号',
    '2019-05-10',
    'kept',
    '奖励对象为全部企业，条件公开统一，不含限制竞争内容',
  ],
  [
    '桥头镇小微企业园入园管理办法',
    '桥政发〔2020〕8号',
    '2020-03-16',
    'revised',
    '删除“本镇注册企业优先入园”的规定（公平竞争审查条例第九条第（二）项）',
  ],
  [
    '桥头镇鞋服产业转型升级扶持政策',
    '桥政发〔2020〕33号',
    '2020-09-02',
    'revised',
    '按纳税额给予奖励的条款改为按技改投入给予补助并公开申报条件',
  ],
  [
    '桥头镇企业用工服务管理办法',
    '桥政发〔2021〕5号',
    '2021-02-20',
    'kept',
    '未发现排除、限制竞争的内容',
  ],
  [
    '桥头镇镇级工程项目本地施工企业优先承接的规定',
    '桥政发〔2021〕17号',
    '2021-06-08',
    'abolished',
    '限定本地企业承接工程，违反公平竞争审查条例第九条第（三）项，予以废止',
  ],
  [
    '桥头镇企业上市挂牌奖励办法',
    '桥政发〔2021〕40号',
    '2021-11-12',
    'kept',
    '奖励条件普遍适用，依据市级政策制定',
  ],
  [
    '桥头镇工业用地“亩均论英雄”改革实施意见',
    '桥政发〔2022〕6号',
    '2022-03-01',
    'kept',
    '依据上级改革部署，评价标准公开',
  ],
  [
    '桥头镇商贸流通企业扶持办法',
    '桥政发〔2022〕19号',
    '2022-07-15',
    'revised',
    '删除指定物流配送企业的规定（第八条第（三）项）',
  ],
  [
    '桥头镇企业消防安全标准化建设补助办法',
    '桥政发〔2022〕31号',
    '2022-10-09',
    'kept',
    '补助标准公开统一',
  ],
  ['桥头镇光伏发电项目推广实施方案', '桥政发〔2023〕4号', '2023-02-17', 'kept', '未限定安装企业'],
  [
    '桥头镇外来投资项目管理暂行办法',
    '桥政发〔2023〕22号',
    '2023-06-26',
    'revised',
    '删除外地投资者须缴纳履约保证金的歧视性规定（第九条第（五）项）',
  ],
  [
    '桥头镇企业污水纳管收费补助办法',
    '桥政发〔2023〕37号',
    '2023-10-30',
    'kept',
    '补助面向全部纳管企业',
  ],
];

/** A measure the drafting office reviewed in 2024, with its checklist and written conclusion. */
interface DemoMeasure {
  title: string;
  text: string;
  involved: string[];
  outcome: 'compliant' | 'non_compliant';
  conclusion: string;
  on: string;
}

const MEASURES: DemoMeasure[] = [
  {
    title: '桥头镇2024年度工业企业技术改造奖励办法',
    text: '对年度技术改造设备投入超过100万元的工业企业，按设备投入的8%给予奖励，申报条件和评审结果向社会公开。',
    involved: [],
    outcome: 'compliant',
    conclusion: '经审查，奖励条件对各类企业一视同仁，不含排除、限制竞争的内容，可以出台。',
    on: '2024-04-18',
  },
  {
    title: '桥头镇鞋服产业集聚区招商引资优惠办法（征求意见稿）',
    text: '对本地注册企业优先安排入园，按纳税额给予奖励。外地企业须在本镇设立分支机构。',
    involved: ['9.2', '10.2'],
    outcome: 'non_compliant',
    conclusion:
      '该办法限定外地企业须在本地设立分支机构、按纳税额给予选择性奖励，违反审查标准且不符合例外情形，不得出台。',
    on: '2024-09-12',
  },
];

const CONSULTATION = '召开企业座谈会，听取园区企业和镇商会意见';

/**
 * Plays the 2024 fair-competition work through the real services, each step on its day: the office
 * records each measure, answers the checklist and hears the enterprises, the reviewer concludes in
 * writing (条例第十七条); the draft policy in co-review gets its record, not yet concluded; the
 * clean-up campaign records each existing document (第二十一条).
 */
export async function playFcrDemo(
  deps: Deps,
  staff: { clerk: RequestContext; reviewer: RequestContext },
  office: string,
  cal: WorkCalendar,
  policyItem: { id: string; title: string; text: string },
): Promise<void> {
  for (const d of MEASURES) {
    const id = await createFcr(onDay(deps, d.on, '09:00'), staff.clerk, {
      title: d.title,
      draftingUnit: office,
      text: d.text,
    });
    const checklist = Object.fromEntries(
      FCR_STANDARDS.map((s) => [s.code, d.involved.includes(s.code) ? 'involved' : 'not_involved']),
    ) as Record<string, 'involved' | 'not_involved'>;
    await updateFcr(onDay(deps, d.on, '10:00'), staff.clerk, id, {
      checklist,
      consultation: CONSULTATION,
    });
    await concludeFcr(onDay(deps, d.on, '16:00'), staff.reviewer, id, {
      outcome: d.outcome,
      conclusionText: d.conclusion,
    });
  }
  await createFcr(deps, staff.clerk, {
    title: policyItem.title,
    draftingUnit: office,
    text: policyItem.text,
    itemId: policyItem.id,
  });
  for (const [i, [docTitle, docNumber, issuedOn, outcome, reason]] of CLEANUPS.entries()) {
    const reviewedOn = workday(cal, '2024-10-08', i);
    await addCleanup(onDay(deps, reviewedOn, '15:00'), staff.reviewer, {
      docTitle,
      docNumber,
      issuedOn,
      outcome,
      reason,
      reviewedOn,
      campaign: CAMPAIGN,
    });
  }
}
