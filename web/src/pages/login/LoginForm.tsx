import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { authApi } from '../../api/auth';
import { errorText, isApiError } from '../../api/client';
import { useAuth } from '../../auth/auth-context';
import { DEMO_PASSWORD } from './DemoAccounts';

interface Values {
  username: string;
  password: string;
}

/** What to tell the person after a refused sign-in: the server gives one answer to every failure, or a throttle. */
function describeFailure(e: unknown): { title: string; description?: string } {
  if (!isApiError(e)) return { title: errorText(e) };
  if (e.status === 429) return { title: '尝试过于频繁', description: e.message };
  if (e.code === 'INVALID_CREDENTIALS') return { title: '登录失败', description: e.message };
  return { title: e.message };
}

export function LoginForm({ picked }: { picked: string | null }) {
  const [form] = Form.useForm<Values>();
  const auth = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (picked) form.setFieldsValue({ username: picked, password: DEMO_PASSWORD });
  }, [picked, form]);

  const submit = async (v: Values) => {
    setLoading(true);
    setError(null);
    try {
      auth.signedIn(await authApi.login(v.username.trim(), v.password));
    } catch (e) {
      setError(e);
      setLoading(false);
    }
  };

  const failure = error ? describeFailure(error) : null;
  return (
    <Form<Values>
      form={form}
      size="large"
      onFinish={(v) => void submit(v)}
      data-testid="login-form"
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.title}
          description={failure.description}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form.Item
        name="username"
        rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
      >
        <Input
          prefix={<UserOutlined />}
          placeholder="用户名（公众可填手机号）"
          autoComplete="username"
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password
          prefix={<LockOutlined />}
          placeholder="密码"
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
        登录
      </Button>
      <div style={{ marginTop: 12, display: 'flex', justifyContent: 'space-between' }}>
        <Link to="/portal">返回门户首页</Link>
        <Link to="/portal/register">公众注册</Link>
      </div>
    </Form>
  );
}
