import type { Flag, Instant, IsoDate } from '../../../core/db/schema.js';
import type { HazardState } from './hazard.workflow.js';
import type { HazardLevel, InspectionKind } from './inspection.vocabulary.js';

/** A written inspection record (检查记录, 安全生产法 第六十八条) with its checklist. */
export interface EnforcementInspectionsTable {
  id: string;
  orgId: string;
  townId: string;
  kind: InspectionKind;
  inspectedOn: IsoDate;
  /** 被检查单位, e.g. a school's canteen. */
  subjectName: string;
  subjectAddress: string | null;
  /** The subject's 负责人 who signs the record (masked for staff above the town). */
  contactPerson: string | null;
  /** JSON array of ChecklistAnswer. */
  checklist: string;
  /** 综合查一次: a joint inspection with other departments. */
  joint: Flag;
  /** JSON array of the participating bodies' names (参加部门). */
  departments: string;
  /** Names of the inspecting officers. */
  inspectors: string;
  findings: string | null;
  createdBy: string | null;
  createdAt: Instant;
}

/** A hazard (事故隐患) and its rectification, on the kernel (hazard.workflow.ts). */
export interface EnforcementHazardsTable {
  id: string;
  orgId: string;
  townId: string;
  inspectionId: string | null;
  subjectName: string;
  description: string;
  level: HazardLevel;
  status: HazardState;
  foundOn: IsoDate;
  orderedOn: IsoDate | null;
  /** 整改期限. */
  deadline: IsoDate | null;
  rectifyingOn: IsoDate | null;
  recheckedOn: IsoDate | null;
  /** The last 复查 found the hazard removed. */
  recheckPassed: Flag;
  recheckNote: string | null;
  closedOn: IsoDate | null;
  /** The penalty case it was escalated to (移送立案). */
  caseId: string | null;
  supervisedOn: IsoDate | null;
  /** 挂牌督办: the body that supervises and its deadline. */
  supervisionBody: string | null;
  supervisionDeadline: IsoDate | null;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

declare module '../../../core/db/schema.js' {
  interface Database {
    enforcementInspections: EnforcementInspectionsTable;
    enforcementHazards: EnforcementHazardsTable;
  }
}
