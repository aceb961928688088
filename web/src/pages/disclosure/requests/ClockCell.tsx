import { Space, Tooltip } from 'antd';
import type { ClockStatus } from '@fazhi/shared';
import { ClockStatusTag } from '../../../components/ClockStatusTag';

/** A due date with its traffic light: red when overdue, everywhere the clock is shown. */
export function ClockCell({
  due,
  status,
  daysLeft,
  basis,
  clockId,
}: {
  due: string | null;
  status: ClockStatus | null;
  daysLeft: number | null;
  basis?: string;
  /** When known, the tag explains the date on hover. */
  clockId?: string;
}) {
  if (!due || !status) return <span style={{ color: '#999' }}>—</span>;
  const overdue = status === 'overdue';
  const left =
    daysLeft === null || status === 'stopped'
      ? ''
      : daysLeft < 0
        ? `（超期 ${-daysLeft} 个工作日）`
        : `（剩 ${daysLeft} 个工作日）`;
  return (
    <Space size={4} data-testid="clock-cell">
      <Tooltip title={basis}>
        <span
          style={{ color: overdue ? '#cf1322' : undefined, fontWeight: overdue ? 600 : undefined }}
        >
          {due}
          {left}
        </span>
      </Tooltip>
      <ClockStatusTag status={status} clockId={clockId} />
    </Space>
  );
}
