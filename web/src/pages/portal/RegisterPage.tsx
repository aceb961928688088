import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { authApi } from '../../api/auth';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SmsCodeField } from '../../components/SmsCodeField';
import { PASSWORD_POLICY_TEXT, passwordProblem } from '../../lib/password-policy';
import { PortalShell } from './PortalShell';

interface Values {
  phone: string;
  code: string;
  displayName: string;
  password: string;
  confirm: string;
}

const PHONE_RE = /^1[3-9]\d{9}$/;

/** 公众注册: a mobile number confirmed by SMS code becomes the account name. */
export default function RegisterPage() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const auth = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (v: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      auth.signedIn(
        await authApi.register({
          phone: v.phone,
          displayName: v.displayName,
          password: v.password,
          code: v.code,
        }),
      );
      message.success('注册成功，已为您登录');
      void navigate('/me', { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PortalShell>
      <Card
        title="公众注册"
        variant="borderless"
        style={{ maxWidth: 520, margin: '0 auto' }}
        data-testid="register-card"
      >
        <Typography.Paragraph type="secondary">
          注册后可在线提交政府信息公开申请、对规范性文件草案发表意见，并查询办理进度。
        </Typography.Paragraph>
        <ErrorAlert error={error} />
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            label="手机号"
            name="phone"
            rules={[
              { required: true, message: '请输入手机号' },
              { pattern: PHONE_RE, message: '请输入 11 位大陆手机号' },
            ]}
          >
            <Input maxLength={11} data-testid="register-phone" />
          </Form.Item>
          <SmsCodeField send={authApi.registerCode} testId="register" />
          <Form.Item
            label="姓名（或单位名称）"
            name="displayName"
            rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 40 }]}
          >
            <Input data-testid="register-name" />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            extra={PASSWORD_POLICY_TEXT}
            rules={[
              { required: true, message: '请设置密码' },
              {
                validator: async (_, v: string) => {
                  const p = v ? passwordProblem(v) : null;
                  if (p) throw new Error(p);
                },
              },
            ]}
          >
            <Input.Password data-testid="register-password" />
          </Form.Item>
          <Form.Item
            label="确认密码"
            name="confirm"
            dependencies={['password']}
            rules={[
              { required: true, message: '请再次输入密码' },
              ({ getFieldValue }) => ({
                validator: async (_, v: string) => {
                  if (v && v !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
                },
              }),
            ]}
          >
            <Input.Password data-testid="register-confirm" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            data-testid="register-submit"
          >
            注册
          </Button>
        </Form>
      </Card>
    </PortalShell>
  );
}
