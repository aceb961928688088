import { App, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../api/client';

/** The server accepts one code per phone a minute (core/sms/verification-code.ts). */
const RESEND_SECONDS = 60;

/**
 * 短信验证码 field of a portal form: 获取验证码 sends a code to the form's `phone` field (validated
 * first) and counts down to the next allowed send; the six digits go into the form's `code` field.
 * Used by registration, the decision comment form and the quiz.
 */
export function SmsCodeField({
  send,
  testId,
}: {
  send: (phone: string) => Promise<{ expiresInSeconds: number }>;
  /** Prefix of the test ids: `${testId}-code` on the input, `${testId}-send-code` on the button. */
  testId: string;
}) {
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
      const { expiresInSeconds } = await send(phone!);
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
          <Input maxLength={6} inputMode="numeric" data-testid={`${testId}-code`} />
        </Form.Item>
        <Button
          onClick={() => void sendCode()}
          loading={sending}
          disabled={countdown > 0}
          data-testid={`${testId}-send-code`}
        >
          {countdown > 0 ? `${countdown} 秒后重发` : '获取验证码'}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
