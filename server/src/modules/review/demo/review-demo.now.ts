import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { loadUserActor } from '../../auth/actor-loader.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { demoIsLive, onDay, workdaysBefore } from '../../demo/demo-now.js';
import { acceptItem, submitItem } from '../items/intake.service.js';
import { addMaterial, createItem, type CreateItemInput } from '../items/item.service.js';
import { materialsFor } from '../review.materials.js';
import { settingsOf } from '../settings/settings.service.js';
import { giveFeedback } from '../decision/decision.service.js';
import { DIMENSION_KEYS } from '../review.enums.js';
import { issueOpinion, type IssueOpinionInput } from '../work/opinion.service.js';
import { startReview } from '../work/review-steps.service.js';
import { decideHit } from '../work/workspace.service.js';
import { loadCast } from './review-demo.cast.js';
import { leaseContract, serviceContract } from './review-demo.texts.js';

// tenancy: the demo seed runs as the system

interface CurrentItem {
  input: CreateItemInput;
  by: 'clerk' | 'cadre';
  /** Working days before today it was submitted. */
  submitted: number;
  /** Working days before today it was accepted (the review clock starts); omitted: waiting for 受理. */
  accepted?: number;
  /** Working days before today the opinion was issued and the submitter reported it adopted; omitted: still under review. */
  reviewed?: number;
}

/**
 * The review work in progress on the day the demo is loaded, played through the real services: with
 * the 5-working-day contract period (local practice, see review.settings.ts) one item waits for 受理,
 * one is due in a few days, one this week, one was due two working days ago; two reviewed in the last
 * weeks wait for the decision, so the year's dashboard has figures.
 */
