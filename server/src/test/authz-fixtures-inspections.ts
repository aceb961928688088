import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

/**
 * An inspection record, a hazard found on it and a 双随机 plan (draft), made through the API by the town's
 * own officer.
 */
export async function inspectionRecords(
  s: TestServer,
  officerName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const officer = await s.as(officerName);
  const q = s.deps.db.kysely;
  const made = async (res: { status: number; json: any }, what: string) => {
    if (res.status !== 201)
      throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.json)}`);
    const id = res.json.id as string;
    const table =
      what === 'inspection'
        ? 'enforcementInspections'
        : what === 'plan'
          ? 'enforcementPlans'
          : 'enforcementHazards';
    const { orgId } = await q
      .selectFrom(table)
      .select('orgId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const { path } = await q
      .selectFrom('orgs')
      .select('path')
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    return { params: { id }, orgPath: path };
  };
  const inspection = await made(
    await officer.post('/api/v1/enforcement/inspections', {
      kind: 'fire',
      inspectedOn: '2024-11-19',
      subjectName: '矩阵测试单位',
      checklist: ['extinguishers', 'exits', 'facilities', 'wiring'].map((item) => ({
        item,
        passed: true,
      })),
      inspectors: '矩阵测试',
    }),
    'inspection',
  );
  const hazard = await made(
    await officer.post('/api/v1/enforcement/hazards', {
      inspectionId: inspection.params.id,
      subjectName: '矩阵测试单位',
      description: '矩阵测试隐患',
      level: 'general',
    }),
    'hazard',
  );
  const enforcementPlan = await made(
    await officer.post('/api/v1/enforcement/plans', {
      name: '矩阵测试抽查计划',
      year: 2024,
      period: '第四季度',
      matter: '矩阵测试抽查事项',
      legalBasis: '《消防法》第五十三条',
      objects: ['矩阵测试单位甲', '矩阵测试单位乙'],
      drawCount: 1,
      officersPerInspection: 2,
    }),
    'plan',
  );
  return { inspection, hazard, enforcementPlan };
}
