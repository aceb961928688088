import type { Instant, IsoDate } from '../../../core/db/schema.js';

/** A training session an officer attended (执法人员培训学时). */
export interface EnforcementTrainingsTable {
  id: string;
  /** The officer's town. */
  orgId: string;
  userId: string;
  heldOn: IsoDate;
  /** Length in minutes (entered and shown as 学时, hours). */
  minutes: number;
  topic: string;
  createdBy: string | null;
  createdAt: Instant;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    enforcementTrainings: EnforcementTrainingsTable;
  }
}
