import { Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { requestsApi, type RequestDetail } from '../../../api/disclosure-requests';
import { todayInShanghai } from '../../../lib/format';
import { StepModal } from '../../../components/StepModal';

/** The small one-form steps of an application; each names the article it rests on. */
export type StepKey =
  | 'confirm'
  | 'correction'
  | 'corrected'
  | 'consult'
  | 'answer'
  | 'extend'
  | 'explain'
  | 'delay'
  | 'fee'
  | 'served'
  | 'paid'
  | 'withdraw';

interface Props {
  step: StepKey | null;
  req: RequestDetail;
  consultationId?: string | null;
  onClose: () => void;
  onDone: () => void;
}

const date = (label: string, name: string) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: `请填写${label}` }]}>
    <Input type="date" max={todayInShanghai()} data-testid={`step-${name}`} />
  </Form.Item>
);
const text = (label: string, name: string, min = 4, rows = 3) => (
  <Form.Item
    label={label}
    name={name}
    rules={[
      { required: true, whitespace: true, min, message: `请填写${label}（至少 ${min} 个字）` },
    ]}
  >
    <Input.TextArea rows={rows} data-testid={`step-${name}`} />
  </Form.Item>
);

export function StepForms({ step, req, consultationId, onClose, onDone }: Props) {
  const id = req.id;
  const today = todayInShanghai();
  const common = { onClose, testId: `step-${step ?? 'none'}` };
  const run = (call: () => Promise<unknown>) => call().then(onDone);
  switch (step) {
    case 'confirm':
      return (
        <StepModal<{ confirmedOn: string }>
          open
          title="确认收到申请（双方确认之日为收到申请之日，第三十一条第三项）"
          initialValues={{ confirmedOn: today }}
          onSubmit={(v) => run(() => requestsApi.confirm(id, v.confirmedOn))}
          {...common}
        >
          {date('双方确认日期', 'confirmedOn')}
        </StepModal>
      );
    case 'correction':
      return (
        <StepModal<{ items: string; periodDays?: number }>
          open
          title="一次性告知补正（第三十条）"
          okText="出具补正告知书"
          onSubmit={(v) => run(() => requestsApi.requestCorrection(id, v))}
          {...common}
        >
          {text('需要补正的事项', 'items')}
          <Form.Item label="补正期限（工作日，不填用本镇设置）" name="periodDays">
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
        </StepModal>
      );
    case 'corrected':
      return (
        <StepModal<{ correctedOn: string; text: string }>
          open
          title="登记收到的补正（答复期限自收到补正之日起重新计算）"
          initialValues={{ correctedOn: today }}
          onSubmit={(v) => run(() => requestsApi.receiveCorrection(id, v))}
          {...common}
        >
          {date('收到补正日期', 'correctedOn')}
          {text('补正内容', 'text', 2)}
        </StepModal>
      );
    case 'consult':
      return (
        <StepModal<{ kind: string; partyName: string; matter: string; sentOn: string }>
          open
          title="征求意见（期间不计入答复期限，第三十三条第三款）"
          okText="出具征求意见书"
          initialValues={{ kind: 'third_party', sentOn: today }}
          onSubmit={(v) => run(() => requestsApi.consult(id, v))}
          {...common}
        >
          <Form.Item label="征求对象" name="kind">
            <Radio.Group
              options={[
                { value: 'third_party', label: '第三方（第三十二条）' },
                { value: 'interagency', label: '其他机关（第三十四条）' },
              ]}
            />
          </Form.Item>
          <Form.Item
            label="名称"
            name="partyName"
            rules={[{ required: true, min: 2, message: '请填写被征求意见方名称' }]}
          >
            <Input data-testid="step-partyName" />
          </Form.Item>
          {text('征求意见事项', 'matter')}
          {date('征求意见书送达日期', 'sentOn')}
        </StepModal>
      );
    case 'answer':
      return (
        <StepModal<{ opinion: string; note?: string; answeredOn?: string }>
          open
          title="登记意见"
          initialValues={{ opinion: 'agree', answeredOn: today }}
          onSubmit={(v) => run(() => requestsApi.answer(id, consultationId ?? '', v))}
          {...common}
        >
          <Form.Item label="意见" name="opinion">
            <Select
              options={[
                { value: 'agree', label: '同意公开' },
                { value: 'object', label: '不同意公开（须说明理由）' },
                { value: 'no_reply', label: '逾期未提出意见' },
              ]}
            />
          </Form.Item>
          <Form.Item label="意见内容或理由" name="note">
            <Input.TextArea rows={2} />
          </Form.Item>
          {date('收到意见日期', 'answeredOn')}
        </StepModal>
      );
    case 'extend':
      return (
        <StepModal<{ days: number; reason: string }>
          open
          title="延长答复期限（经工作机构负责人同意，最长 20 个工作日，第三十三条第二款）"
          okText="批准延长"
          initialValues={{ days: 20 }}
          onSubmit={(v) => run(() => requestsApi.extend(id, v))}
          {...common}
        >
          <Form.Item label="延长（工作日）" name="days" rules={[{ required: true }]}>
            <InputNumber min={1} max={20} precision={0} data-testid="step-days" />
          </Form.Item>
          {text('延长理由', 'reason')}
        </StepModal>
      );
    case 'explain':
      return (
        <StepModal<{ reason: string }>
          open
          title="要求申请人说明理由（第三十五条）"
          onSubmit={(v) => run(() => requestsApi.explanation(id, v))}
          {...common}
        >
          {text('数量、频次明显超过合理范围的情况', 'reason')}
        </StepModal>
      );
    case 'delay':
      return (
        <StepModal<{ dueOn: string; reason: string }>
          open
          title="确定延迟答复的合理期限（第三十五条）"
          onSubmit={(v) => run(() => requestsApi.delay(id, v))}
          {...common}
        >
          <Form.Item
            label="延迟至"
            name="dueOn"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <Input type="date" min={today} />
          </Form.Item>
          {text('无法按期答复的原因', 'reason')}
        </StepModal>
      );
    case 'fee':
      return (
        <StepModal<{
          method: string;
          items?: number;
          pages?: number;
          reason: string;
          handedOver?: boolean;
        }>
          open
          title="信息处理费收费通知（第四十二条，国办函〔2020〕109号）"
          initialValues={{ method: 'per_page' }}
          onSubmit={({ handedOver, ...v }) =>
            run(() => requestsApi.fee(id, handedOver ? { ...v, servedOn: today } : v))
          }
          {...common}
        >
          <FeeFields />
          <Form.Item
            name="handedOver"
            valuePropName="checked"
            extra="缴费期限自申请人收到通知之日起计算；邮寄的，待签收后登记送达日期"
          >
            <Checkbox data-testid="step-handedOver">今天已当面交付或电子送达申请人</Checkbox>
          </Form.Item>
        </StepModal>
      );
    case 'served':
      return (
        <StepModal<{ servedOn: string }>
          open
          title="登记申请人收到收费通知的日期（缴费期限自此起算）"
          initialValues={{ servedOn: today }}
          onSubmit={(v) => run(() => requestsApi.feeServed(id, v.servedOn))}
          {...common}
        >
          {date('收到通知日期', 'servedOn')}
        </StepModal>
      );
    case 'paid':
      return (
        <StepModal<{ paidOn: string }>
          open
          title="登记已缴费"
          initialValues={{ paidOn: today }}
          onSubmit={(v) => run(() => requestsApi.feePaid(id, v.paidOn))}
          {...common}
        >
          {date('缴费日期', 'paidOn')}
        </StepModal>
      );
    case 'withdraw':
      return (
        <StepModal<{ reasons: string }>
          open
          title="终止办理（其他处理，如申请人撤回）"
          okText="终止并出具告知书"
          onSubmit={(v) =>
            run(() => requestsApi.reply(id, { outcome: 'other_other', reasons: v.reasons }))
          }
          {...common}
        >
          {text('终止原因', 'reasons')}
        </StepModal>
      );
    default:
      return null;
  }
}

function FeeFields() {
  const method = Form.useWatch('method', Form.useFormInstance()) as string | undefined;
  return (
    <>
      <Form.Item label="收费方式（一件申请只能选一种）" name="method">
        <Radio.Group
          options={[
            { value: 'per_item', label: '按件计收' },
            { value: 'per_page', label: '按量计收' },
          ]}
        />
      </Form.Item>
      {method === 'per_item' ? (
        <Form.Item
          label="本申请件数"
          name="items"
          extra="同一申请人一个自然月内累计 10 件以下不收费"
        >
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
      ) : (
        <Form.Item
          label="页数"
          name="pages"
          rules={[{ required: true, message: '请填写页数' }]}
          extra="30 页以下不收费"
        >
          <InputNumber min={1} precision={0} />
        </Form.Item>
      )}
      {text('数量、频次明显超过合理范围的情况', 'reason')}
    </>
  );
}
