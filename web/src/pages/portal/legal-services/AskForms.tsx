import { Alert, Button, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { legalPortalApi, type TrackedQuestion } from '../../../api/legal-services';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Ask {
  name: string;
  phone: string;
  village?: string;
  question: string;
}

/** 在线咨询: the station's staff answer; the code and phone look the answer up. */
export function AskForm() {
  const [form] = Form.useForm<Ask>();
  const [code, setCode] = useState<string | null>(null);
  const { error, saving, submit } = useFormSubmit(
    form,
    () => undefined,
    (v) =>
      legalPortalApi.ask(
        v.village ? { ...v } : { name: v.name, phone: v.phone, question: v.question },
      ),
    (r) => setCode(r.code),
  );
  return (
    <>
      <ErrorAlert error={error} />
      {code && (
        <Alert
          type="success"
          style={{ marginBottom: 16 }}
          data-testid="ask-done"
          title={`已提交，查询码 ${code}。服务站工作人员答复后，可凭查询码和手机号查看答复。`}
        />
      )}
      <Form<Ask> form={form} layout="vertical" style={{ maxWidth: 560 }}>
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
        <Form.Item name="village" label="所在村（社区）">
          <Input />
        </Form.Item>
        <Form.Item
          name="question"
          label="咨询问题"
          rules={[{ required: true, message: '请填写咨询问题' }]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
        <Button type="primary" loading={saving} onClick={() => void submit()}>
          提交咨询
        </Button>
      </Form>
    </>
  );
}

export function TrackForm() {
  const [form] = Form.useForm<{ code: string; phone: string }>();
  const [found, setFound] = useState<TrackedQuestion | null>(null);
  const { error, saving, submit } = useFormSubmit(
    form,
    () => undefined,
    legalPortalApi.track,
    setFound,
  );
  return (
    <>
      <ErrorAlert error={error} />
      <Form form={form} layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item name="code" rules={[{ required: true, message: '请填写查询码' }]}>
          <Input placeholder="查询码" />
        </Form.Item>
        <Form.Item name="phone" rules={[{ required: true, message: '请填写手机号' }]}>
          <Input placeholder="手机号" />
        </Form.Item>
        <Button type="primary" loading={saving} onClick={() => void submit()}>
          查询
        </Button>
      </Form>
      {found && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="咨询问题">{found.question}</Descriptions.Item>
          <Descriptions.Item label="答复">
            {found.answer
              ? `${found.answer}（${found.answeredBy}，${found.answeredOn}）`
              : '工作人员尚未答复，请稍后查询'}
          </Descriptions.Item>
        </Descriptions>
      )}
    </>
  );
}
