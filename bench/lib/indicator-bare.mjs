/**
 * The bare baseline of the indicators benchmark: the same grouped counts the modules' providers run
 * (server/src/modules/<module>/<module>.indicators.ts), as plain SQL for a list of towns and a span —
 * minus the session, the permission and tenancy checks, the zod response and the report's assembly.
 * Keep it aligned with the providers when they change.
 */
import { lit } from './indicator-seed.mjs';

const sum = (/** @type {string} */ when) => `sum(CASE WHEN ${when} THEN 1 ELSE 0 END)`;

/**
 * @param {string[]} towns @param {string[]} orgIds @param {string} from @param {string} to @param {number} year
 * @returns {['year' | 'cutOff', string][]} the statements, each with the span kind its figures use
 */
function spanQueries(towns, orgIds, from, to, year) {
  const inTowns = `(${towns.map(lit).join(', ')})`;
  // The review counts filter on the towns' org ids as values, as the provider does (see orgIdsQuery).
  const inOrgs = `(${orgIds.length ? orgIds.map(lit).join(', ') : 'NULL'})`;
  const within = (/** @type {string} */ col) => `${col} >= '${from}' AND ${col} <= '${to}'`;
  const received = within('received_on');
  const concluded = within('concluded_on');
  const [y0, y1] = [`'${year}-01-01'`, `'${year}-12-31'`];
  const flag = (/** @type {string} */ when) => `CASE WHEN ${when} THEN 1 ELSE 0 END`;
  const agreed = `outcome IN ('written', 'oral')`;
  const total = (/** @type {string[]} */ cols) => cols.map((c) => `sum(${c})`).join(', ');
  return [
    [
      'year',
      `SELECT town_id, ${total(['police', 'police_agreed', 'timed', 'on_time', 'closed', 'done', 'court', 'court_agreed', 'agreements'])} FROM (
       SELECT town_id, ${flag(`channel = 'police110'`)} AS police, ${flag(`channel = 'police110' AND ${agreed}`)} AS police_agreed,
         0 AS timed, 0 AS on_time, ${flag(`status = 'closed'`)} AS closed, ${flag(`status IN ('concluded', 'closed')`)} AS done,
         0 AS court, 0 AS court_agreed, 0 AS agreements
       FROM disputes WHERE town_id IN ${inTowns} AND ${received}
       UNION ALL
       SELECT town_id, 0, 0, ${flag('due_on IS NOT NULL')}, ${flag('due_on IS NOT NULL AND concluded_on <= due_on')}, 0, 0,
         ${flag(`channel = 'court'`)}, ${flag(`channel = 'court' AND ${agreed}`)}, ${flag(agreed)}
       FROM disputes WHERE town_id IN ${inTowns} AND ${concluded}
     ) d GROUP BY town_id`,
    ],
    [
      'year',
      `SELECT town_id, ${total(['entrusted', 'entrusted_fines', 'food', 'food_fines'])} FROM (
       SELECT town_id, 1 AS entrusted, coalesce(fine, 0) AS entrusted_fines, 0 AS food, 0 AS food_fines FROM enforcement_cases
       WHERE town_id IN ${inTowns} AND field = 'safety_fire' AND ${within('decided_on')} AND authority_basis = 'entrusted'
       UNION ALL
       SELECT town_id, 0, 0, 1, coalesce(fine, 0) FROM enforcement_cases
       WHERE town_id IN ${inTowns} AND field = 'food_safety' AND ${within('filed_on')}
     ) c GROUP BY town_id`,
    ],
    [
      'year',
      `SELECT town_id, count(DISTINCT subject_name) FROM enforcement_inspections
     WHERE town_id IN ${inTowns} AND kind = 'canteen' AND joint = 1 AND ${within('inspected_on')} GROUP BY town_id`,
    ],
    [
      'cutOff',
      `SELECT town_id, sum(filed), sum(corrections) FROM (
       SELECT town_id, 1 AS filed, 0 AS corrections FROM litigation_cases
       WHERE town_id IN ${inTowns} AND kind = 'litigation' AND ${received}
       UNION ALL
       SELECT town_id, 0, 1 FROM litigation_cases
       WHERE town_id IN ${inTowns} AND kind = 'reconsideration' AND ${concluded} AND received_on <= '${to}'
         AND outcome IN ('changed', 'revoked', 'illegal', 'perform', 'void', 'agreement')
     ) c GROUP BY town_id`,
    ],
    [
      'cutOff',
      `SELECT town_id, sum(made), sum(filed) FROM (
       SELECT org_id AS town_id, 1 AS made, 0 AS filed FROM decisions WHERE org_id IN ${inTowns} AND ${within('decided_on')}
       UNION ALL
       SELECT d.org_id, 0, 1 FROM decisions d JOIN review_items f ON f.id = d.review_item_id
       WHERE d.org_id IN ${inTowns} AND ${within('f.filed_on')}
     ) d GROUP BY town_id`,
    ],
    [
      'year',
      `SELECT org_id, ${sum(`service_kind = 'consultation'`)}, ${sum(`service_kind = 'mediation' AND outcome = 'resolved'`)}
     FROM legal_service_visits WHERE org_id IN ${inTowns} AND service_kind IN ('consultation', 'mediation') AND ${within('served_on')} GROUP BY org_id`,
    ],
    [
      'year',
      `SELECT org_id, count(*) FROM team_study_sessions
     WHERE org_id IN ${inTowns} AND kind = 'thematic' AND held_on >= ${y0} AND held_on <= ${y1} GROUP BY org_id`,
    ],
    [
      'year',
      `SELECT org_id, ${sum(`channel != 'platform' AND type = 'village_contract'`)},
       ${sum(`channel = 'platform' AND type IN ('gov_contract', 'village_contract')`)},
       ${sum(`channel = 'platform' AND type = 'village_rules'`)}, ${sum(`channel = 'platform' AND type = 'other'`)}
     FROM review_items WHERE org_id IN ${inOrgs}
       AND id IN (SELECT item_id FROM review_opinions WHERE org_id IN ${inOrgs} AND ${within('issued_on')})
     GROUP BY org_id`,
    ],
    [
      'year',
      `SELECT i.org_id, count(DISTINCT f.item_id) FROM review_filings f JOIN review_items i ON i.id = f.item_id
     WHERE i.org_id IN ${inOrgs} AND i.type = 'major_decision' AND ${within('f.filed_on')} GROUP BY i.org_id`,
    ],
  ];
}

/**
 * Every statement of one indicator set: each module's counts over its span (the year, or up to the
 * cut-off), this year and last, as the report counts them.
 * @param {string[]} towns @param {string[]} orgIds  the towns' orgs (orgIdsQuery) @param {number} year
 * @param {string} cutOff  MM-DD
 */
export function bareQueries(towns, orgIds, year, cutOff) {
  return [year, year - 1].flatMap((y) => {
    const year_ = spanQueries(towns, orgIds, `${y}-01-01`, `${y}-12-31`, y);
    const cut = spanQueries(towns, orgIds, `${y}-01-01`, `${y}-${cutOff}`, y);
    return [
      ...year_.filter(([k]) => k === 'year').map(([, q]) => q),
      ...cut.filter(([k]) => k === 'cutOff').map(([, q]) => q),
    ];
  });
}

/**
 * The orgs of the towns (the town, its offices and villages): the review provider reads them first and
 * counts by their ids. @param {string[]} towns
 */
export const orgIdsQuery = (towns) =>
  `SELECT id FROM orgs WHERE town_id IN (${towns.map(lit).join(', ')})`;
