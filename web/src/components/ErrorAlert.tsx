import { Alert, Button } from 'antd';
import { errorText, isApiError } from '../api/client';

/** True when the server has no such route yet (a module not deployed), not when a record is missing. */
const missingEndpoint = (e: unknown) =>
  isApiError(e) && e.status === 404 && e.message.startsWith('接口不存在');

/** A failed load shown in place, with the server's Chinese message and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      title={errorText(error)}
      description={missingEndpoint(error) ? '该功能的服务端接口尚未开通。' : undefined}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
