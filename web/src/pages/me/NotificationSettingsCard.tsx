import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Space,
  Switch,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { errorText } from '../../api/client';
import { notificationsApi, type NoticeSettings } from '../../api/notifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRequest } from '../../lib/use-request';

interface Values {
  sms: boolean;
  zzd: boolean;
  zzdAccountId?: string;
  quiet?: [Dayjs, Dayjs] | null;
  daysAhead: number;
}

const timeOf = (hhmm: string): Dayjs =>
  dayjs()
    .hour(Number(hhmm.slice(0, 2)))
    .minute(Number(hhmm.slice(3, 5)))
    .second(0);

const toValues = (s: NoticeSettings): Values => ({
  sms: s.sms,
  zzd: s.zzd,
  zzdAccountId: s.zzdAccountId ?? undefined,
  quiet: s.quietStart && s.quietEnd ? [timeOf(s.quietStart), timeOf(s.quietEnd)] : null,
  daysAhead: s.daysAhead,
});

/** 消息提醒设置: in the app always; SMS and 浙政钉 where connected; quiet hours; how early deadlines warn. */
export function NotificationSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, error, reload } = useRequest(() => notificationsApi.settings(), []);
  useEffect(() => {
    if (data) form.setFieldsValue(toValues(data));
  }, [data, form]);

  const save = async (v: Values) => {
    try {
      const saved = await notificationsApi.saveSettings({
        sms: v.sms,
        zzd: v.zzd,
        zzdAccountId: v.zzdAccountId?.trim() || null,
        quietStart: v.quiet ? v.quiet[0].format('HH:mm') : null,
        quietEnd: v.quiet ? v.quiet[1].format('HH:mm') : null,
        daysAhead: v.daysAhead,
      });
      form.setFieldsValue(toValues(saved));
      message.success('提醒设置已保存');
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card title="消息提醒设置" variant="borderless" data-testid="notification-settings">
      <ErrorAlert error={error} onRetry={reload} />
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '140px' }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="站内消息">
          <Typography.Text>始终开启（右上角铃铛）</Typography.Text>
        </Form.Item>
        <Form.Item
          label="短信提醒"
          name="sms"
          valuePropName="checked"
          extra={
            !data?.available.sms
              ? '本系统尚未接入短信平台'
              : data.phoneMasked
                ? `发送至 ${data.phoneMasked}`
                : '账号未登记手机号'
          }
        >
          <Switch disabled={!data?.available.sms || !data.phoneMasked} data-testid="settings-sms" />
        </Form.Item>
        <Form.Item
          label="浙政钉工作通知"
          name="zzd"
          valuePropName="checked"
          extra={data?.available.zzd ? undefined : '本系统尚未接入浙政钉'}
        >
          <Switch disabled={!data?.available.zzd} data-testid="settings-zzd" />
        </Form.Item>
        <Form.Item label="浙政钉账号" name="zzdAccountId">
          <Input maxLength={64} disabled={!data?.available.zzd} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item label="免打扰时段" name="quiet" extra="时段内的短信和浙政钉通知顺延到结束时发送">
          <TimePicker.RangePicker format="HH:mm" order={false} allowEmpty={[false, false]} />
        </Form.Item>
        <Form.Item label="到期提前提醒">
          <Space>
            <Form.Item name="daysAhead" noStyle rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber min={1} max={10} precision={0} data-testid="settings-days-ahead" />
            </Form.Item>
            <span>个工作日</span>
          </Space>
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Button type="primary" htmlType="submit" data-testid="settings-save">
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