export async function seedReviewNow(deps: Deps): Promise<void> {
  const day = today(deps);
  if (!demoIsLive(day)) return;
  const q = deps.db.kysely;
  const cast = await loadCast(q);
  if (!cast) return;
  const [cal, settings] = await Promise.all([loadCalendar(q), settingsOf(q, cast.townId)]);
  const ctx = async (userId: string | null): Promise<RequestContext> => ({
    actor: await loadUserActor(q, userId!),
    ip: null,
    userAgent: 'demo-seed',
    requestId: 'demo-seed',
  });
  const who = {
    clerk: await ctx(cast.clerk.userId),
    cadre: await ctx(cast.cadre.userId),
    reviewer: await ctx(cast.reviewer.userId),
  };
  const village = cast.villages.find((v) => v.id === cast.cadreVillageId)!;
  const year = Number(day.slice(0, 4));
  const lease = (premises: string, lessee: string, rent: number) =>
    leaseContract({
      lessor: `慈溪市桥头镇${village.name}股份经济合作社`,
      lessee,
      premises,
      purpose: '仓储',
      years: 3,
      startDate: `${year + 1}-01-01`,
      endDate: `${year + 3}-12-31`,
      annualRentYuan: rent,
    });
  const collective = (rent: number) => ({
    amountFen: rent * 300,
    termYears: 3,
    contractType: 'lease' as const,
    collectiveAsset: true,
    vote: { body: 'representatives_assembly' as const, entitled: 45, present: 41, votesFor: 40 },
  });
  const service = (service: string, provider: string, amountYuan: number) =>
    serviceContract({
      buyer: '慈溪市桥头镇人民政府',
      provider,
      service,
      amountYuan,
      startDate: `${year + 1}-01-01`,
      endDate: `${year + 1}-12-31`,
    });

  const items: CurrentItem[] = [
    {
      by: 'cadre',
      submitted: 0,
      input: {
        type: 'village_contract',
        title: `${village.name}仓库租赁合同（3号库）`,
        text: lease(`${village.name}集体仓库3号库`, '慈溪市桥头顺达物流有限公司', 30_000),
        fields: { counterparty: '慈溪市桥头顺达物流有限公司', ...collective(30_000) },
      },
    },
    {
      by: 'clerk',
      submitted: 1,
      accepted: 1,
      input: {
        type: 'gov_contract',
        orgId: cast.offices.djzhb.id,
        title: `桥头镇${year + 1}年度机关办公用品采购合同`,
        text: service(`${year + 1}年度机关办公用品供应`, '慈溪市文华办公用品有限公司', 86_000),
        fields: {
          counterparty: '慈溪市文华办公用品有限公司',
          amountFen: 8_600_000,
          contractType: 'procurement',
        },
      },
    },
    {
      by: 'cadre',
      submitted: 4,
      accepted: 3,
      input: {
        type: 'village_contract',
        title: `${village.name}仓库租赁合同（1号库）`,
        text: lease(`${village.name}集体仓库1号库`, '慈溪市桥头恒运仓储有限公司', 42_000),
        fields: { counterparty: '慈溪市桥头恒运仓储有限公司', ...collective(42_000) },
      },
    },
    {
      by: 'clerk',
      submitted: 5,
      accepted: 4,
      input: {
        type: 'other',
        orgId: cast.offices.nyncb.id,
        title: `桥头镇${year + 1}年度农村人居环境整治工作方案`,
        text: `桥头镇${year + 1}年度农村人居环境整治工作方案\n一、开展村庄清洁行动。\n二、推进农村生活垃圾分类。\n三、加强农村公厕管护。`,
      },
    },
    {
      by: 'clerk',
      submitted: 8,
      accepted: 7,
      input: {
        type: 'gov_contract',
        orgId: cast.offices.jjfzb.id,
        title: `桥头镇${year + 1}年度绿化养护服务合同`,
        text: service(`${year + 1}年度镇区绿化养护`, '慈溪市绿源园林工程有限公司', 260_000),
        fields: {
          counterparty: '慈溪市绿源园林工程有限公司',
          amountFen: 26_000_000,
          contractType: 'service',
        },
      },
    },
    {
      by: 'clerk',
      submitted: 16,
      accepted: 15,
      reviewed: 12,
      input: {
        type: 'gov_contract',
        orgId: cast.offices.zfd.id,
        title: `桥头镇${year + 1}年度执法记录仪运维服务合同`,
        text: service(`${year + 1}年度执法记录仪运维`, '慈溪市安信电子科技有限公司', 58_000),
        fields: {
          counterparty: '慈溪市安信电子科技有限公司',
          amountFen: 5_800_000,
          contractType: 'service',
        },
      },
    },
    {
      by: 'cadre',
      submitted: 11,
      accepted: 10,
      reviewed: 7,
      input: {
        type: 'village_contract',
        title: `${village.name}仓库租赁合同（2号库）`,
        text: lease(`${village.name}集体仓库2号库`, '慈溪市桥头丰达仓储有限公司', 36_000),
        fields: { counterparty: '慈溪市桥头丰达仓储有限公司', ...collective(36_000) },
      },
    },
  ];
  for (const it of items) {
    const submitOn = workdaysBefore(cal, day, it.submitted);
    const author = who[it.by];
    const id = await createItem(onDay(deps, submitOn, '09:00'), author, it.input);
    const context = {
      type: it.input.type,
      fields: it.input.fields ?? {},
      affectsMarket: false,
      tradingThresholdFen: settings.tradingThresholdFen,
    };
    for (const m of materialsFor(context)) {
      if (m.key !== 'draft' && m.required)
        await addMaterial(onDay(deps, submitOn, '09:10'), author, id, {
          key: m.key,
          note: '纸质原件已核对',
        });
    }
    await submitItem(onDay(deps, submitOn, '09:30'), author, id);
    if (it.accepted === undefined) continue;
    const acceptOn = workdaysBefore(cal, day, it.accepted);
    await acceptItem(onDay(deps, acceptOn, '10:00'), who.clerk, id);
    await startReview(onDay(deps, acceptOn, '14:00'), who.reviewer, id);
    if (it.reviewed === undefined) continue;
    const reviewOn = workdaysBefore(cal, day, it.reviewed);
    const hits = await q
      .selectFrom('reviewHits')
      .select('id')
      .where('itemId', '=', id)
      .where('decision', '=', 'pending')
      .execute();
    for (const h of hits)
      await decideHit(onDay(deps, reviewOn, '10:00'), who.reviewer, id, h.id, {
        decision: 'accepted',
      });
    const checklist = Object.fromEntries(
      DIMENSION_KEYS.map((k) => [k, k === 'content' && hits.length ? 'issue' : 'pass']),
    ) as IssueOpinionInput['checklist'];
    await issueOpinion(onDay(deps, reviewOn, '16:00'), who.reviewer, id, {
      conclusion: hits.length ? 'lawful_with_suggestions' : 'lawful',
      checklist,
      summary: hits.length
        ? '原则同意签订，请按审查意见完善相关条款。'
        : '经审查，该合同合法有效，同意签订。',
      bases: ['《中华人民共和国民法典》合同编'],
    });
    await giveFeedback(
      onDay(deps, workdaysBefore(cal, day, it.reviewed - 1), '15:00'),
      author,
      id,
      { adoption: 'adopted' },
    );
  }
}
