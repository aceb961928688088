import { Form, Input, Modal } from 'antd';
import { usersApi } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PASSWORD_POLICY_TEXT, passwordProblem } from '../../../lib/password-policy';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Values {
  username: string;
  displayName: string;
  orgId: string;
  phone?: string;
  password: string;
}

/** A new account gets an initial password that its owner must change at first sign-in. */
export function UserCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      usersApi.create({
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        orgId: v.orgId,
        password: v.password,
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      }),
    (user) => onCreated(user.id),
  );

  return (
    <Modal
      open={open}
      title="新建账号"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="创建"
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          label="用户名"
          name="username"
          rules={[
            {
              required: true,
              pattern: /^[A-Za-z0-9_.-]{3,32}$/,
              message: '用户名为 3–32 位字母、数字或 _.- 组成',
            },
          ]}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[
            { required: true, whitespace: true, min: 2, max: 40, message: '姓名为 2–40 个字' },
          ]}
        >
          <Input data-testid="user-displayname" />
        </Form.Item>
        <Form.Item
          label="所属机构"
          name="orgId"
          rules={[{ required: true, message: '请选择所属机构' }]}
        >
          <OrgTreeSelect testId="user-org" />
        </Form.Item>
        <Form.Item
          label="手机号（可不填）"
          name="phone"
          rules={[
            { pattern: /^1[3-9]\d{9}$/, message: '手机号格式有误（应为 11 位中国大陆手机号）' },
          ]}
        >
          <Input maxLength={11} />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          extra={`${PASSWORD_POLICY_TEXT}。对方首次登录时须修改。`}
          rules={[
            { required: true, message: '请设置初始密码' },
            {
              validator: async (_, v: string) => {
                const p = v ? passwordProblem(v, form.getFieldValue('username') as string) : null;
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
