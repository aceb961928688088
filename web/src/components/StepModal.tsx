import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { useFormSubmit } from '../lib/use-form-submit';

/**
 * One workflow step as a small form in a modal: validates, submits, shows the server's Chinese
 * message (e.g. the article a guard enforces) in place, closes on success.
 */
export function StepModal<V extends object>({
  open,
  title,
  okText = '确定',
  onClose,
  onSubmit,
  children,
  initialValues,
  testId,
}: {
  open: boolean;
  title: string;
  okText?: string;
  onClose: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  initialValues?: Partial<V>;
  testId?: string;
}) {
  const [form] = Form.useForm<V>();
  const { error, saving, close, submit } = useFormSubmit(form, onClose, onSubmit);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      destroyOnHidden
      width={640}
      okButtonProps={
        { 'data-testid': `${testId ?? 'step'}-ok` } as Record<`data-${string}`, string>
      }
    >
      <div data-testid={testId}>
        <ErrorAlert error={error} />
        <Form<V> form={form} layout="vertical" initialValues={initialValues}>
          {typeof children === 'function' ? children(form) : children}
        </Form>
      </div>
    </Modal>
  );
}
