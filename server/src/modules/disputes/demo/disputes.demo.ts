import { addDays } from '../../../core/calendar/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../demo/demo-actors.js';
import {
  acceptDispute,
  agreeInWriting,
  agreeOrally,
  applyConfirmation,
  declineMediation,
  failMediation,
  recordSession,
  revisitDispute,
  routeDispute,
} from '../dispute-steps.service.js';
import { createDispute } from '../dispute.service.js';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../disputes.vocabulary.js';
import {
  HISTORY,
  partyNames,
  TOWN_COMMITTEE,
  VILLAGE_COMMITTEES,
  type HistoryDispute,
} from './disputes-data.js';

// tenancy: the demo seed runs as the system

const COURT = '慈溪市人民法院';

/**
 * Day `i` of `n` spread over 2 January – 19 October 2024, so that every dispute is concluded and
 * visited by mid-November (the report counts to the end of November).
 */
const receivedOn = (i: number, n: number) => addDays('2024-01-02', Math.floor((i * 290) / n));

const newDispute = (
  deps: Deps,
  mediator: RequestContext,
  i: number,
  day: string,
  channel: Channel,
  category: Category,
) => {
  const [a, b] = partyNames(i);
  return createDispute(on(deps, day), mediator, {
    channel,
    channelRef: `${channel === 'court' ? '（2024）浙0282民诉前调' : 'GD2024'}${String(i + 1).padStart(5, '0')}`,
    category,
    title: `${a}与${b}${CATEGORIES[category]}`,
    facts: `${a}经${CHANNELS[channel]}反映与${b}之间的${CATEGORIES[category]}，请求调解处理。`,
    parties: [
      { role: 'applicant', name: a, address: '慈溪市桥头镇' },
      { role: 'respondent', name: b, address: '慈溪市桥头镇' },
    ],
  });
};

/** One dispute of the history, stepped from intake to 关闭 through the services, on its own days. */
async function replay(deps: Deps, mediator: RequestContext, i: number, h: HistoryDispute) {
  const start = receivedOn(i, HISTORY.length);
  const at = (d: number) => on(deps, addDays(start, d));
  const { id } = await newDispute(deps, mediator, i, start, h.channel, h.category);
  const [a] = partyNames(i);
  if (h.outcome === 'declined') {
    await declineMediation(at(1), mediator, id, { party: a });
    await revisitDispute(at(6), mediator, id, { rating: 4 });
    return;
  }
  await routeDispute(at(0), mediator, id, {
    handlerKind: h.channel === 'court' ? 'town_committee' : 'village_committee',
    handlerName:
      h.channel === 'court' ? TOWN_COMMITTEE : VILLAGE_COMMITTEES[i % VILLAGE_COMMITTEES.length]!,
    mediatorName: '吴调解',
  });
  await acceptDispute(at(1), mediator, id);
  const ends = 3 + (i % 20);
  if (h.outcome === 'written') {
    await recordSession(at(ends - 1), mediator, id, {
      place: h.channel === 'court' ? '桥头镇诉前调解工作室' : '村调解室',
      attendees: '双方当事人、调解员吴调解',
      summary: '双方陈述各自意见，调解员释明法律规定，双方就赔偿金额和履行期限协商一致。',
    });
    await agreeInWriting(at(ends), mediator, id, {
      responsibilities: '双方对纠纷的发生均负有一定责任。',
      terms: '被申请人向申请人支付补偿款，双方就此纠纷再无其他争议。',
      performance: '于协议签订之日起十日内一次性付清。',
      offline: true,
    });
    if (h.channel === 'court')
      await applyConfirmation(at(ends + 5), mediator, id, { court: COURT });
  } else if (h.outcome === 'oral') {
    await agreeOrally(at(ends), mediator, id, '双方当场和解，被申请人赔礼道歉并即时履行完毕。');
  } else {
    await failMediation(
      at(ends),
      mediator,
      id,
      h.channel === 'court'
        ? '调解不成，已告知当事人由人民法院依法立案审理'
        : '已告知当事人可以通过仲裁、行政或者诉讼途径维护自己的权利',
    );
  }
  await revisitDispute(at(ends + 7), mediator, id, { rating: h.outcome === 'failed' ? 3 : 5 });
}

/**
 * 桥头镇's 2024 disputes through the real services, as the 矛调中心's mediator on the day each step
 * happened. The written agreements of the history were signed on paper, so no DOCX is generated for them.
 */
export const seedDisputesDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  if (await deps.db.kysely.selectFrom('disputes').select('id').executeTakeFirst()) return;
  const mediator = await actorCtx(deps, 'mediator');
  for (const [i, h] of HISTORY.entries()) await replay(deps, mediator, i, h);
}

/**
 * The centre's open disputes on the day of loading: one just registered from 12345, one routed to a
 * village committee, and a court referral in mediation with a session (its 30-day clock running).
 */
export async function seedDisputesNow(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  if (
    await q
      .selectFrom('disputes')
      .select('id')
      .where('receivedOn', '>', '2024-12-31')
      .executeTakeFirst()
  )
    return;
  const mediator = await actorCtx(deps, 'mediator');
  const day = today(deps);
  const back = (d: number) => on(deps, addDays(day, -d));
  const base = HISTORY.length;
  const open = (i: number, ago: number, channel: Channel, category: Category) =>
    newDispute(deps, mediator, base + i, addDays(day, -ago), channel, category);
  await open(0, 1, 'hotline12345', 'neighbour');
  const routed = await open(1, 4, 'grid', 'land');
  await routeDispute(back(3), mediator, routed.id, {
    handlerKind: 'village_committee',
    handlerName: VILLAGE_COMMITTEES[0]!,
  });
  const court = await open(2, 12, 'court', 'contract');
  await routeDispute(back(12), mediator, court.id, {
    handlerKind: 'town_committee',
    handlerName: TOWN_COMMITTEE,
    mediatorName: '吴调解',
  });
  await acceptDispute(back(11), mediator, court.id);
  await recordSession(back(5), mediator, court.id, {
    place: '桥头镇诉前调解工作室',
    attendees: '双方当事人、调解员吴调解',
    summary: '双方对货款数额存在分歧，约定下次调解前各自核对账目。',
  });
}
