import { App, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../../api/client';
import { portalDecisionsApi } from '../../../api/decisions';

const RESEND_SECONDS = 60;

/**
 * 短信验证码 of the comment form, where the town asks commenters to verify their phone: 获取验证码 sends
 * a code to the phone typed above and counts down the server's once-a-minute limit.
 */
export function CommentCodeField({ decisionId }: { decisionId: string }) {
  const { message } = App.useApp();
  const form = Form.useFormInstance<{ phone?: string }>();
  const [countdown, setCountdown] = useState(0);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (countdown <= 0) return;
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(t);
  }, [countdown]);

  const sendCode = async () => {
    const { phone } = await form.validateFields(['phone']);
    setSending(true);
    try {
      const { expiresInSeconds } = await portalDecisionsApi.commentCode(decisionId, phone!);
      message.success(`验证码已发送，${Math.round(expiresInSeconds / 60)} 分钟内有效`);
      setCountdown(RESEND_SECONDS);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Form.Item label="短信验证码" required>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          name="code"
          noStyle
          rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位验证码' }]}
        >
          <Input maxLength={6} inputMode="numeric" data-testid="comment-code" />
        </Form.Item>
        <Button
          onClick={() => void sendCode()}
          loading={sending}
          disabled={countdown > 0}
          data-testid="comment-send-code"
        >
          {countdown > 0 ? `${countdown} 秒后重发` : '获取验证码'}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
