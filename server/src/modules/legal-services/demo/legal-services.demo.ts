import type { RequestContext } from '../../../core/authz/actor.js';
import { addDays } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import { DEMO_TOWN_CODE } from '../../demo/demo-data.js';
import { appointAdviser, logAdviserService } from '../advisers/advisers.service.js';
import { recordAssistance } from '../assistance/assistance.service.js';
import { takeTicket, callNext } from '../station/queue.service.js';
import { askQuestion, bookAppointment } from '../station/portal.service.js';
import { answerQuestion } from '../station/requests.service.js';
import { logVisit, rateVisit, recordVisits, type VisitInput } from '../station/visits.service.js';
import { openDefaultWindows } from '../station/windows.service.js';
import type { WindowKind } from '../legal-services.vocabulary.js';
import { replayAid, seedAidNow } from './aid-demo.js';
import {
  ADVISERS,
  ASSISTANCE,
  CONSULTATION_TOPICS,
  INTAKES,
  INTAKE_TOPICS,
  MEDIATION_TOPICS,
  MEDIATIONS_REFERRED,
  MEDIATIONS_RESOLVED,
  ONLINE_QUESTIONS,
  perMonth,
  personName,
  SERVICES,
  SERVICE_TOPICS,
  VILLAGES,
  WALK_IN_CONSULTATIONS,
  weekdaysOf,
} from './legal-services-data.js';

// tenancy: the demo seed runs as the system

const PUBLIC: RequestContext = {
  actor: null,
  ip: null,
  userAgent: 'demo-seed',
  requestId: 'demo-seed',
};
type Windows = Record<Exclude<WindowKind, 'other'>, string>;

/** One month of the paper register, entered through the batch service at the month's end. */
function monthVisits(w: Windows, month: number): VisitInput[] {
  const days = weekdaysOf(month);
  const out: VisitInput[] = [];
  const add = (n: number, make: (i: number) => Omit<VisitInput, 'servedOn' | 'visitorName'>) => {
    for (let i = 0; i < n; i += 1) {
      const k = out.length;
      out.push({
        ...make(i),
        servedOn: days[k % days.length]!,
        visitorName: personName(month * 97 + k),
        village: VILLAGES[k % VILLAGES.length]!,
      });
    }
  };
  add(perMonth(WALK_IN_CONSULTATIONS, month), (i) => ({
    windowId: w.consultation,
    channel: i % 5 === 4 ? 'phone' : 'walk_in',
    topic: CONSULTATION_TOPICS[(month + i) % CONSULTATION_TOPICS.length]!,
    summary: '释明相关法律规定和维权途径，告知所需材料。',
    outcome: i % 9 === 8 ? 'referred' : 'answered',
    ...(i % 9 === 8 ? { referral: '县法律援助中心' } : {}),
  }));
  add(perMonth(MEDIATIONS_RESOLVED, month), (i) => ({
    windowId: w.mediation,
    channel: 'walk_in',
    topic: MEDIATION_TOPICS[(month + i) % MEDIATION_TOPICS.length]!,
    summary: '双方到站调解，经释法说理达成一致。',
    outcome: 'resolved',
  }));
  add(perMonth(MEDIATIONS_REFERRED, month), () => ({
    windowId: w.mediation,
    channel: 'walk_in',
    topic: '土地承包经营权纠纷',
    summary: '争议较大，双方未能达成一致。',
    outcome: 'referred',
    referral: '镇社会矛盾纠纷调处化解中心',
  }));
  add(perMonth(SERVICES, month), (i) => ({
    windowId: w.service,
    channel: 'walk_in',
    topic: SERVICE_TOPICS[i % SERVICE_TOPICS.length]!,
    outcome: 'answered',
  }));
  add(perMonth(INTAKES, month), (i) => ({
    windowId: w.intake,
    channel: 'walk_in',
    topic: INTAKE_TOPICS[i % INTAKE_TOPICS.length]!,
    outcome: 'accepted',
  }));
  return out;
}

async function openWindows(deps: Deps, window: RequestContext): Promise<Windows> {
  const { items } = await openDefaultWindows(on(deps, '2024-01-02'), window);
  const byKind = (k: WindowKind) => items.find((i) => i.kind === k)!.id;
  return {
    consultation: byKind('consultation'),
    mediation: byKind('mediation'),
    service: byKind('service'),
    intake: byKind('intake'),
  };
}

async function villageAdvisers(deps: Deps, window: RequestContext, adviser: RequestContext) {
  const q = deps.db.kysely;
  const town = await q
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', DEMO_TOWN_CODE)
    .executeTakeFirstOrThrow();
  const villages = await q
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('parentId', '=', town.id)
    .where('kind', 'in', ['village', 'community'])
    .orderBy('code')
    .execute();
  for (const [i, v] of villages.entries()) {
    const a = ADVISERS[i % ADVISERS.length]!;
    const { id } = await appointAdviser(on(deps, '2024-01-03'), window, {
      villageId: v.id,
      name: a.name,
      firm: a.firm,
      phone: `0574-6321${String(1000 + i).slice(1)}`,
      hours: i % 2 ? '每周三上午 9:00–11:30' : '每周五下午 14:00–16:30',
      place: `${v.name}便民服务中心法律服务室`,
      since: '2024-01-03',
    });
    for (const [j, month] of [2, 5, 8, 11].entries())
      await logAdviserService(on(deps, `2024-${String(month).padStart(2, '0')}-20`), adviser, id, {
        kind: j % 2 ? 'opinion' : 'meeting',
        onDate: `2024-${String(month).padStart(2, '0')}-20`,
        subject: j % 2 ? '村集体厂房租赁合同' : '村民代表会议（涉及村民重大利益事项）',
        summary:
          j % 2
            ? '就合同租期、租金调整和违约责任出具书面法律意见。'
            : '列席会议并就表决程序和事项合法性提出意见。',
      });
  }
}

