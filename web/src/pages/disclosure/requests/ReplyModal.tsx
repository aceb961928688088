import { Alert, Form, Input, Select } from 'antd';
import { requestsApi, type RequestDetail, type RequestVocabulary } from '../../../api/disclosure-requests';
import { StepModal } from './StepModal';

interface Values {
  outcome: string;
  reasons?: string;
  details?: string;
}

/**
 * 答复: one outcome row of 表三, its reasons and details; the server writes the 答复告知书 with the
 * article and the remedy notice and refuses outcomes the workflow does not allow yet.
 */
export function ReplyModal({ open, req, vocab, onClose, onDone }: { open: boolean; req: RequestDetail; vocab: RequestVocabulary; onClose: () => void; onDone: () => void }) {
  const groups = vocab.outcomeGroups.map((g) => ({
    label: g.label,
    options: vocab.outcomes.filter((o) => o.group === g.value && !o.systemOnly && o.value !== 'other_other').map((o) => ({ value: o.value, label: o.label })),
  })).filter((g) => g.options.length);
  return (
    <StepModal<Values> open={open} title="答复（生成答复告知书）" okText="答复并出具告知书" onClose={onClose} testId="reply" onSubmit={(v) => requestsApi.reply(req.id, v).then(onDone)}>
      <ReplyFields vocab={vocab} groups={groups} />
    </StepModal>
  );
}

function ReplyFields({ vocab, groups }: { vocab: RequestVocabulary; groups: { label: string; options: { value: string; label: string }[] }[] }) {
  const outcome = Form.useWatch('outcome', Form.useFormInstance()) as string | undefined;
  const def = vocab.outcomes.find((o) => o.value === outcome);
  return (
    <>
      <Form.Item label="答复类型（表三）" name="outcome" rules={[{ required: true, message: '请选择答复类型' }]}>
        <Select options={groups} showSearch={{ optionFilterProp: 'label' }} data-testid="reply-outcome" />
      </Form.Item>
      {def && (
        <Alert
          type={def.reviewFirst ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`依据：${def.basis}`}
          description={def.reviewFirst ? '告知书将告知申请人：不予公开的，应当先申请行政复议（《行政复议法》第二十三条第一款第四项）。' : '告知书将告知申请人：可在六十日内申请行政复议或六个月内提起行政诉讼。'}
        />
      )}
      <Form.Item label="理由" name="reasons" rules={[{ required: !!def?.needsReasons, whitespace: true, message: '该答复类型须说明理由' }]}>
        <Input.TextArea rows={3} data-testid="reply-reasons" />
      </Form.Item>
      <Form.Item label="补充说明（获取途径、负责公开的机关、已作出答复的文号等）" name="details">
        <Input data-testid="reply-details" />
      </Form.Item>
    </>
  );
}
