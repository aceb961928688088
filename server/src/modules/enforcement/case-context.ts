import { sql } from 'kysely';
import type { Q } from '../../core/db/database.js';
import { fixedQuery } from '../../core/db/fixed-query.js';
import { settingsFrom, type TownSettings } from './enforcement-settings.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import type { EntrustmentTerms } from './entrustment-check.js';

// tenancy: the case was loaded through scoped(); these are its town's, its officers' and its own rows

/** What a case's facts read besides its row. */
export interface CaseContext {
  /** The town's art 63 hearing amounts and art 51 on-the-spot limits. */
  settings: TownSettings;
  /** The case's entrustment (行政处罚法 第二十条); undefined when it names none. */
  entrustment: EntrustmentTerms | undefined;
  /** Officers named on the case whose 执法证 is valid on the day (浙江省综合行政执法条例 第二十八条). */
  certified: number;
  /** The case's 先行登记保存 (art 56): how many, how many undecided, the state of the one named. */
  preserved: number;
  undecided: number;
  preservationTarget: 'missing' | 'decided' | 'undecided' | null;
}

type Row = Pick<EnforcementCasesTable, 'id' | 'officerIds'>;

/** The context statement, compiled once per number of officers (fixedQuery). */
const contextOf = fixedQuery(
  (q, v: { id: string; officers: string[]; day: string; named: string }) =>
    q
      .selectFrom('enforcementCases as c')
      .leftJoin('enforcementSettings as s', 's.orgId', 'c.townId')
      .leftJoin('enforcementEntrustments as e', 'e.id', 'c.entrustmentId')
      .select((eb) => [
        's.hearingFineCitizen',
        's.hearingFineOrganisation',
        's.simpleFineCitizen',
        's.simpleFineOrganisation',
        's.simpleReportDays',
        'e.entrustingBody',
        'e.fields',
        'e.startsOn',
        'e.endsOn',
        (v.officers.length === 0
          ? sql<number>`0`
          : eb
              .selectFrom('enforcementCertificates')
              .select((x) => x.fn.count<number>('userId').distinct().as('n'))
              .where('userId', 'in', v.officers)
              .where('issuedOn', '<=', v.day)
              .where('expiresOn', '>=', v.day)
        ).as('certified'),
        eb
          .selectFrom('enforcementPreservations as p')
          .select((p) => p.fn.countAll<number>().as('n'))
          .whereRef('p.caseId', '=', 'c.id')
          .as('preserved'),
        eb
          .selectFrom('enforcementPreservations as p')
          .select((p) => p.fn.countAll<number>().as('n'))
          .whereRef('p.caseId', '=', 'c.id')
          .where('p.decidedOn', 'is', null)
          .as('undecided'),
        eb
          .selectFrom('enforcementPreservations as p')
          .select('p.decidedOn')
          .whereRef('p.caseId', '=', 'c.id')
          .where('p.id', '=', v.named)
          .as('targetDecidedOn'),
        eb
          .selectFrom('enforcementPreservations as p')
          .select((p) => p.fn.countAll<number>().as('n'))
          .whereRef('p.caseId', '=', 'c.id')
          .where('p.id', '=', v.named)
          .as('targetFound'),
      ])
      .where('c.id', '=', v.id),
);

/**
 * A step's context in one statement rather than one each: the case row (already loaded, and locked on
 * PostgreSQL) joined to its town's settings and its entrustment, with its certified officers and its
 * preservations counted beside.
 */
export async function caseContext(
  q: Q,
  r: Row,
  day: string,
  named: string | undefined,
): Promise<CaseContext> {
  const officers = JSON.parse(r.officerIds) as string[];
  const [c] = await contextOf(q, { id: r.id, officers, day, named: named ?? '' });
  if (!c) throw new Error(`case ${r.id} vanished inside its own step`);
  const { entrustingBody, fields, startsOn, endsOn } = c;
  return {
    settings: settingsFrom(c),
    entrustment:
      entrustingBody === null || fields === null || startsOn === null || endsOn === null
        ? undefined
        : { entrustingBody, fields, startsOn, endsOn },
    certified: Number(c.certified ?? 0),
    preserved: Number(c.preserved ?? 0),
    undecided: Number(c.undecided ?? 0),
    preservationTarget:
      named === undefined
        ? null
        : !Number(c.targetFound)
          ? 'missing'
          : c.targetDecidedOn
            ? 'decided'
            : 'undecided',
  };
}
