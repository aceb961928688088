import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { computeDeadline } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { pageTown } from '../../orgs/orgs.public.js';
import { checkPeriods, majorStatus, PERIOD_STATUS_LABELS } from './frequency.js';
import { villagesOfTown } from './village-org.js';
import { frequencies, villageSettings, VILLAGE_DEFAULTS } from './village-settings.js';
import {
  AFFAIR_CATEGORIES,
  AFFAIR_CATEGORY_KEYS,
  FREQUENCIES,
  FREQUENCY_BASIS,
} from './village-vocabulary.js';

// tenancy: items of the villages of a town checked with assertOrgVisible just above

/**
 * The town's board: for each village and each of 党务/村务/财务, every period of the year with its
 * status (computed from publication dates and the village's required frequency), and the major
 * matters published late or still unpublished past their day. Nothing is stored: it is recomputed.
 */
export async function villageBoard(
  deps: Deps,
  ctx: RequestContext,
  input: { year?: number | undefined; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'village_affairs.board.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, input.orgId, '三务公开看板按乡镇编制');
  const day = today(deps);
  const year = input.year ?? Number(day.slice(0, 4));
  const [villages, settings, cal] = await Promise.all([
    villagesOfTown(q, town.id),
    villageSettings(q, town.id),
    loadCalendar(q),
  ]);
  const ids = villages.map((v) => v.id);
  const [freqOf, items] = await Promise.all([
    frequencies(q, ids),
    ids.length
      ? q
          .selectFrom('villageAffairsItems')
          .select([
            'orgId',
            'category',
            'matterKind',
            'period',
            'occurredOn',
            'status',
            'publishedOn',
          ])
          .where('orgId', 'in', ids)
          // Dates are compared as ranges: PostgreSQL has no LIKE on a date column.
          .where((eb) =>
            eb.or([
              eb('period', 'like', `${year}-%`),
              eb.and([
                eb('occurredOn', '>=', `${year}-01-01`),
                eb('occurredOn', '<=', `${year}-12-31`),
              ]),
            ]),
          )
          .execute()
      : Promise.resolve([]),
  ]);

  const rows = villages.map((v) => {
    const categories = AFFAIR_CATEGORY_KEYS.map((c) => {
      const mine = items.filter((i) => i.orgId === v.id && i.category === c);
      const frequency = freqOf(v.id, c);
      const published = mine
        .filter(
          (i) =>
            i.status === 'published' && i.matterKind === 'regular' && i.period && i.publishedOn,
        )
        .map((i) => ({ period: i.period!, publishedOn: i.publishedOn! }));
      const periods = checkPeriods({
        year,
        frequency,
        dueDay: settings.dueDay,
        today: day,
        published,
      }).map((p) => ({ ...p, statusLabel: PERIOD_STATUS_LABELS[p.status] }));
      const majors = mine
        .filter((i) => i.matterKind === 'major' && i.occurredOn)
        .map((i) =>
          majorStatus({
            due: computeDeadline(cal, i.occurredOn!, settings.majorDays, 'working').due,
            publishedOn: i.publishedOn,
            today: day,
          }),
        );
      const lastPublishedOn = mine.reduce<string | null>(
        (acc, i) => (i.publishedOn && (!acc || i.publishedOn > acc) ? i.publishedOn : acc),
        null,
      );
      const missing = periods.filter((p) => p.status === 'missing').map((p) => p.period);
      const majorOverdue = majors.filter((s) => s === 'overdue').length;
      return {
        category: c,
        categoryLabel: AFFAIR_CATEGORIES[c],
        frequency,
        frequencyLabel: FREQUENCIES[frequency],
        periods,
        lastPublishedOn,
        missing,
        major: {
          total: majors.length,
          late: majors.filter((s) => s === 'late').length,
          overdue: majorOverdue,
        },
        overdue: missing.length > 0 || majorOverdue > 0,
      };
    });
    return { id: v.id, name: v.name, categories, overdue: categories.some((c) => c.overdue) };
  });

  return {
    town: { id: town.id, name: town.name },
    year,
    today: day,
    settings: {
      ...settings,
      sources: {
        dueDay: VILLAGE_DEFAULTS.dueDay.source,
        majorDays: VILLAGE_DEFAULTS.majorDays.source,
      },
    },
    basis: FREQUENCY_BASIS,
    villages: rows,
    summary: {
      villages: rows.length,
      overdueVillages: rows.filter((r) => r.overdue).length,
      overdueCells: rows.reduce((n, r) => n + r.categories.filter((c) => c.overdue).length, 0),
    },
  };
}
