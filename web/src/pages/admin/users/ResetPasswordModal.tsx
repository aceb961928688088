import { App, Form, Input, Modal } from 'antd';
import { usersApi, type UserItem } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PASSWORD_POLICY_TEXT, passwordProblem } from '../../../lib/password-policy';
import { useFormSubmit } from '../../../lib/use-form-submit';

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
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    async ({ newPassword }) => {
      if (user) await usersApi.resetPassword(user.id, newPassword);
    },
    () => void message.success('密码已重置，对方下次登录时须修改'),
  );

  return (
    <Modal
      open={!!user}
      title={`重置“${user?.displayName ?? ''}”的密码`}
      onOk={() => void submit()}
      onCancel={close}
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
