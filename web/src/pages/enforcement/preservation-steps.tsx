import { Form, Input, Radio } from 'antd';
import type { WorkflowStep } from '../../components/WorkflowActions';

type Step = (
  action: string,
  path: string,
  label: string,
  extra?: Partial<WorkflowStep>,
) => WorkflowStep;

export const ART56 = '依据《中华人民共和国行政处罚法》第五十六条、第八十五条';

/** Decisions on preserved evidence, as the server's vocabulary names them. */
export const OUTCOMES = [
  { value: 'release', label: '解除先行登记保存，退还当事人' },
  { value: 'seize', label: '依法采取查封、扣押措施' },
  { value: 'confiscate', label: '作为证据随案处理（拟依法没收）' },
  { value: 'transfer', label: '移送有关部门处理' },
];

/**
 * 先行登记保存 (行政处罚法 第五十六条): evidence registered and preserved on the head's approval, as
 * often as the investigation needs; each is decided on within its own seven working days (第八十五条)
 * from the 先行登记保存 card (PreservationCard.tsx).
 */
export const preservationSteps = (step: Step): WorkflowStep[] => [
  step('preserve_evidence', 'preserve-evidence', '先行登记保存证据', {
    form: (
      <Form.Item
        name="evidence"
        label="登记保存的证据清单"
        extra={`${ART56}：经负责人批准先行登记保存，应在七个工作日内作出处理决定`}
        rules={[{ required: true, message: '请填写证据清单' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="step-evidence" />
      </Form.Item>
    ),
  }),
];

/** 具有一定社会影响 (行政处罚法 第四十八条第一款): the judgement recorded with the decision. */
export const publishableField = (
  <Form.Item
    name="publishable"
    label="是否具有一定社会影响（应当公开）"
    extra="依据《中华人民共和国行政处罚法》第四十八条第一款：具有一定社会影响的行政处罚决定应当依法公开，自决定之日起七个工作日内公开"
    rules={[{ required: true, message: '请认定是否具有一定社会影响' }]}
  >
    <Radio.Group data-testid="step-publishable">
      <Radio value data-testid="step-publishable-yes">
        是，应当公开
      </Radio>
      <Radio value={false} data-testid="step-publishable-no">
        否，无须公开
      </Radio>
    </Radio.Group>
  </Form.Item>
);
