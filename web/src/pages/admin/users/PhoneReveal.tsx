import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../../api/client';
import { usersApi } from '../../../api/users';

/** Masked by default; the full number is fetched only on request, and that request is audited. */
export function PhoneReveal({
  userId,
  masked,
  allowed,
}: {
  userId: string;
  masked: string | null;
  allowed: boolean;
}) {
  const { modal, message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);

  useEffect(() => setFull(null), [userId]);

  if (!masked) return <>未登记</>;
  if (full) return <span data-testid="user-phone-full">{full}</span>;

  const reveal = () =>
    modal.confirm({
      title: '查看完整手机号',
      content: '查看个人信息将被记录在审计日志中（操作人、时间、对象）。确定查看？',
      okText: '确定查看',
      cancelText: '取消',
      onOk: async () => {
        try {
          setFull((await usersApi.pii(userId)).phone ?? '未登记');
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  return (
    <Space>
      <span>{masked}</span>
      {allowed && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={reveal}
          data-testid="user-phone-reveal"
        >
          查看完整号码（留痕）
        </Button>
      )}
    </Space>
  );
}
