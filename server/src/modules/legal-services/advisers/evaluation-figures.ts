import type { Q } from '../../../core/db/database.js';
import { ADVISER_GRADES, type AdviserGrade } from '../legal-services.vocabulary.js';

// tenancy: counts the villages of a town the caller was checked to see (pageTown in stats.service.ts)

export const EVALUATION_DEFINITION =
  '本镇各村（社区）法律顾问该年度的年度考核人数及各等次人数，按考核年度计';

/** The year's adviser evaluations in the town's villages, by grade (优秀 / 称职 / 基本称职 / 不称职). */
export async function evaluationFigures(q: Q, townId: string, year: number) {
  const rows = await q
    .selectFrom('legalAdviserEvaluations')
    .innerJoin('orgs', 'orgs.id', 'legalAdviserEvaluations.orgId')
    .select(['legalAdviserEvaluations.grade', (eb) => eb.fn.countAll<number>().as('n')])
    .where('orgs.townId', '=', townId)
    .where('legalAdviserEvaluations.year', '=', year)
    .groupBy('legalAdviserEvaluations.grade')
    .execute();
  const byGrade = Object.fromEntries(
    (Object.keys(ADVISER_GRADES) as AdviserGrade[]).map((g) => [
      g,
      Number(rows.find((r) => r.grade === g)?.n ?? 0),
    ]),
  ) as Record<AdviserGrade, number>;
  return { evaluated: Object.values(byGrade).reduce((a, b) => a + b, 0), byGrade };
}
