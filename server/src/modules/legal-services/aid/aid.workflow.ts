import { rule, type Workflow } from '../../../core/workflow/index.js';
import { AID_ART as ART } from '../legal-services.vocabulary.js';
import { meansRefusal, type MeansFacts } from './means-test.js';

/**
 * A legal-aid application taken at the town's station and forwarded to the county's 法律援助中心:
 * 受理 → 转交 → (一次性告知补充材料 → 补充 / 视为撤回) → 决定给予 (or 先行提供) → 指派 → 结案, or 不予援助 →
 * 异议 → 维持 / 责令改正. The centre decides; the station records each decision as it is notified, so
 * the applicant's clocks and the 2024 figures live in one place (宁波市法治乡村建设促进条例 第二十二条).
 */
export const AID_STATES = {
  received: '已受理（待转交）',
  forwarded: '已转交县法律援助中心（待决定）',
  awaiting_materials: '待补充材料',
  granted: '决定给予（待指派）',
  assigned: '已指派律师',
  refused: '决定不予援助',
  objection: '异议审查中',
  withdrawn: '视为撤回',
  closed: '已结案',
} as const;
export type AidState = keyof typeof AID_STATES;

export type AidAction =
  | 'forward'
  | 'requestMaterials'
  | 'supplyMaterials'
  | 'deemWithdrawn'
  | 'advance'
  | 'grant'
  | 'refuse'
  | 'assign'
  | 'object'
  | 'decideObjection'
  | 'close';

export interface AidFacts extends MeansFacts {
  state: AidState;
  /** A limitation or deadline is fewer than seven days away, or preservation is urgent (第四十四条). */
  advanceAllowed: boolean;
  /** The date set for the missing materials has passed without them. */
  materialsOverdue: boolean;
  /** The 司法行政部门's answer to an objection (the input of `decideObjection`). */
  objectionUpheld: boolean | null;
}

const meansFirst = (f: AidFacts) => meansRefusal(f);

const advanceGuard = (f: AidFacts) =>
  meansRefusal(f) ??
  (f.advanceAllowed
    ? null
    : rule(
        'ADVANCE_NOT_ALLOWED',
        '距法定时效或期限届满不足七日、或需立即申请保全、先予执行的，方可先行提供法律援助',
        ART.advance,
      ));

const notYetOverdue = (f: AidFacts) =>
  f.materialsOverdue
    ? null
    : rule(
        'MATERIALS_NOT_OVERDUE',
        '补充材料期限届满申请人仍未补充或说明的，方可视为撤回申请',
        ART.materials,
      );

type Party = 'station';

export const AID_WORKFLOW: Workflow<AidState, AidAction, AidFacts, Party> = {
  key: 'legal-aid',
  title: '法律援助申请（受理转交、补充材料、决定、先行提供、指派、异议）',
  states: AID_STATES,
  initial: ['received'],
  permission: 'legal_services.aid.handle',
  parties: { station: { label: '镇公共法律服务站（司法所）', townOffice: true } },
  transitions: {
    forward: {
      label: '转交县法律援助中心',
      verb: 'forwarded',
      from: ['received'],
      to: 'forwarded',
      by: 'station',
      basis: `${ART.where}；${ART.decision}`,
      guard: meansFirst,
    },
    requestMaterials: {
      label: '一次性告知补充材料',
      verb: 'materials_requested',
      from: ['forwarded'],
      to: 'awaiting_materials',
      by: 'station',
      basis: ART.materials,
    },
    supplyMaterials: {
      label: '材料已补充',
      verb: 'materials_supplied',
      from: ['awaiting_materials'],
      to: 'forwarded',
      by: 'station',
      basis: ART.materials,
    },
    deemWithdrawn: {
      label: '视为撤回',
      verb: 'withdrawn',
      from: ['awaiting_materials'],
      to: 'withdrawn',
      by: 'station',
      basis: ART.materials,
      guard: notYetOverdue,
    },
    advance: {
      label: '先行提供法律援助',
      verb: 'advanced',
      from: ['received', 'forwarded'],
      to: 'granted',
      by: 'station',
      basis: ART.advance,
      guard: advanceGuard,
    },
    grant: {
      label: '登记给予援助决定',
      verb: 'granted',
      from: ['forwarded'],
      to: 'granted',
      by: 'station',
      basis: ART.decision,
      guard: meansFirst,
    },
    refuse: {
      label: '登记不予援助决定',
      verb: 'refused',
      from: ['forwarded'],
      to: 'refused',
      by: 'station',
      basis: ART.decision,
    },
    assign: {
      label: '登记指派律师',
      verb: 'assigned',
      from: ['granted'],
      to: 'assigned',
      by: 'station',
      basis: ART.decision,
    },
    object: {
      label: '登记异议',
      verb: 'objected',
      from: ['refused'],
      to: 'objection',
      by: 'station',
      basis: ART.objection,
    },
    decideObjection: {
      label: '登记异议审查结果',
      verb: 'objection_decided',
      from: ['objection'],
      to: (f) => (f.objectionUpheld ? 'granted' : 'refused'),
      targets: ['granted', 'refused'],
      by: 'station',
      basis: ART.objection,
    },
    close: {
      label: '结案',
      verb: 'closed',
      from: ['assigned'],
      to: 'closed',
      by: 'station',
      basis: ART.report,
    },
  },
};
