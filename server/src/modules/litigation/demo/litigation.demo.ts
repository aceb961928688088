import { addDays } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { consultCase } from '../consultation.service.js';
import {
  answerCase,
  concludeCase,
  createCase,
  evaluateCase,
  rectifyCase,
} from '../case.service.js';

// tenancy: the demo seed runs as the system

const ATTENDEES = [
  '王副镇长（分管领导）',
  '党建综合办负责人',
  '李法审（法审员）',
  '周律师（镇法律顾问）',
];

/**
 * 桥头镇's 2024 cases through the real services: no lawsuit and no correction (2024 report: 行政诉讼发案量
 * 0件, 行政复议纠错案件 0件), one disclosure-related review upheld (表四 of the disclosure report), and one
 * review of an entrusted safety penalty, where the entrusting 应急管理局 is the respondent; each with its
 * 会商 before the answer and its 一案一评一反馈.
 */
export const seedLitigationDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  if (await q.selectFrom('litigationCases').select('id').executeTakeFirst()) return;
  const clerk = await actorCtx(deps, 'clerk');
  const adviser = await actorCtx(deps, 'adviser');
  const disclosure = await createCase(on(deps, '2024-07-15'), clerk, {
    kind: 'reconsideration',
    caseNo: '慈政复〔2024〕87号',
    title: '不服政府信息公开申请答复（部分不予公开）',
    claimantName: '沈某某',
    claimantIsPerson: true,
    reviewBody: '慈溪市人民政府',
    disclosureRelated: true,
    simplified: true,
    department: '党建综合办',
    receivedOn: '2024-07-15',
  });
  await consultCase(on(deps, '2024-07-16'), adviser, disclosure.id, {
    heldOn: '2024-07-16',
    attendees: ATTENDEES,
    analysis: '所涉信息含第三方个人信息，已依条例第十五条征求意见并作区分处理，答复程序合法。',
    decision: '按原答复理由提交书面答复和征求第三方意见的证据材料。',
  });
  await answerCase(on(deps, '2024-07-19'), clerk, disclosure.id, { filedOn: '2024-07-19' });
  await concludeCase(on(deps, '2024-08-22'), clerk, disclosure.id, {
    outcome: 'upheld',
    decisionForm: 'decision',
    servedOn: '2024-08-22',
  });
  await evaluateCase(on(deps, '2024-08-27'), clerk, disclosure.id, {
    evaluation: '答复合法但说理简略，申请人对区分处理不理解而申请复议。',
    department: '党建综合办',
    measures: '答复告知书写明不予公开部分的理由和依据，必要时电话沟通。',
  });
  await rectifyCase(on(deps, '2024-09-10'), clerk, disclosure.id, {
    result: '已修订答复告知书模板，增加区分处理说明段落。',
  });

  const entrusted = await createCase(on(deps, '2024-05-13'), clerk, {
    kind: 'reconsideration',
    caseNo: '慈政复〔2024〕41号',
    title: '不服安全生产行政处罚决定（委托执法）',
    claimantName: '慈溪市某五金制品厂',
    claimantIsPerson: false,
    entrustingBody: '慈溪市应急管理局',
    reviewBody: '慈溪市人民政府',
    department: '综合行政执法队',
    receivedOn: '2024-05-13',
  });
  await consultCase(on(deps, '2024-05-14'), clerk, entrusted.id, {
    heldOn: '2024-05-14',
    attendees: ATTENDEES,
    analysis: '处罚以委托机关名义作出，事实清楚，程序中已告知陈述申辩权利。',
    decision: '协助委托机关准备答复，提供执法案卷。',
  });
  await answerCase(on(deps, '2024-05-22'), clerk, entrusted.id, { filedOn: '2024-05-22' });
  await concludeCase(on(deps, '2024-07-05'), clerk, entrusted.id, {
    outcome: 'upheld',
    decisionForm: 'decision',
    servedOn: '2024-07-05',
  });
  await evaluateCase(on(deps, '2024-07-10'), clerk, entrusted.id, {
    evaluation: '执法前与当事人沟通不够，当事人对罚款数额不理解。',
    department: '综合行政执法队',
    measures: '作出处罚前加强说理沟通，开展执法人员沟通技巧培训。',
  });
  await rectifyCase(on(deps, '2024-08-15'), clerk, entrusted.id, {
    result: '已组织执法人员沟通技巧培训一次。',
  });
}

/** Current work: a lawsuit received a few days ago, discussed at its 会商, its 答辩 due. */
export async function seedLitigationNow(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  if (
    await q
      .selectFrom('litigationCases')
      .select('id')
      .where('receivedOn', '>', '2024-12-31')
      .executeTakeFirst()
  )
    return;
  const clerk = await actorCtx(deps, 'clerk');
  const day = today(deps);
  const back = (d: number) => addDays(day, -d);
  const suit = await createCase(on(deps, back(4)), clerk, {
    kind: 'litigation',
    caseNo: `（${day.slice(0, 4)}）浙0282行初${Number(day.slice(5, 7)) * 10 + 3}号`,
    title: '不服责令限期拆除违法建筑决定',
    claimantName: '孙某某',
    claimantIsPerson: true,
    reviewBody: '慈溪市人民法院',
    department: '综合行政执法队',
    receivedOn: back(4),
    mandatoryReason: 'public_attention',
  });
  await consultCase(on(deps, back(2)), clerk, suit.id, {
    heldOn: back(2),
    attendees: ATTENDEES,
    analysis: '违法建筑认定有规划部门意见，拆除决定已履行告知程序，需补充送达证据。',
    decision: '由执法队整理证据，法审员起草答辩状，分管领导出庭应诉。',
  });
}
