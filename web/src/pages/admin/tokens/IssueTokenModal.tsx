import { PERMISSIONS, TOKEN_EXCLUDED_PERMISSIONS, type Permission } from '@fazhi/shared';
import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { tokensApi } from '../../../api/tokens';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Values {
  name: string;
  permissions: string[];
  expiresAt?: Dayjs;
}

/** Issues a token and shows its secret exactly once: the server keeps only a hash. */
export function IssueTokenModal({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  onIssued: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const auth = useAuth();
  const [secret, setSecret] = useState<string | null>(null);

  const options = (auth.user?.permissions ?? [])
    .filter((p) => !TOKEN_EXCLUDED_PERMISSIONS.includes(p as Permission))
    .map((p) => ({ value: p, label: `${PERMISSIONS[p as Permission] ?? p}（${p}）` }));

  // On success the form stage ends (cleared) and the secret is shown once; the dialog closes after.
  const {
    error,
    saving,
    close: endForm,
    submit,
  } = useFormSubmit(
    form,
    () => undefined,
    (v) =>
      tokensApi.create({
        name: v.name,
        permissions: v.permissions,
        ...(v.expiresAt ? { expiresAt: v.expiresAt.format('YYYY-MM-DD') } : {}),
      }),
    (r) => {
      setSecret(r.token);
      onIssued();
    },
  );

  const close = () => {
    endForm();
    setSecret(null);
    onClose();
  };

  if (secret) {
    return (
      <Modal
        open={open}
        title="令牌已签发"
        onOk={close}
        onCancel={close}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText="我已妥善保存"
      >
        <Alert
          type="warning"
          showIcon
          title="令牌明文只显示这一次"
          description="关闭后无法再次查看，请立即复制并保存在安全的地方；遗失后只能吊销并重新签发。"
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph
          copyable={{ text: secret, tooltips: ['复制', '已复制'] }}
          code
          data-testid="token-secret"
          style={{ wordBreak: 'break-all' }}
        >
          {secret}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          调用方式：请求头 Authorization: Bearer &lt;令牌&gt;
        </Typography.Text>
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title="签发接口令牌"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="签发"
    >
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          label="名称（用途）"
          name="name"
          rules={[{ required: true, min: 2, max: 60, message: '名称为 2–60 个字' }]}
        >
          <Input placeholder="如：市一体化办案平台对接" data-testid="token-name" />
        </Form.Item>
        <Form.Item
          label="权限"
          name="permissions"
          rules={[{ required: true, message: '至少选择一项权限' }]}
          extra="令牌只能拥有您本人具备的权限，且不能带有账号、角色、会话或令牌管理权限。"
        >
          <Select
            mode="multiple"
            options={options}
            placeholder="选择权限"
            data-testid="token-permissions"
          />
        </Form.Item>
        <Form.Item label="有效期至（含当日，留空为 90 天，最长一年）" name="expiresAt">
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(d) =>
              !d.isAfter(dayjs(), 'day') || d.isAfter(dayjs().add(365, 'day'), 'day')
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
