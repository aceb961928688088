import { type ButtonProps, Form, Input, Modal } from 'antd';
import { pufaApi, type ContentItem } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';

/** 从门户撤回: the piece leaves the portal for good, with the reason kept on record. */
export function WithdrawContentModal({
  content,
  onClose,
  onDone,
}: {
  content: ContentItem | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) => pufaApi.withdrawContent(content!.id, v.reason.trim()),
    onDone,
  );
  return (
    <Modal
      open={content !== null}
      title={`从门户撤回：${content?.title ?? ''}`}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="撤回"
      okButtonProps={{ danger: true, 'data-testid': 'content-withdraw-save' } as ButtonProps}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          label="撤回原因"
          name="reason"
          extra="撤回后门户不再显示，记录和当年的发布统计保留；更正后的内容请另行发布。"
          rules={[
            { required: true, whitespace: true, message: '请填写撤回原因' },
            { max: 200, message: '撤回原因不超过200字' },
          ]}
        >
          <Input.TextArea rows={3} data-testid="content-withdraw-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
