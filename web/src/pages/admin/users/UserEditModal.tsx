import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { usersApi, type UserItem } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Values {
  displayName: string;
  orgId: string;
  phone?: string;
}

/** Name, org and phone. The phone is masked in the list, so it is only replaced when a new one is typed. */
export function UserEditModal({
  user,
  onClose,
  onSaved,
}: {
  user: UserItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    async (v) => {
      if (!user) return;
      await usersApi.update(user.id, {
        ...(v.displayName.trim() !== user.displayName ? { displayName: v.displayName.trim() } : {}),
        ...(v.orgId !== user.org.id ? { orgId: v.orgId } : {}),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      });
    },
    onSaved,
  );

  useEffect(() => {
    if (user) form.setFieldsValue({ displayName: user.displayName, orgId: user.org.id, phone: '' });
  }, [user, form]);

  return (
    <Modal
      open={!!user}
      title="编辑账号"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[
            { required: true, whitespace: true, min: 2, max: 40, message: '姓名为 2–40 个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="所属机构"
          name="orgId"
          rules={[{ required: true, message: '请选择所属机构' }]}
        >
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item
          label="新手机号"
          name="phone"
          extra={`当前：${user?.phoneMasked ?? '未登记'}；不修改请留空`}
          rules={[
            { pattern: /^1[3-9]\d{9}$/, message: '手机号格式有误（应为 11 位中国大陆手机号）' },
          ]}
        >
          <Input maxLength={11} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
