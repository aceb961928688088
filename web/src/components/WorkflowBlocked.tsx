import { Alert } from 'antd';
import type { BlockedStep } from '../api/workflow';

/** Why a step of the caller's is not open now: one alert per refused step, with the article it rests on. */
export function WorkflowBlocked({ blocked }: { blocked: BlockedStep[] }) {
  return (
    <>
      {blocked.map((b) => (
        <Alert
          key={b.action}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`暂不能${b.label}`}
          description={
            b.basis && !b.message.includes(b.basis) ? `${b.message}（依据：${b.basis}）` : b.message
          }
          data-testid={`blocked-${b.action}`}
        />
      ))}
    </>
  );
}
