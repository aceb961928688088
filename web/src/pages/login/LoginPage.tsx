import { Alert, Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { ChangePasswordForm } from '../../components/ChangePasswordForm';
import { PageSpin } from '../../components/PageSpin';
import { HOME_PATH } from '../../nav';
import { PortalShell } from '../portal/PortalShell';
import { DemoAccounts } from './DemoAccounts';
import { LoginForm } from './LoginForm';
import { MfaEnrollStep } from './MfaEnrollStep';
import { MfaVerifyStep } from './MfaVerifyStep';

const STEP_TITLES = {
  password_change: '首次登录：请修改初始密码',
  mfa_enroll: '绑定动态口令（TOTP）',
  mfa_verify: '输入动态口令',
} as const;

/** Sign-in: password, then whatever the session's stage asks for, then back where the person was going. */
export default function LoginPage() {
  const auth = useAuth();
  const [params] = useSearchParams();
  const [picked, setPicked] = useState<string | null>(null);
  const next = params.get('next');

  if (auth.status === 'loading') return <PageSpin />;
  if (auth.status === 'active')
    return (
      <Navigate to={next?.startsWith('/') && !next.startsWith('//') ? next : HOME_PATH} replace />
    );

  const stage =
    auth.status === 'pending' && auth.stage && auth.stage !== 'active' ? auth.stage : null;
  const cancel = (
    <Button type="link" onClick={() => void auth.signOut()} data-testid="login-cancel">
      返回登录
    </Button>
  );

  return (
    <PortalShell>
      <Row gutter={[24, 24]} justify="center">
        <Col xs={24} md={12} lg={10}>
          <Card
            title={stage ? STEP_TITLES[stage] : '工作人员登录'}
            extra={stage && cancel}
            variant="borderless"
            data-testid="login-card"
          >
            {auth.notice && (
              <Alert
                type="info"
                showIcon
                title={auth.notice}
                style={{ marginBottom: 16 }}
                data-testid="login-notice"
              />
            )}
            {!stage && <LoginForm picked={picked} />}
            {stage === 'password_change' && (
              <ChangePasswordForm
                username={auth.user?.username}
                submitText="修改密码并继续"
                onDone={(s) => void auth.advance(s)}
              />
            )}
            {stage === 'mfa_enroll' && <MfaEnrollStep onDone={(s) => void auth.advance(s)} />}
            {stage === 'mfa_verify' && <MfaVerifyStep onDone={(s) => void auth.advance(s)} />}
          </Card>
        </Col>
        {!stage && (
          <Col xs={24} md={12} lg={10}>
            <DemoAccounts onPick={setPicked} />
          </Col>
        )}
      </Row>
    </PortalShell>
  );
}
