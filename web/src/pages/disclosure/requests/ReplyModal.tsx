import { Alert, Checkbox, Form, Input, Select } from 'antd';
import {
  requestsApi,
  type RequestDetail,
  type RequestVocabulary,
} from '../../../api/disclosure-requests';
import { StepModal } from '../../../components/StepModal';

interface Values {
  outcome: string;
  reasons?: string;
  details?: string;
  notResponsible?: boolean;
  competentBody?: { name?: string; contact?: string };
}

/** 第三十六条第（五）项: the competent body goes along only when it is known (name and contact). */
function toBody({ competentBody, notResponsible, ...v }: Values) {
  const known =
    notResponsible && v.outcome === 'unavailable_not_held' && competentBody?.name?.trim();
  return {
    ...v,
    ...(notResponsible && v.outcome === 'unavailable_not_held' ? { notResponsible: true } : {}),
    ...(known
      ? { competentBody: { name: competentBody!.name!, contact: competentBody!.contact ?? '' } }
      : {}),
  };
}

/**
 * 答复: one outcome row of 表三, its reasons and details; the server writes the 答复告知书 with the
 * article and the remedy notice and refuses outcomes the workflow does not allow yet.
 */
export function ReplyModal({
  open,
  req,
  vocab,
  onClose,
  onDone,
}: {
  open: boolean;
  req: RequestDetail;
  vocab: RequestVocabulary;
  onClose: () => void;
  onDone: () => void;
}) {
  const groups = vocab.outcomeGroups
    .map((g) => ({
      label: g.label,
      options: vocab.outcomes
        .filter((o) => o.group === g.value && !o.systemOnly && o.value !== 'other_other')
        .map((o) => ({ value: o.value, label: o.label })),
    }))
    .filter((g) => g.options.length);
  return (
    <StepModal<Values>
      open={open}
      title="答复（生成答复告知书）"
      okText="答复并出具告知书"
      onClose={onClose}
      testId="reply"
      onSubmit={(v) => requestsApi.reply(req.id, toBody(v)).then(onDone)}
    >
      <ReplyFields vocab={vocab} groups={groups} />
    </StepModal>
  );
}

function ReplyFields({
  vocab,
  groups,
}: {
  vocab: RequestVocabulary;
  groups: { label: string; options: { value: string; label: string }[] }[];
}) {
  const form = Form.useFormInstance();
  const outcome = Form.useWatch('outcome', form) as string | undefined;
  const notResponsible =
    (Form.useWatch('notResponsible', form) as boolean | undefined) &&
    outcome === 'unavailable_not_held';
  const def = vocab.outcomes.find((o) => o.value === outcome);
  return (
    <>
      <Form.Item
        label="答复类型（表三）"
        name="outcome"
        rules={[{ required: true, message: '请选择答复类型' }]}
      >
        <Select
          options={groups}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="reply-outcome"
        />
      </Form.Item>
      {def && (
        <Alert
          type={def.reviewFirst ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`依据：${def.basis}`}
          description={
            def.reviewFirst
              ? '告知书将告知申请人：不予公开的，应当先申请行政复议（《行政复议法》第二十三条第一款第四项）。'
              : '告知书将告知申请人：可在六十日内申请行政复议或六个月内提起行政诉讼。'
          }
        />
      )}
      {outcome === 'unavailable_not_held' && (
        <Form.Item name="notResponsible" valuePropName="checked">
          <Checkbox data-testid="reply-not-responsible">
            不属于本机关负责公开（第三十六条第（五）项，须说明理由）
          </Checkbox>
        </Form.Item>
      )}
      <Form.Item
        label="理由"
        name="reasons"
        rules={[
          {
            required: !!def?.needsReasons || !!notResponsible,
            whitespace: true,
            message: '该答复类型须说明理由',
          },
        ]}
      >
        <Input.TextArea rows={3} data-testid="reply-reasons" />
      </Form.Item>
      {notResponsible && (
        <>
          <Form.Item label="负责公开的行政机关（能够确定的）" name={['competentBody', 'name']}>
            <Input data-testid="reply-competent-name" />
          </Form.Item>
          <Form.Item
            label="该机关联系方式"
            name={['competentBody', 'contact']}
            dependencies={[['competentBody', 'name']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v) =>
                  getFieldValue(['competentBody', 'name'])?.trim() && !v?.trim()
                    ? Promise.reject(new Error('已填写机关名称的，请同时填写联系方式'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input data-testid="reply-competent-contact" />
          </Form.Item>
        </>
      )}
      <Form.Item label="补充说明（获取途径、已作出答复的文号等）" name="details">
        <Input data-testid="reply-details" />
      </Form.Item>
    </>
  );
}
