import { Alert, Form, Input, Modal } from 'antd';
import { requestsApi } from '../../../api/disclosure-requests';
import { BasisText } from '../../../components/BasisText';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

type Result = Awaited<ReturnType<typeof requestsApi.repeatReplies>>;

/**
 * 合并重复申请: the selected applications repeat one already answered; each gets its own 不予重复处理
 * 答复告知书 naming that answer (《政府信息公开条例》第三十六条第（六）项).
 */
export function RepeatRepliesModal({
  ids,
  onClose,
  onDone,
}: {
  ids: string[];
  onClose: () => void;
  onDone: (r: Result) => void;
}) {
  const [form] = Form.useForm<{ details: string }>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) => requestsApi.repeatReplies(ids, v.details.trim()),
    onDone,
  );
  return (
    <Modal
      open
      title={`合并重复申请（${ids.length} 件）`}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="逐件答复"
      forceRender
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="所选每件申请将各自以“不予重复处理”作出答复并生成答复告知书，答复后不能撤回。"
        description={<BasisText text="《政府信息公开条例》第三十六条第（六）项" />}
      />
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="details"
          label="已作出的答复"
          extra="写入每份告知书，如：桥政信复〔2024〕3号"
          rules={[
            { required: true, whitespace: true, message: '请填写已作出答复的文号或原申请编号' },
          ]}
        >
          <Input maxLength={500} data-testid="repeat-details" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
