import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { authApi, type Stage } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The second factor of an administrator's sign-in; wrong codes count towards the lock. */
export function MfaVerifyStep({ onDone }: { onDone: (stage: Stage) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone((await authApi.verifyTotp(code)).stage);
    } catch (e) {
      setError(e);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="mfa-verify">
      <Typography.Paragraph>
        请打开手机上的验证器 App，输入当前显示的 6 位动态口令。
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          size="large"
          placeholder="6 位动态口令"
          maxLength={6}
          value={code}
          autoFocus
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          onPressEnter={() => code.length === 6 && void verify()}
          data-testid="mfa-code"
        />
        <Button
          size="large"
          type="primary"
          disabled={code.length !== 6}
          loading={busy}
          onClick={() => void verify()}
          data-testid="mfa-submit"
        >
          验证
        </Button>
      </Space.Compact>
    </div>
  );
}
