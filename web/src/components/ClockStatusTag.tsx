import { CLOCK_STATUS_LABELS, type ClockStatus, type ClockView } from '@fazhi/shared';
import { Popover, Spin, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useRequest } from '../lib/use-request';
import { ErrorAlert } from './ErrorAlert';

/** Red 已超期, yellow 即将到期, green 未到期 — the deadline traffic light used everywhere. */
const CLOCK_STATUS_COLORS: Record<ClockStatus, string> = {
  overdue: 'red',
  due_soon: 'gold',
  on_track: 'green',
  paused: 'default',
  stopped: 'blue',
};

/** The clock's own sentence (GET /clocks/:id `explained`), loaded when the popover first opens. */
function ClockExplained({ clockId }: { clockId: string }) {
  const { data, error } = useRequest(() => api.get<ClockView>(`/clocks/${clockId}`), [clockId]);
  return (
    <div style={{ maxWidth: 420 }} data-testid="clock-explained">
      <ErrorAlert error={error} />
      {data ? data.explained : !error && <Spin size="small" />}
    </div>
  );
}

/**
 * The traffic light; given the clock's id, hovering it explains the date: start day (民法典 第二百零一条),
 * the holidays and make-up days, pauses, extension and roll-off (第二百零三条).
 */
export function ClockStatusTag({ status, clockId }: { status: ClockStatus; clockId?: string }) {
  const [opened, setOpened] = useState(false);
  const tag = (
    <Tag color={CLOCK_STATUS_COLORS[status]} data-testid={`clock-${status}`}>
      {CLOCK_STATUS_LABELS[status]}
    </Tag>
  );
  if (!clockId) return tag;
  return (
    <Popover
      title="期限计算说明"
      content={opened ? <ClockExplained clockId={clockId} /> : null}
      onOpenChange={(open) => open && setOpened(true)}
    >
      <span style={{ cursor: 'help' }}>{tag}</span>
    </Popover>
  );
}
