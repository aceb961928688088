/** Shapes of the statutory clock as the API returns them (server computes, web displays). */
export type DayUnit = 'working' | 'calendar';

export const DAY_UNIT_LABELS: Record<DayUnit, string> = {
  working: '个工作日',
  calendar: '日',
};

/** 未到期 / 即将到期（≤ 3 个工作日）/ 已超期; paused and stopped clocks say so. */
export type ClockStatus = 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';

export const CLOCK_STATUS_LABELS: Record<ClockStatus, string> = {
  on_track: '未到期',
  due_soon: '即将到期',
  overdue: '已超期',
  paused: '已暂停',
  stopped: '已办结',
};

/** A clock is "due soon" when this many working days or fewer are left. */
export const DUE_SOON_WORKING_DAYS = 3;

/** Why counting was suspended; the days of the pause are added back when it ends. */
export type PauseReason =
  'correction' | 'third_party' | 'interagency' | 'fee_notice' | 'agreed' | 'other';

export const PAUSE_REASON_LABELS: Record<PauseReason, string> = {
  correction: '补正',
  third_party: '征求第三方意见',
  interagency: '征求其他机关意见',
  fee_notice: '收费',
  agreed: '当事人同意中止',
  other: '其他',
};
export const PAUSE_REASONS = Object.keys(PAUSE_REASON_LABELS) as PauseReason[];

export interface ExplanationStep {
  /** First day of the run this step describes. */
  date: string;
  /** Last day of the run, when the step covers more than one day. */
  to?: string;
  /** What happened to these days: counted, skipped (weekend/holiday/paused), moved, extended … */
  kind:
    | 'counted'
    | 'makeup_workday'
    | 'weekend'
    | 'holiday'
    | 'paused'
    | 'moved'
    | 'extension'
    | 'start'
    | 'provisional';
  note: string;
}

export interface DeadlineResult {
  from: string;
  days: number;
  unit: DayUnit;
  due: string;
  provisional: boolean;
  provisionalReasons: string[];
  basis: string;
  explanation: ExplanationStep[];
  summary: string;
}

/**
 * A statutory clock as every list and detail shows it (the badge): the period, its due date, the
 * traffic light (red overdue, yellow due soon, green on track; paused and stopped say so) and the
 * article it comes from. One shape for review items, applications, catalogue entries and complaints.
 */
export interface ClockBadge {
  id: string;
  purpose: string;
  startDate: string;
  limitDays: number;
  unit: DayUnit;
  extensionDays: number;
  dueDate: string;
  state: 'running' | 'paused' | 'stopped';
  stoppedOn: string | null;
  status: ClockStatus;
  statusLabel: string;
  /** Working days from today to the due date; negative when overdue; null once stopped. */
  daysLeft: number | null;
  basis: string;
}

/** One pause of a clock as shown to staff. `toDate` is null while the pause is open. */
export interface ClockPauseView {
  id: string;
  reason: PauseReason;
  reasonLabel: string;
  fromDate: string;
  toDate: string | null;
  note: string | null;
}

export interface ClockExtensionView {
  id: string;
  days: number;
  reason: string;
  basis: string | null;
  approvedBy: string;
  createdAt: string;
}

/** GET /api/v1/clocks/:id */
export interface ClockView {
  id: string;
  orgId: string;
  subjectType: string;
  subjectId: string;
  purpose: string;
  startDate: string;
  limitDays: number;
  unit: DayUnit;
  basis: string;
  extensionDays: number;
  state: 'running' | 'paused' | 'stopped';
  stoppedOn: string | null;
  /** Due date before any extension (for "原期限"). */
  baseDueDate: string;
  dueDate: string;
  provisional: boolean;
  provisionalReasons: string[];
  status: ClockStatus;
  statusLabel: string;
  /** Working days from today to the due date; negative when overdue; null once stopped. */
  daysLeft: number | null;
  pauses: ClockPauseView[];
  extensions: ClockExtensionView[];
  explanation: ExplanationStep[];
  summary: string;
  /** Summary and articles as one sentence (start day, skipped days, pauses, extension, roll-off). */
  explained: string;
  abilities: { extend: boolean };
}

/** Traffic-light colour of an inbox item: red overdue, yellow due soon, green otherwise. */
export type TaskUrgency = 'overdue' | 'due_soon' | 'on_track';

/** One row of 我的待办 (GET /api/v1/inbox). */
export interface InboxItem {
  id: string;
  orgId: string;
  orgName: string;
  module: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  link: string;
  assigneeUserId: string | null;
  assigneeRole: string | null;
  /** 分派: the role whose pool a task now held by a named person came from. */
  poolRole: string | null;
  clockId: string | null;
  dueDate: string | null;
  status: TaskUrgency;
  /** True while the task's clock is paused (its due date is then a projection). */
  paused: boolean;
  daysLeft: number | null;
  /**
   * 督办: the task is a town's work and the person is above the town level — they follow it and may
   * urge it on, but the town's office takes its steps (the server refuses them SUPERVISION_ONLY).
   */
  supervise: boolean;
  createdAt: string;
}

export interface InboxResponse {
  items: InboxItem[];
  counts: Record<TaskUrgency, number> & { total: number };
}
