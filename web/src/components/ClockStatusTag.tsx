import { CLOCK_STATUS_LABELS, type ClockStatus } from '@fazhi/shared';
import { Tag } from 'antd';

/** Red 已超期, yellow 即将到期, green 未到期 — the deadline traffic light used everywhere. */
const CLOCK_STATUS_COLORS: Record<ClockStatus, string> = {
  overdue: 'red',
  due_soon: 'gold',
  on_track: 'green',
  paused: 'default',
  stopped: 'blue',
};

export function ClockStatusTag({ status }: { status: ClockStatus }) {
  return (
    <Tag color={CLOCK_STATUS_COLORS[status]} data-testid={`clock-${status}`}>
      {CLOCK_STATUS_LABELS[status]}
    </Tag>
  );
}
