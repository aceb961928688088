import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { Stage } from '../api/auth';
import { authApi } from '../api/auth';
import { PASSWORD_POLICY_TEXT, passwordProblem } from '../lib/password-policy';
import { ErrorAlert } from './ErrorAlert';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Changing one's own password: the forced first change at login and the one in 个人中心. */
export function ChangePasswordForm({
  username,
  onDone,
  submitText = '修改密码',
}: {
  username?: string;
  onDone: (stage: Stage) => void;
  submitText?: string;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const { stage } = await authApi.changePassword(v.currentPassword, v.newPassword);
      form.resetFields();
      onDone(stage);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 420 }}
      data-testid="change-password-form"
    >
      <Alert
        type="info"
        showIcon
        title="密码要求（等保 2.0）：≥ 8 位，大写/小写/数字/符号至少三类"
        description={`${PASSWORD_POLICY_TEXT}。修改后，您在其他设备上的登录将全部退出。`}
        style={{ marginBottom: 16 }}
      />
      <ErrorAlert error={error} />
      <Form.Item
        label="当前密码"
        name="currentPassword"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        rules={[
          { required: true, message: '请输入新密码' },
          {
            validator: async (_, v: string) => {
              const p = v ? passwordProblem(v, username) : null;
              if (p) throw new Error(p);
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_, v: string) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error('两次输入的密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="password-submit">
        {submitText}
      </Button>
    </Form>
  );
}
