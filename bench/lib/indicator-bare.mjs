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
  return [
    [
      'year',
      `SELECT town_id, ${sum(`${received} AND channel = 'police110'`)}, ${sum(`${received} AND channel = 'police110' AND outcome IN ('written', 'oral')`)},
       ${sum(`${concluded} AND due_on IS NOT NULL`)}, ${sum(`${concluded} AND due_on IS NOT NULL AND concluded_on <= due_on`)},
       ${sum(`${received} AND status = 'closed'`)}, ${sum(`${received} AND status IN ('concluded', 'closed')`)},
       ${sum(`${concluded} AND channel = 'court'`)}, ${sum(`${concluded} AND channel = 'court' AND outcome IN ('written', 'oral')`)},
       ${sum(`${concluded} AND outcome IN ('written', 'oral')`)}
     FROM disputes WHERE town_id IN ${inTowns} AND ((${received}) OR (${concluded})) GROUP BY town_id`,
    ],
    [
      'year',
      `SELECT town_id, ${sum(`${within('decided_on')} AND field = 'safety_fire' AND authority_basis = 'entrusted'`)},
       ${sum(`${within('filed_on')} AND field = 'food_safety'`)}, sum(fine)
     FROM enforcement_cases WHERE town_id IN ${inTowns} AND ((${within('decided_on')}) OR (${within('filed_on')})) GROUP BY town_id`,
    ],
    [
      'year',
      `SELECT town_id, count(DISTINCT subject_name) FROM enforcement_inspections
     WHERE town_id IN ${inTowns} AND kind = 'canteen' AND joint = 1 AND ${within('inspected_on')} GROUP BY town_id`,
    ],
    [
      'cutOff',
      `SELECT town_id, ${sum(`kind = 'litigation' AND received_on >= '${from}'`)},
       ${sum(`kind = 'reconsideration' AND outcome IN ('changed', 'revoked', 'illegal', 'perform', 'void', 'agreement') AND ${concluded}`)}
     FROM litigation_cases WHERE town_id IN ${inTowns} AND received_on <= '${to}' GROUP BY town_id`,
    ],
    [
      'cutOff',
      `SELECT d.org_id, ${sum(within('d.decided_on'))}, ${sum(within('f.filed_on'))}
     FROM decisions d LEFT JOIN review_items f ON f.id = d.review_item_id
     WHERE d.org_id IN ${inTowns} AND ((${within('d.decided_on')}) OR (${within('f.filed_on')})) GROUP BY d.org_id`,
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
      `SELECT i.org_id, count(DISTINCT CASE WHEN i.channel != 'platform' AND i.type = 'village_contract' THEN r.item_id END),
       count(DISTINCT CASE WHEN i.channel = 'platform' AND i.type IN ('gov_contract', 'village_contract') THEN r.item_id END),
       count(DISTINCT CASE WHEN i.channel = 'platform' AND i.type = 'village_rules' THEN r.item_id END),
       count(DISTINCT CASE WHEN i.channel = 'platform' AND i.type = 'other' THEN r.item_id END)
     FROM review_opinions r JOIN review_items i ON i.id = r.item_id
     WHERE r.org_id IN ${inOrgs} AND i.org_id IN ${inOrgs} AND ${within('r.issued_on')} GROUP BY i.org_id`,
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
