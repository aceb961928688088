import { sql } from 'kysely';
import type { Q } from '../../../core/db/database.js';
import type { Outcome } from '../requests/outcomes.js';
import type { ApplicantKind } from '../requests/vocabulary.js';
import { COLUMNS, emptyRow, TABLE3_ROWS, type Table3, type Table3RowKey } from './table-layout.js';

/**
 * 表三 for one town and year, computed from the applications by two grouped queries (never stored
 * totals, never a loop over rows):
 * - 一 本年新收: received in the year;
 * - 二 上年结转: received before the year and not finished before it;
 * - 三 办理结果: finished (replied or closed) in the year, by outcome;
 * - 四 结转下年: received by the year's end and not finished by it.
 * 收到申请之日 (art 31) decides the year of receipt; the reply or closing day decides the year of the result.
 */
export async function applicationTable(q: Q, townId: string, year: number): Promise<Table3> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const [flow, results] = await Promise.all([
    q
      // tenancy: the report service has resolved `townId` within the caller's scope
      .selectFrom('disclosureRequests')
      .select([
        'applicantKind',
        sql<number>`sum(case when received_on >= ${start} then 1 else 0 end)`.as('fresh'),
        sql<number>`sum(case when received_on < ${start} then 1 else 0 end)`.as('carriedIn'),
        sql<number>`sum(case when outcome_on is null or outcome_on > ${end} then 1 else 0 end)`.as(
          'carriedOut',
        ),
      ])
      .where('orgId', '=', townId)
      .where('receivedOn', '<=', end)
      .where((eb) => eb.or([eb('outcomeOn', 'is', null), eb('outcomeOn', '>=', start)]))
      .groupBy('applicantKind')
      .execute(),
    q
      // tenancy: the report service has resolved `townId` within the caller's scope
      .selectFrom('disclosureRequests')
      .select(['applicantKind', 'outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .where('orgId', '=', townId)
      .where('outcomeOn', '>=', start)
      .where('outcomeOn', '<=', end)
      .groupBy(['applicantKind', 'outcome'])
      .execute(),
  ]);
  const table = Object.fromEntries(TABLE3_ROWS.map((r) => [r.key, emptyRow()])) as Table3;
  const add = (row: Table3RowKey, kind: ApplicantKind, n: number) => {
    table[row][kind] += n;
    table[row].total += n;
  };
  for (const f of flow) {
    const kind = f.applicantKind as ApplicantKind;
    add('new', kind, Number(f.fresh));
    add('carried_in', kind, Number(f.carriedIn));
    add('carried_out', kind, Number(f.carriedOut));
  }
  for (const r of results) {
    if (!r.outcome) continue;
    add(r.outcome as Outcome, r.applicantKind as ApplicantKind, Number(r.n));
    add('results_total', r.applicantKind as ApplicantKind, Number(r.n));
  }
  return table;
}

/** The table as rows for JSON consumers: each row's key, label and the seven column values. */
export function table3Rows(t: Table3) {
  return TABLE3_ROWS.map((r) => ({
    key: r.key,
    label: r.label,
    group: r.group ?? null,
    values: Object.fromEntries(COLUMNS.map((c) => [c, t[r.key][c]])) as Record<
      (typeof COLUMNS)[number],
      number
    >,
  }));
}
