import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { today } from '../../../core/deps.js';
import { mutation } from '../../../core/mutation.js';
import { loadUserActor } from '../../auth/actor-loader.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { inOneTransaction } from '../../demo/demo-actors.js';
import { demoIsLive } from '../../demo/demo-now.js';
import { ensureVillageCadres } from '../../demo/village-cadres.js';
import { OFFLINE_CAMPAIGN } from '../ledger/import.service.js';
import { recordOfflineContracts } from '../ledger/offline-record.js';
import { settingsOf } from '../settings/settings.service.js';
import { loadCast } from './review-demo.cast.js';
import { closeLeftover } from './review-demo.closing.js';
import { demoContracts } from './review-demo.contracts.js';
import { playFcrDemo } from './review-demo.fcr.js';
import { demoOffline } from './review-demo.offline.js';
import { demoOthers } from './review-demo.others.js';
import { playItems } from './review-demo.player.js';

// tenancy: the demo seed runs as the system

/**
 * 桥头镇's legality review of 2024, from which the report's figures are computed: 89 contracts,
 * 8 village rules, 1 major-decision filing and 2 other items reviewed on the platform, 356 village
 * contracts reviewed offline, plus items still in progress on 20 November (closed in January 2025 when
 * the demo is loaded later, see review-demo.closing.ts). Every item is played through the real services
 * by the people who took each step (the villages by their cadres), in one transaction.
 */
export const seedReviewDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const cast = await loadCast(q);
  if (!cast) return;
  if (
    await q
      .selectFrom('reviewItems')
      .select('id')
      .where('orgId', 'in', [
        cast.townId,
        ...cast.villages.map((v) => v.id),
        ...Object.values(cast.offices).map((o) => o.id),
      ])
      .executeTakeFirst()
  )
    return;
  const [cal, settings] = await Promise.all([loadCalendar(q), settingsOf(q, cast.townId)]);
  const day = today(deps);
  const cadres = await ensureVillageCadres(q, cast.villages, deps.time.now());
  const actors = new Map<string, RequestContext>();
  for (const userId of new Set([
    ...[
      cast.clerk,
      cast.reviewer,
      cast.adviser,
      cast.deputy,
      cast.head,
      cast.county,
      cast.cadre,
    ].map((w) => w.userId!),
    ...cadres.values(),
  ]))
    actors.set(userId, {
      actor: await loadUserActor(q, userId),
      ip: null,
      userAgent: 'demo-seed',
      requestId: 'demo-seed',
    });
  const history = [...demoContracts(cast, cal), ...demoOthers(cast, cal)];
  const items = demoIsLive(day) ? history.map((d) => closeLeftover(d, cast, cal)) : history;
  const ids = await playItems(
    deps,
    items,
    cast,
    (who, item) => actors.get(who.userId ?? cadres.get(item.orgId)!)!,
    settings,
    day,
  );

  const reviewer = actors.get(cast.reviewer.userId!)!;
  await mutation(deps, reviewer, async (m) => {
    const engine = { tradingThresholdFen: settings.tradingThresholdFen, calendar: cal };
    await recordOfflineContracts(
      m,
      { townId: cast.townId, by: cast.reviewer, campaign: OFFLINE_CAMPAIGN, engine },
      demoOffline(cast, cal),
    );
  });
  const policy = items.findIndex((i) => i.type === 'normative_doc');
  await playFcrDemo(
    deps,
    { clerk: actors.get(cast.clerk.userId!)!, reviewer },
    cast.offices.jjfzb.name,
    cal,
    { id: ids[policy]!, title: items[policy]!.title, text: items[policy]!.versions[0]!.text },
  );
}
