import { Alert, Button, Image, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { authApi, type Enrolment, type Stage } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Administrators bind an authenticator app (等保 2.0 two-factor) before their first session. */
export function MfaEnrollStep({ onDone }: { onDone: (stage: Stage) => void }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    // Each enrol call makes a new secret; asking twice would show a QR code that no longer counts.
    if (started.current) return;
    started.current = true;
    authApi.enrollTotp().then(setEnrolment, setError);
  }, []);

  const activate = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone((await authApi.activateTotp(code)).stage);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="mfa-enroll">
      <Alert
        type="info"
        showIcon
        title="管理员账号须绑定动态口令"
        description="请用手机验证器 App（如 Microsoft Authenticator、Google Authenticator、FreeOTP）扫描二维码，然后输入 App 显示的 6 位数字。"
        style={{ marginBottom: 16 }}
      />
      <ErrorAlert error={error} />
      {!enrolment && !error && <Spin />}
      {enrolment && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Image
            src={enrolment.qrDataUrl}
            alt="动态口令二维码"
            width={200}
            preview={false}
            data-testid="mfa-qr"
          />
          <div>
            无法扫码时手工输入密钥：
            <Typography.Text code copyable data-testid="mfa-secret">
              {enrolment.secret}
            </Typography.Text>
          </div>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              placeholder="6 位动态口令"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              onPressEnter={() => void activate()}
              data-testid="mfa-code"
            />
            <Button
              type="primary"
              disabled={code.length !== 6}
              loading={busy}
              onClick={() => void activate()}
              data-testid="mfa-submit"
            >
              确认绑定
            </Button>
          </Space.Compact>
        </Space>
      )}
    </div>
  );
}
