import { Form, Input, Modal } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

/** Asks for one text (an opinion, a reason) before running an action; shows the server's refusal in place. */
export function TextPromptModal(props: {
  open: boolean;
  title: string;
  label: string;
  required?: boolean;
  extra?: string;
  okText?: string;
  onClose: () => void;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const [form] = Form.useForm<{ text: string }>();
  const { error, saving, close, submit } = useFormSubmit(form, props.onClose, ({ text }) =>
    props.onSubmit(text?.trim() ?? ''),
  );
  return (
    <Modal
      open={props.open}
      title={props.title}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText={props.okText ?? '确定'}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          label={props.label}
          name="text"
          extra={props.extra}
          rules={
            props.required
              ? [{ required: true, whitespace: true, message: `请填写${props.label}` }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="prompt-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
