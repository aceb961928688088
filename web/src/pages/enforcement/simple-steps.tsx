import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { WorkflowStep } from '../../components/WorkflowActions';

type Step = (
  action: string,
  path: string,
  label: string,
  extra?: Partial<WorkflowStep>,
) => WorkflowStep;

/** 当场收缴 grounds (行政处罚法 第六十八条、第六十九条), as the server's vocabulary names them. */
const GROUNDS = [
  { value: 'small_fine', label: '依法给予一百元以下罚款（第六十八条第一项）' },
  { value: 'hard_to_enforce', label: '不当场收缴事后难以执行（第六十八条第二项）' },
  { value: 'remote_area', label: '边远、水上、交通不便地区，当事人提出（第六十九条）' },
];

const required = (label: string) => [{ required: true, message: `请填写${label}` }];

/**
 * The 简易程序 steps (行政处罚法 第五十一至五十三条) and 当场收缴 (第六十八至七十一条): the decision
 * recorded from the pre-printed numbered form, the 备案, the collection against its 专用票据, the cash
 * handed to the agency, or the case turned to the general procedure. The 公开 box starts from the
 * town's default for on-the-spot decisions (`publishable`, 第四十八条第一款).
 */
export const simpleSteps = (step: Step, publishable: boolean): WorkflowStep[] => [
  step('decide_on_spot', 'decide-on-spot', '当场作出处罚决定', {
    primary: true,
    initialValues: { certificateShown: false, refusedToSign: false, publishable },
    form: (
      <>
        <Form.Item name="fine" label="罚款（元，警告填0）" rules={required('罚款')}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} data-testid="step-fine" />
        </Form.Item>
        <Form.Item name="penalty" label="处罚种类" rules={required('处罚种类')}>
          <Input maxLength={200} placeholder="如：警告并处罚款" data-testid="step-penalty" />
        </Form.Item>
        <Form.Item name="legalBasis" label="处罚依据" rules={required('处罚依据')}>
          <Input maxLength={500} data-testid="step-legal-basis" />
        </Form.Item>
        <Form.Item
          name="formNo"
          label="决定书编号（预定格式、编有号码）"
          rules={required('决定书编号')}
        >
          <Input maxLength={60} data-testid="step-form-no" />
        </Form.Item>
        <Form.Item name="certificateShown" valuePropName="checked">
          <Checkbox data-testid="step-certificate-shown">
            已向当事人出示执法证件（《行政处罚法》第五十二条）
          </Checkbox>
        </Form.Item>
        <Form.Item name="refusedToSign" valuePropName="checked">
          <Checkbox>当事人拒绝签收（已在决定书上注明）</Checkbox>
        </Form.Item>
        <Form.Item name="publishable" valuePropName="checked">
          <Checkbox data-testid="step-publishable">
            具有一定社会影响，应当公开（《行政处罚法》第四十八条第一款）
          </Checkbox>
        </Form.Item>
      </>
    ),
  }),
  step('report', 'report', '报行政机关备案', {
    primary: true,
    confirm: {
      title: '当场处罚决定报所属行政机关备案？',
      description: '依据《行政处罚法》第五十二条',
    },
  }),
  step('collect_on_spot', 'collect-on-spot', '当场收缴罚款', {
    form: (
      <>
        <Form.Item name="ground" label="当场收缴的情形" rules={required('情形')}>
          <Select options={GROUNDS} data-testid="step-ground" />
        </Form.Item>
        <Form.Item
          name="receiptNo"
          label="专用票据号（财政部门统一制发，第七十条）"
          rules={required('票据号')}
        >
          <Input maxLength={60} data-testid="step-receipt-no" />
        </Form.Item>
      </>
    ),
  }),
  step('hand_over', 'hand-over', '罚款交至行政机关', {
    primary: true,
    confirm: {
      title: '当场收缴的罚款已交至行政机关？',
      description: '依据《行政处罚法》第七十一条：自收缴之日起二日内交至行政机关',
    },
  }),
  step('to_general', 'to-general', '转为普通程序', {
    form: (
      <Form.Item name="reason" label="理由" rules={required('理由')}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="step-reason" />
      </Form.Item>
    ),
  }),
];
