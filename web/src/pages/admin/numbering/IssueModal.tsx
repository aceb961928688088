import { Form, Input, Modal, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { numberingApi, type IssuedNumber, type NumberTemplate } from '../../../api/numbering';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Values {
  kind: string;
  title: string;
}

/** 取文号: the next number of a kind is taken and registered at once, so no number is ever given twice. */
export function IssueModal({
  open,
  templates,
  onClose,
  onIssued,
}: {
  open: boolean;
  templates: NumberTemplate[];
  onClose: () => void;
  onIssued: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [issued, setIssued] = useState<IssuedNumber | null>(null);
  const kind = Form.useWatch('kind', form);
  const next = templates.find((t) => t.kind === kind)?.next;
  // On success the form stage ends (cleared) and the number is shown; the dialog closes on 完成.
  const form$ = useFormSubmit(
    form,
    () => undefined,
    (v) => numberingApi.issue(v.kind, v.title.trim()),
    (number) => {
      setIssued(number);
      onIssued();
    },
  );
  const close = () => {
    form$.close();
    setIssued(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title="取文号"
      onOk={() => (issued ? close() : void form$.submit())}
      onCancel={close}
      confirmLoading={form$.saving}
      okText={issued ? '完成' : '取号并登记'}
      forceRender
    >
      {issued ? (
        <Result
          status="success"
          title={
            <Typography.Text copyable data-testid="numbering-issued">
              {issued.text}
            </Typography.Text>
          }
          subTitle={`已登记：${issued.title}`}
        />
      ) : (
        <>
          <ErrorAlert error={form$.error} />
          <Form<Values> form={form} layout="vertical">
            <Form.Item
              label="文件类别"
              name="kind"
              rules={[{ required: true, message: '请选择文件类别' }]}
              extra={next && `将取得：${next}`}
            >
              <Select
                options={[
                  ...new Map(
                    templates.map((t) => [
                      t.kind,
                      { value: t.kind, label: `${t.name}（${t.orgName}）` },
                    ]),
                  ).values(),
                ]}
                data-testid="numbering-kind"
              />
            </Form.Item>
            <Form.Item
              label="文件标题"
              name="title"
              rules={[
                { required: true, whitespace: true, message: '请输入文件标题' },
                { min: 2, max: 200, message: '标题为 2–200 个字' },
              ]}
            >
              <Input.TextArea rows={2} data-testid="numbering-title" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
