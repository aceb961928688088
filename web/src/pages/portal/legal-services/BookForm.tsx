import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { legalPortalApi } from '../../../api/legal-services';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useRequest } from '../../../lib/use-request';
import { optionsOf } from '../../litigation/options';

interface Booking {
  windowId: string;
  onDate: string;
  slot: string;
  name: string;
  phone: string;
  topic: string;
}

/** 预约: a window, a day and half-day; the code is quoted at the station to take a number. */
export function BookForm() {
  const station = useRequest(() => legalPortalApi.station(), []);
  const [form] = Form.useForm<Booking>();
  const [done, setDone] = useState<{
    code: string;
    onDate: string;
    slot: string;
    window: string;
  } | null>(null);
  const { error, saving, submit } = useFormSubmit(
    form,
    () => undefined,
    ({ windowId, ...v }) => legalPortalApi.book(windowId, v),
    setDone,
  );
  return (
    <>
      <ErrorAlert error={station.error ?? error} onRetry={station.reload} />
      {done && (
        <Alert
          type="success"
          style={{ marginBottom: 16 }}
          data-testid="book-done"
          title={`已预约 ${done.onDate} ${done.slot} ${done.window}，预约码 ${done.code}，请到站时出示。`}
        />
      )}
      <Form<Booking>
        form={form}
        layout="vertical"
        style={{ maxWidth: 480 }}
        initialValues={{ slot: 'am' }}
      >
        <Form.Item name="windowId" label="窗口" rules={[{ required: true, message: '请选择窗口' }]}>
          <Select
            options={(station.data?.windows ?? []).map((w) => ({ value: w.id, label: w.name }))}
          />
        </Form.Item>
        <Form.Item name="onDate" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="slot" label="时段">
          <Select options={optionsOf(station.data?.slots)} />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label="手机号"
          rules={[{ required: true, message: '请填写手机号' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="topic"
          label="预约事项"
          rules={[{ required: true, message: '请填写预约事项' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" loading={saving} onClick={() => void submit()}>
          提交预约
        </Button>
      </Form>
    </>
  );
}