/** Six visitors of the month rate their visit on the month's last working day. */
async function ratings(deps: Deps, window: RequestContext, first: string, day: string) {
  const rows = await deps.db.kysely
    .selectFrom('legalServiceVisits')
    .select('id')
    .where('servedOn', '>=', first)
    .where('servedOn', '<=', day)
    .orderBy('id')
    .limit(6)
    .execute();
  for (const [i, r] of rows.entries())
    await rateVisit(on(deps, day), window, r.id, { rating: i === 5 ? 4 : 5 });
}

async function onlineQuestions(deps: Deps, window: RequestContext) {
  for (let i = 0; i < ONLINE_QUESTIONS; i += 1) {
    const day = weekdaysOf(i + 2)[3]!;
    const { code } = await askQuestion(on(deps, day, '20:15'), PUBLIC, {
      name: personName(500 + i),
      phone: `1380574${String(1000 + i).slice(1)}1`,
      village: VILLAGES[i % VILLAGES.length]!,
      question: `${CONSULTATION_TOPICS[i % CONSULTATION_TOPICS.length]}，请问应当如何处理？`,
    });
    const { id } = await deps.db.kysely
      .selectFrom('legalQuestions')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    await answerQuestion(on(deps, addDays(day, 1)), window, id, {
      answer:
        '您好，根据相关法律规定，建议先保留好证据材料，可到镇公共法律服务站当面咨询或申请调解。',
    });
  }
}

async function assistance(deps: Deps, window: RequestContext) {
  let k = 0;
  for (const a of ASSISTANCE)
    for (let i = 0; i < a.n; i += 1, k += 1) {
      const day = weekdaysOf((k % 11) + 1)[(k * 3) % 18]!;
      await recordAssistance(on(deps, addDays(day, 3)), window, {
        subtype: a.subtype,
        requester: a.requester,
        caseRef: `（2024）浙0282${a.subtype === '社区矫正调查评估' ? '矫评' : '民初'}${1000 + k}号`,
        receivedOn: day,
        doneOn: addDays(day, 3),
        handlerName: '郑窗口',
        summary: `${a.subtype}：${personName(700 + k)}`,
        result: '已完成并回复协助机关',
      });
    }
}

/**
 * 桥头镇's 2024 station history through the real services, as the station's window clerk (and the
 * adviser for the advisers' logs) on the day each thing happened: the windows, the villages' advisers,
 * the register month by month with ratings, online questions, five legal-aid applications and 30 acts
 * of 司法协助.
 */
export const seedLegalServicesDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  if (await deps.db.kysely.selectFrom('legalServiceWindows').select('id').executeTakeFirst())
    return;
  const window = await actorCtx(deps, 'window');
  const adviser = await actorCtx(deps, 'adviser');
  const w = await openWindows(deps, window);
  await villageAdvisers(deps, window, adviser);
  for (let month = 1; month <= 12; month += 1) {
    const days = weekdaysOf(month);
    const last = days[days.length - 1]!;
    await recordVisits(on(deps, last, '17:00'), window, monthVisits(w, month));
    await ratings(deps, window, days[0]!, last);
  }
  await onlineQuestions(deps, window);
  await replayAid(deps, window);
  await assistance(deps, window);
}

/**
 * The station on the day of loading: a queue at the consultation and mediation windows (one visitor
 * served, one at the window, others waiting), a booking for tomorrow, an unanswered online question,
 * and legal-aid applications with their clocks running. Only after 2024: the history is that year.
 */
export async function seedLegalServicesNow(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const day = today(deps);
  if (day <= '2024-12-31') return;
  if (
    await q.selectFrom('legalQueueTickets').select('id').where('day', '=', day).executeTakeFirst()
  )
    return;
  const windows = await q
    .selectFrom('legalServiceWindows')
    .innerJoin('orgs', 'orgs.id', 'legalServiceWindows.orgId')
    .select(['legalServiceWindows.id', 'legalServiceWindows.kind'])
    .where('orgs.code', '=', DEMO_TOWN_CODE)
    .execute();
  const consult = windows.find((x) => x.kind === 'consultation');
  const mediation = windows.find((x) => x.kind === 'mediation');
  if (!consult || !mediation) return;
  const window = await actorCtx(deps, 'window');
  const morning = on(deps, day, '09:05');
  const first = await takeTicket(morning, window, consult.id);
  for (let i = 0; i < 3; i += 1) await takeTicket(morning, window, consult.id);
  await takeTicket(morning, window, mediation.id);
  await callNext(morning, window, consult.id);
  await logVisit(on(deps, day, '09:20'), window, {
    windowId: consult.id,
    channel: 'walk_in',
    ticketId: first.id,
    visitorName: '邵海燕',
    village: '五丰村',
    topic: '租房押金被房东扣留',
    summary: '释明租赁合同相关规定，建议先协商，协商不成可申请人民调解。',
    outcome: 'answered',
  });
  await callNext(on(deps, day, '09:25'), window, consult.id);
  await bookAppointment(on(deps, day, '08:00'), PUBLIC, {
    windowId: consult.id,
    onDate: addDays(day, 1),
    slot: 'am',
    name: '俞文杰',
    phone: '13905741234',
    topic: '公司拖欠两个月工资，想咨询如何申请劳动仲裁',
  });
  await askQuestion(on(deps, addDays(day, -1), '21:40'), PUBLIC, {
    name: '叶佳琪',
    phone: '13705748888',
    village: '烟墩村',
    question: '父亲去世没有留遗嘱，老家的房子兄妹三人怎么分？需要办什么手续？',
  });
  await seedAidNow(deps, window, day);
}
