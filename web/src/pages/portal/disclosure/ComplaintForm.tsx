import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { portalVillageApi } from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface Values {
  complainantName: string;
  phone: string;
  category: 'party' | 'village' | 'finance';
  kind: 'not_published' | 'untrue';
  matter: string;
}

/** A villager reports that something was not published, or not truly (第三十一条); the town investigates. */
export function ComplaintForm({ villageId }: { villageId: string }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ receiptNo: string; dueDate: string; basis: string } | null>(
    null,
  );
  const submit = async (v: Values) => {
    setError(null);
    try {
      setSent(await portalVillageApi.complain({ villageId, ...v }));
      form.resetFields();
    } catch (e) {
      setError(e);
    }
  };
  if (sent)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="complaint-sent"
        title={`已受理，编号 ${sent.receiptNo}`}
        description={`镇政府将依据${sent.basis}调查核实，并于 ${sent.dueDate} 前处理，结果将电话告知您。`}
      />
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ category: 'finance', kind: 'not_published' }}
    >
      <ErrorAlert error={error} />
      <Form.Item label="类别" name="category">
        <Radio.Group
          options={[
            { value: 'party', label: '党务' },
            { value: 'village', label: '村务' },
            { value: 'finance', label: '财务' },
          ]}
        />
      </Form.Item>
      <Form.Item label="情形" name="kind">
        <Radio.Group
          options={[
            { value: 'not_published', label: '应当公布而未及时公布' },
            { value: 'untrue', label: '公布的事项不真实' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label="反映的事项"
        name="matter"
        rules={[{ required: true, whitespace: true, message: '请填写反映的事项' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="complaint-matter" />
      </Form.Item>
      <Form.Item
        label="您的姓名"
        name="complainantName"
        rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
      >
        <Input maxLength={40} data-testid="complaint-name" />
      </Form.Item>
      <Form.Item
        label="联系电话"
        name="phone"
        rules={[
          {
            required: true,
            pattern: /^1[3-9]\d{9}$/,
            message: '请填写 11 位手机号，用于告知处理结果',
          },
        ]}
      >
        <Input maxLength={11} data-testid="complaint-phone" />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="complaint-submit">
        提交反映
      </Button>
    </Form>
  );
}
