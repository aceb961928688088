import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi, type UserItem } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PASSWORD_POLICY_TEXT, passwordProblem } from '../../../lib/password-policy';

/** Sets a temporary password; the owner must change it at the next sign-in. */
export function ResetPasswordModal({
  user,
  onClose,
}: {
  user: UserItem | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setError(null);
    form.resetFields();
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const { newPassword } = await form.validateFields();
    setSaving(true);
    try {
      await usersApi.resetPassword(user.id, newPassword);
      message.success('密码已重置，对方下次登录时须修改');
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!user}
      title={`重置“${user?.displayName ?? ''}”的密码`}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okText="重置"
      okButtonProps={{ danger: true }}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          label="临时密码"
          name="newPassword"
          extra={PASSWORD_POLICY_TEXT}
          rules={[
            { required: true, message: '请输入临时密码' },
            {
              validator: async (_, v: string) => {
                const p = v ? passwordProblem(v, user?.username) : null;
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
