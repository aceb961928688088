import { Alert, Button } from 'antd';
import { errorText, isApiError } from '../api/client';

/** True when the server has no such route yet (a module not deployed), not when a record is missing. */
const missingEndpoint = (e: unknown) =>
  isApiError(e) && e.status === 404 && e.message.startsWith('接口不存在');

/** The article a guard refusal rests on (`details.basis` of a 422), when the message does not name it. */
const basisOf = (e: unknown): string | null => {
  if (!isApiError(e) || typeof e.details !== 'object' || e.details === null) return null;
  const basis = (e.details as { basis?: unknown }).basis;
  return typeof basis === 'string' && basis && !e.message.includes(basis) ? basis : null;
};

/** A failed load or a refused step shown in place, with the server's Chinese message and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      title={errorText(error)}
      description={
        missingEndpoint(error) ? (
          '该功能的服务端接口尚未开通。'
        ) : basisOf(error) ? (
          <span data-testid="error-basis">依据：{basisOf(error)}</span>
        ) : undefined
      }
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
