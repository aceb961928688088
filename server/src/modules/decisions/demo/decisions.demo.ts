import type { Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { majorDecisionItemsOf } from '../../review/review.public.js';
import {
  addEntry,
  approveCatalogue,
  createCatalogue,
  publishCatalogue,
} from '../catalogue.service.js';
import { answerComment, moderateComment, submitPublicComment } from '../comments.service.js';
import {
  assessRisk,
  closeComment,
  createDecision,
  decideDecision,
  draftDecision,
  implementDecision,
  launchDecision,
  linkLegality,
  openComment,
  publishDecision,
  recordExperts,
  reportToParty,
} from '../decision.service.js';
import { chooseExperts, declareConflict, recordOpinion } from '../expert-picks.service.js';
import { addExpert } from '../expert-pool.service.js';
import { recordRiskReport } from '../risk-report.service.js';
import {
  DEMO_ARTICLES,
  DEMO_COMMENTS,
  DEMO_CONFLICT,
  DEMO_EXPERT_OPINIONS,
  DEMO_EXPERTS,
  DEMO_OPINIONS,
  DEMO_RISK_REPORT,
  LATER_ENTRY,
  SEWAGE_ENTRY,
} from './decisions.demo-data.js';

// tenancy: the demo seed runs as the system

const TITLE = '桥头镇农村生活污水治理提升工程（2024—2026年）实施方案';

/**
 * 桥头镇's 2024 major decision through the real services (2024 report: 制定镇重大行政决策事项1项, 重大行政决策
 * 备案审查1个): the catalogue approved by the Party committee and published in March, the draft open for
 * comment for 30 days with three citizens' comments answered, three experts from the town's pool (one
 * excluded for working for the 承办单位, one for a declared interest) with signed opinions, the risk
 * report and assessment, the legality
 * review item of the review demo linked, the 党政班子会议 decision and its publication; in October the
 * catalogue gains an entry for the next year's work (目录动态调整).
 */
export const seedDecisionsDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  if (await deps.db.kysely.selectFrom('decisionCatalogues').select('id').executeTakeFirst()) return;
  const clerk = await actorCtx(deps, 'clerk');
  const head = await actorCtx(deps, 'head');
  const townId = clerk.actor!.townId!;
  const { id: catId } = await createCatalogue(on(deps, '2024-02-26'), clerk, { year: 2024 });
  const { id: entryId } = await addEntry(on(deps, '2024-02-26'), clerk, catId, SEWAGE_ENTRY);
  await approveCatalogue(on(deps, '2024-03-12'), head, catId, {
    approvedOn: '2024-03-12',
    approvedBy: '镇党委会议（2024年第4次）',
  });
  await publishCatalogue(on(deps, '2024-03-13'), clerk, catId, { publishedOn: '2024-03-13' });
  const experts = [];
  for (const e of DEMO_EXPERTS) experts.push(await addExpert(on(deps, '2024-03-14'), clerk, e));

  const { id } = await createDecision(on(deps, '2024-03-18'), clerk, {
    entryId,
    proposedOn: '2024-03-18',
  });
  await launchDecision(on(deps, '2024-03-20'), head, id, {
    launchedOn: '2024-03-20',
    leadOffice: '农业农村办公室',
  });
  await draftDecision(on(deps, '2024-03-22'), clerk, id, {
    title: TITLE,
    explanation:
      '为改善农村人居环境、巩固水环境治理成果，根据省、市农村生活污水治理三年行动要求起草本方案。',
    articles: DEMO_ARTICLES,
  });
  await openComment(on(deps, '2024-03-25'), clerk, id, {
    opensOn: '2024-03-25',
    closesOn: '2024-04-23',
  });
  const draft = await deps.db.kysely
    .selectFrom('decisionDraftArticles')
    .innerJoin('decisionDrafts', 'decisionDrafts.id', 'decisionDraftArticles.draftId')
    .select(['decisionDraftArticles.id', 'decisionDraftArticles.seq'])
    .where('decisionDrafts.decisionId', '=', id)
    .orderBy('decisionDraftArticles.seq')
    .execute();
  const citizen = { ...clerk, actor: null, userAgent: 'demo-seed (portal)' };
  for (const c of DEMO_COMMENTS) {
    const { id: commentId } = await submitPublicComment(
      on(deps, c.on, '20:15'),
      citizen,
      townId,
      id,
      {
        articleId: c.article ? draft[c.article - 1]!.id : undefined,
        body: c.body,
        name: c.name,
      },
    );
    await moderateComment(on(deps, c.on, '21:00'), clerk, id, commentId, { show: true });
    await answerComment(on(deps, '2024-04-24'), clerk, id, commentId, {
      adoption: c.adoption,
      answer: c.answer,
    });
  }
  await closeComment(on(deps, '2024-04-24'), clerk, id);
  const conflicted = experts[DEMO_CONFLICT.expert]!;
  await declareConflict(on(deps, '2024-04-24'), clerk, id, {
    expertId: conflicted.id,
    reason: DEMO_CONFLICT.reason,
    declaredOn: '2024-04-24',
  });
  const chosen = experts.slice(0, DEMO_EXPERT_OPINIONS.length);
  await chooseExperts(on(deps, '2024-04-25'), clerk, id, {
    expertIds: chosen.map((e) => e.id),
    chosenOn: '2024-04-25',
  });
  for (const [i, e] of chosen.entries())
    await recordOpinion(on(deps, '2024-04-26'), clerk, id, e.id, {
      opinion: DEMO_EXPERT_OPINIONS[i]!,
      signedOn: '2024-04-26',
    });
  await recordExperts(on(deps, '2024-04-26'), clerk, id, {
    summary:
      '邀请市生态环境局、水利设计院专家3名论证：终端站点布局合理，建议提高管网破损修复标准。已采纳，第四条增加管网检测要求。',
  });
  await recordRiskReport(on(deps, DEMO_RISK_REPORT.reportedOn), clerk, id, DEMO_RISK_REPORT);
  await assessRisk(on(deps, '2024-04-30'), clerk, id, {
    required: true,
    report: '经重点走访和会商分析形成风险评估报告，结论为风险可控（低风险）。',
  });
  const [item] = (await majorDecisionItemsOf(deps.db.kysely, townId)).filter(
    (i) => i.title === TITLE,
  );
  if (!item) throw new Error('decisions demo: the review demo has no major-decision item to link');
  await linkLegality(on(deps, '2024-05-06'), clerk, id, { reviewItemId: item.id });
  await reportToParty(on(deps, '2024-05-20'), clerk, id, { reportedOn: '2024-05-20' });
  await decideDecision(on(deps, '2024-05-28'), head, id, {
    meetingName: '镇党政班子会议（2024年第9次）',
    meetingOn: '2024-05-28',
    materials: ['draft', 'comments', 'experts', 'risk', 'legality'],
    opinions: DEMO_OPINIONS,
    headSpokeLast: true,
    departsFromMajority: false,
    decisionText: '原则通过《实施方案》，按合法性审查意见补充征用土地补偿程序后印发实施。',
  });
  await publishDecision(on(deps, '2024-06-03'), clerk, id, {
    publishedOn: '2024-06-03',
    note: '征求意见期间收到公众意见3条，采纳1条、部分采纳1条、不予采纳1条；专家论证意见已采纳。',
  });
  await implementDecision(on(deps, '2024-06-05'), clerk, id, { unit: '农业农村办公室' });
  await addEntry(on(deps, '2024-10-23'), clerk, catId, LATER_ENTRY);
}
