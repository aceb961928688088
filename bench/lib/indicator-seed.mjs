/**
 * Generated records for the indicators benchmark: N rows per module (each table the figures count),
 * written by the database itself in INSERT … SELECT batches (generate_series on PostgreSQL, a recursive
 * CTE on SQLite), spread over the towns of `bench_towns` (n → town id, made by `benchTownsSql`) and over
 * 2023–2024 (the year reported and the year before, so last year's figures are counted too).
 */

/** A SQL string literal (values here are our own constants). */
export const lit = (/** @type {string} */ v) => `'${v.replaceAll("'", "''")}'`;

/**
 * @param {'sqlite' | 'pg'} d
 * @param {string[]} townIds
 */
export const benchTownsSql = (d, townIds) => [
  'CREATE TABLE bench_towns (n integer PRIMARY KEY, id text NOT NULL)',
  `INSERT INTO bench_towns (n, id) VALUES ${townIds.map((id, n) => `(${n}, ${lit(id)})`).join(', ')}`,
  ...(d === 'pg' ? ['ANALYZE bench_towns'] : []),
];

/**
 * The dialect's pieces: the series, ids unique per table, days from 2023-01-01, now, string concat.
 * @param {'sqlite' | 'pg'} d
 */
function dialect(d) {
  const pg = d === 'pg';
  return {
    series: (/** @type {number} */ from, /** @type {number} */ to) =>
      pg
        ? `generate_series(${from}, ${to}) AS g(i)`
        : `(WITH RECURSIVE s(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM s WHERE i < ${to}) SELECT i FROM s) AS g`,
    id: (/** @type {string} */ tag) =>
      pg
        ? `'00000000-0000-7000-${tag}-' || lpad(to_hex(i), 12, '0')`
        : `printf('00000000-0000-7000-${tag}-%012x', i)`,
    day: (/** @type {string} */ offset) =>
      pg ? `(DATE '2023-01-01' + (${offset}))` : `date('2023-01-01', (${offset}) || ' days')`,
    now: pg ? 'now()' : `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    text: (/** @type {string} */ prefix) => `${lit(prefix)} || i`,
  };
}

/**
 * Per table: its columns and the SELECT list that makes row i (in town t.id) — decisions need an
 * existing catalogue entry and visits an existing window (foreign keys), passed in `refs`.
 * @param {'sqlite' | 'pg'} d @param {{ entryId: string, windowId: string }} refs
 * @returns {Record<string, [table: string, columns: string, select: string]>}
 */
function tables(d, refs) {
  const { id, day, now, text } = dialect(d);
  const at = 'i % 720';
  return {
    disputes: [
      'disputes',
      'id, org_id, town_id, code, channel, received_on, category, title, facts, dup_key, status, chosen_by_parties, extension_days, due_on, concluded_on, outcome, created_at, updated_at',
      `${id('b001')}, t.id, t.id, ${text('BENCH-')}, CASE i % 3 WHEN 0 THEN 'police110' WHEN 1 THEN 'court' ELSE 'grid' END,
       ${day(at)}, 'contract', '基准纠纷', '基准测试', ${text('bench')}, CASE WHEN i % 10 = 0 THEN 'concluded' ELSE 'closed' END, 0, 0,
       ${day(`${at} + 15`)}, ${day(`${at} + 10`)}, CASE WHEN i % 3 = 2 THEN 'failed' WHEN i % 2 = 0 THEN 'written' ELSE 'oral' END, ${now}, ${now}`,
    ],
    enforcement: [
      'enforcement_cases',
      'id, org_id, town_id, case_no, title, field, authority_basis, party_name, party_kind, facts, major, status, clue_on, officer_ids, filed_on, extension_days, decided_on, fine, created_at, updated_at',
      `${id('b002')}, t.id, t.id, ${text('BENCH-')}, '基准案件', CASE i % 3 WHEN 0 THEN 'safety_fire' WHEN 1 THEN 'food_safety' ELSE 'urban' END,
       CASE WHEN i % 2 = 0 THEN 'entrusted' ELSE 'assigned' END, '基准当事人', 'company', '基准事实', 0, 'closed', ${day(at)}, '[]',
       ${day(`${at} + 3`)}, 0, ${day(`${at} + 30`)}, (i % 50) * 100, ${now}, ${now}`,
    ],
    inspections: [
      'enforcement_inspections',
      'id, org_id, town_id, kind, inspected_on, subject_name, checklist, joint, departments, inspectors, created_at',
      `${id('b003')}, t.id, t.id, CASE WHEN i % 2 = 0 THEN 'canteen' ELSE 'fire' END, ${day(at)}, '学校食堂' || (i % 500),
       '[]', CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END, '[]', '[]', ${now}`,
    ],
    litigation: [
      'litigation_cases',
      'id, org_id, town_id, kind, case_no, title, claimant_name, claimant_is_person, respondent, review_body, received_on, answer_due, answer_late, appearance_mandatory, after_reconsideration, disclosure_related, simplified, status, outcome, concluded_on, created_at, updated_at',
      `${id('b004')}, t.id, t.id, CASE WHEN i % 2 = 0 THEN 'litigation' ELSE 'reconsideration' END, ${text('BENCH-')}, '基准案件', '基准申请人', 1,
       '镇人民政府', '市人民政府', ${day(at)}, ${day(`${at} + 15`)}, 0, 0, 0, 0, 0, 'concluded',
       CASE i % 4 WHEN 0 THEN 'revoked' WHEN 1 THEN 'upheld' WHEN 2 THEN 'changed' ELSE 'withdrawn' END, ${day(`${at} + 60`)}, ${now}, ${now}`,
    ],
    decisions: [
      'decisions',
      'id, org_id, entry_id, title, state, affects_market, participation_withheld, risk_required, proposed_on, decided_on, created_at, updated_at',
      `${id('b005')}, t.id, ${lit(refs.entryId)}, '基准决策', 'decided', 0, 0, 0, ${day(at)}, ${day(`${at} + 30`)}, ${now}, ${now}`,
    ],
    visits: [
      'legal_service_visits',
      'id, org_id, window_id, served_on, service_kind, channel, visitor_name, handler_name, topic, outcome, created_at',
      `${id('b006')}, t.id, ${lit(refs.windowId)}, ${day(at)}, CASE i % 3 WHEN 0 THEN 'consultation' WHEN 1 THEN 'mediation' ELSE 'service' END,
       'in_person', '基准来访人', '基准接待人', '基准事项', CASE WHEN i % 2 = 0 THEN 'resolved' ELSE 'answered' END, ${now}`,
    ],
    study: [
      'team_study_sessions',
      'id, org_id, kind, held_on, title, attendees, absentees, materials, created_at',
      `${id('b007')}, t.id, CASE WHEN i % 2 = 0 THEN 'thematic' ELSE 'pre_meeting' END, ${day(at)}, '基准学习会', '[]', '[]', '[]', ${now}`,
    ],
    reviewItems: [
      'review_items',
      'id, org_id, title, type, channel, track, state, version, fields, affects_market, created_at, updated_at',
      `${id('b008')}, t.id, '基准审查事项', CASE i % 4 WHEN 0 THEN 'village_contract' WHEN 1 THEN 'gov_contract' WHEN 2 THEN 'village_rules' ELSE 'other' END,
       CASE WHEN i % 3 = 0 THEN 'offline' ELSE 'platform' END, 'standard', 'concluded', 1, '[]', 0, ${now}, ${now}`,
    ],
    reviewOpinions: [
      'review_opinions',
      'id, item_id, org_id, version, conclusion, checklist, summary, bases, reviewer_name, issued_on, issued_at, channel',
      `${id('b009')}, ${id('b008')}, t.id, 1, 'lawful', '[]', '基准意见', '[]', '基准审查员', ${day(at)}, ${now}, 'platform'`,
    ],
  };
}

/** Tables seeded per module (review: its items and one opinion each). */
export const SEEDED =
  'disputes, enforcement cases and inspections, litigation cases, decisions, station visits, study sessions, review items with an opinion';

/**
 * The INSERT … SELECT statements for `rows` rows per table in batches of 50 000.
 * @param {'sqlite' | 'pg'} d @param {number} rows @param {number} towns @param {{ entryId: string, windowId: string }} refs
 */
export function seedStatements(d, rows, towns, refs) {
  const { series } = dialect(d);
  const out = [];
  for (const [table, columns, select] of Object.values(tables(d, refs)))
    for (let from = 1; from <= rows; from += 50_000)
      out.push(
        `INSERT INTO ${table} (${columns}) SELECT ${select} FROM ${series(from, Math.min(rows, from + 49_999))} JOIN bench_towns t ON t.n = i % ${towns}`,
      );
  return out;
}
