/** Shapes of the statutory clock as the API returns them (server computes, web displays). */
export type DayUnit = 'working' | 'calendar';

/** 未到期 / 即将到期（≤ 3 个工作日）/ 已超期; paused and stopped clocks say so. */
export type ClockStatus = 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'stopped';

export const CLOCK_STATUS_LABELS: Record<ClockStatus, string> = {
  on_track: '未到期',
  due_soon: '即将到期',
  overdue: '已超期',
  paused: '已暂停',
  stopped: '已办结',
};

export interface ExplanationStep {
  date: string;
  /** What happened to this day: counted, skipped (weekend/holiday/paused), moved, extended … */
  kind: 'counted' | 'makeup_workday' | 'weekend' | 'holiday' | 'paused' | 'moved' | 'extension' | 'start' | 'provisional';
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
