import type { Instant, IsoDate } from '../../../core/db/schema.js';
import type { PlanState } from './plan.workflow.js';

/** A 双随机、一公开 抽查计划 and its seeded draw (plan.workflow.ts, plan.draw.ts). */
export interface EnforcementPlansTable {
  id: string;
  orgId: string;
  townId: string;
  name: string;
  year: number;
  /** 抽查时段, e.g. 第二季度. */
  period: string;
  /** 抽查事项 and its 检查依据. */
  matter: string;
  legalBasis: string;
  /** JSON array of the names of the objects in the pool (检查对象名录库). */
  objects: string;
  drawCount: number;
  officersPerInspection: number;
  status: PlanState;
  /** The draw's seed, published with it so anyone can re-run the draw. */
  seed: string | null;
  /** JSON array of PlanCandidate: the eligible officers at the draw, in ascending id order. */
  candidates: string | null;
  /** JSON array of DrawnInspection (officers by id). */
  drawResult: string | null;
  drawnOn: IsoDate | null;
  publishedOn: IsoDate | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** An officer who could be drawn: a holder of a 执法证 valid on the day of the draw. */
export interface PlanCandidate {
  userId: string;
  name: string;
  certNo: string;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    enforcementPlans: EnforcementPlansTable;
  }
}
