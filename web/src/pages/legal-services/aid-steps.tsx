import { Form, Input, Radio } from 'antd';
import { legalServicesApi, type AidDetail } from '../../api/legal-services';
import type { WorkflowStep } from '../../components/WorkflowActions';
import { todayInShanghai } from '../../lib/format';

type Values = Record<string, unknown>;
const required = (message: string) => [{ required: true, message }];
const date = (name: string, label: string) => (
  <Form.Item name={name} label={label} rules={required(`请填写${label}`)}>
    <Input type="date" />
  </Form.Item>
);

/** The application's steps as the kernel offers them, each with the article it follows. */
export function aidSteps(a: AidDetail): WorkflowStep[] {
  const has = (x: string) => a.abilities.includes(x);
  const step = (path: string) => (v: Values) => legalServicesApi.aidStep(a.id, path, v);
  const today = todayInShanghai();
  return [
    {
      key: 'forward',
      label: '转交县法律援助中心',
      show: has('forward'),
      primary: true,
      testId: 'aid-forward',
      initialValues: { centre: '慈溪市法律援助中心', forwardedOn: today },
      form: (
        <>
          <Form.Item name="centre" label="法律援助机构" rules={required('请填写法律援助机构')}>
            <Input />
          </Form.Item>
          {date('forwardedOn', '转交日期')}
        </>
      ),
      run: step('forward'),
    },
    {
      key: 'advance',
      label: '先行提供法律援助',
      show: has('advance'),
      testId: 'aid-advance',
      initialValues: { decidedOn: today },
      form: date('decidedOn', '决定日期'),
      run: step('advance'),
    },
    {
      key: 'requestMaterials',
      label: '一次性告知补充材料',
      show: has('requestMaterials'),
      testId: 'aid-materials',
      initialValues: { requestedOn: today },
      form: (
        <>
          <Form.Item
            name="items"
            label="需补充的材料（每行一项，一次性告知）"
            rules={required('请列出需补充的材料')}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          {date('requestedOn', '告知日期')}
          {date('dueOn', '补充期限')}
        </>
      ),
      run: (v) =>
        legalServicesApi.aidStep(a.id, 'request-materials', {
          ...v,
          items: String(v.items)
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        }),
    },
    {
      key: 'supplyMaterials',
      label: '材料已补充',
      show: has('supplyMaterials'),
      primary: true,
      testId: 'aid-supplied',
      initialValues: { suppliedOn: today },
      form: date('suppliedOn', '补充日期'),
      run: step('supply-materials'),
    },
    {
      key: 'deemWithdrawn',
      label: '视为撤回',
      show: has('deemWithdrawn'),
      danger: true,
      testId: 'aid-withdrawn',
      confirm: {
        title: '补充期限已届满，视为撤回申请？',
        description: '《法律援助法》第四十三条第二款',
      },
      run: () => legalServicesApi.aidStep(a.id, 'deem-withdrawn', null),
    },
    {
      key: 'grant',
      label: '登记给予援助决定',
      show: has('grant'),
      primary: true,
      testId: 'aid-grant',
      initialValues: { decidedOn: today },
      form: date('decidedOn', '决定日期'),
      run: step('grant'),
    },
    {
      key: 'refuse',
      label: '登记不予援助决定',
      show: has('refuse'),
      danger: true,
      testId: 'aid-refuse',
      initialValues: { decidedOn: today },
      form: (
        <>
          {date('decidedOn', '决定日期')}
          <Form.Item
            name="reason"
            label="不予援助的理由（书面告知申请人）"
            rules={required('请填写理由')}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      ),
      run: step('refuse'),
    },
    {
      key: 'assign',
      label: '登记指派律师',
      show: has('assign'),
      primary: true,
      testId: 'aid-assign',
      initialValues: { assignedOn: today },
      form: (
        <>
          {date('assignedOn', '指派日期')}
          <Form.Item name="lawyerName" label="法律援助人员" rules={required('请填写法律援助人员')}>
            <Input data-testid="aid-lawyer" />
          </Form.Item>
          <Form.Item name="lawyerFirm" label="所在律师事务所" rules={required('请填写律师事务所')}>
            <Input data-testid="aid-firm" />
          </Form.Item>
        </>
      ),
      run: step('assign'),
    },
    {
      key: 'object',
      label: '登记异议',
      show: has('object'),
      testId: 'aid-object',
      initialValues: { objectedOn: today },
      form: date('objectedOn', '提出异议日期'),
      run: step('object'),
    },
    {
      key: 'decideObjection',
      label: '登记异议审查结果',
      show: has('decideObjection'),
      primary: true,
      testId: 'aid-decide-objection',
      initialValues: { decidedOn: today, upheld: false },
      form: (
        <>
          {date('decidedOn', '审查决定日期')}
          <Form.Item name="upheld" label="审查结果">
            <Radio.Group>
              <Radio value={false}>维持原决定</Radio>
              <Radio value>责令改正（给予援助）</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="note" label="审查意见" rules={required('请填写审查意见')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ),
      run: step('decide-objection'),
    },
    {
      key: 'close',
      label: '结案',
      show: has('close'),
      testId: 'aid-close',
      initialValues: { closedOn: today },
      form: (
        <>
          {date('closedOn', '结案日期')}
          <Form.Item name="note" label="结案情况" rules={required('请填写结案情况')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ),
      run: step('close'),
    },
  ];
}
