import type { ClockView } from '@fazhi/shared';
import { Button, Modal } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { api } from '../api/client';
import { useRequest } from '../lib/use-request';
import { ErrorAlert } from './ErrorAlert';

const DeadlineResultView = lazy(() => import('../pages/portal/DeadlineResultView'));

/**
 * “计算说明” beside a due date: which days were skipped and why, the pauses and extensions, and the
 * articles, from the clock itself (GET /clocks/:id).
 */
export function ClockExplainButton({ clockId }: { clockId: string }) {
  const [open, setOpen] = useState(false);
  const { data, error } = useRequest(
    () => api.get<ClockView>(`/clocks/${clockId}`),
    [clockId, open],
    open,
  );
  return (
    <>
      <Button type="link" size="small" onClick={() => setOpen(true)} data-testid="clock-explain">
        计算说明
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        footer={null}
        title="期限计算说明"
        width={640}
        destroyOnHidden
      >
        <ErrorAlert error={error} />
        {data && (
          <Suspense fallback={null}>
            <DeadlineResultView
              result={{
                from: data.startDate,
                days: data.limitDays + data.extensionDays,
                unit: data.unit,
                due: data.dueDate,
                provisional: data.provisional,
                provisionalReasons: data.provisionalReasons,
                basis: data.basis,
                explanation: data.explanation,
                summary: data.summary,
              }}
            />
          </Suspense>
        )}
      </Modal>
    </>
  );
}
