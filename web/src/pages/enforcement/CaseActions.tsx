import { App, DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { enforcementApi, type CaseDetail } from '../../api/enforcement';
import { WorkflowActions, type WorkflowStep } from '../../components/WorkflowActions';
import { useRequest } from '../../lib/use-request';
import { preservationSteps, publishableField } from './preservation-steps';
import { simpleSteps } from './simple-steps';

type Values = Record<string, unknown>;

const text = (name: string, label: string, testId: string, required = true, rows = 3) => (
  <Form.Item
    name={name}
    label={label}
    rules={required ? [{ required: true, message: `请填写${label}` }] : []}
  >
    <Input.TextArea rows={rows} maxLength={2000} data-testid={testId} />
  </Form.Item>
);
const yuan = (name: string, label: string, testId: string) => (
  <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
    <InputNumber min={0} precision={0} style={{ width: 200 }} data-testid={testId} />
  </Form.Item>
);
const legalBasis = (
  <Form.Item name="legalBasis" label="处罚依据" rules={[{ required: true, message: '请填写' }]}>
    <Input
      maxLength={500}
      placeholder="如：《安全生产法》第九十七条"
      data-testid="step-legal-basis"
    />
  </Form.Item>
);

/**
 * The case's steps (行政处罚法 普通程序 with 先行登记保存 of preservation-steps.tsx, and the 简易程序 steps
 * of simple-steps.tsx). Each is shown only when the server's transition table allows
 * it to the caller now; a refused step stays on screen with its article.
 */
export function CaseActions({
  detail,
  onChanged,
}: {
  detail: CaseDetail;
  onChanged: (d: CaseDetail) => void;
}) {
  const { message } = App.useApp();
  const may = (a: string) => detail.abilities.includes(a);
  // The town's default judgement of 具有一定社会影响 (第四十八条第一款) the decide forms start from.
  const judging = may('decide') || may('decide_on_spot');
  const { data: settings } = useRequest(() => enforcementApi.settings(), [], judging);
  const run = (path: string) => (v: Values) => enforcementApi.step(detail.id, path, v);
  const step = (
    action: string,
    path: string,
    label: string,
    extra: Partial<WorkflowStep> = {},
  ): WorkflowStep => ({
    key: action,
    label,
    show: may(action),
    testId: `case-step-${action}`,
    run: run(path),
    ...extra,
  });
  const steps: WorkflowStep[] = [
    ...simpleSteps(step, settings?.publishableSimple ?? false),
    step('file', 'file', '立案（审批）', {
      primary: true,
      confirm: { title: '批准立案？', description: '依据《行政处罚法》第五十四条' },
    }),
    ...preservationSteps(step),
    step('end_investigation', 'end-investigation', '调查终结', { primary: true }),
    step('notify', 'notify', '事先告知', {
      primary: true,
      form: (
        <>
          {yuan('proposedFine', '拟罚款（元）', 'step-proposed-fine')}
          {legalBasis}
        </>
      ),
    }),
    step('request_hearing', 'request-hearing', '当事人要求听证'),
    step('close_defence', 'close-defence', '陈述申辩复核完毕', {
      primary: true,
      form: text('note', '复核说明', 'step-note', false),
    }),
    step('finish_hearing', 'finish-hearing', '听证结束', {
      primary: true,
      form: text('note', '听证情况', 'step-note', false),
    }),
    step('legal_review', 'legal-review', '法制审核', {
      form: text('opinion', '审核意见', 'step-opinion'),
    }),
    step('discuss', 'discuss', '负责人集体讨论', {
      form: text('note', '集体讨论意见', 'step-note'),
    }),
    step('extend', 'extend', '批准延长办案期限', {
      form: (
        <>
          <Form.Item name="days" label="延长天数" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={1} max={90} precision={0} data-testid="step-days" />
          </Form.Item>
          {text('reason', '延长理由及依据', 'step-reason')}
        </>
      ),
    }),
    step('decide', 'decide', '作出处罚决定', {
      primary: true,
      initialValues: { publishable: settings?.publishableGeneral },
      form: (
        <>
          {yuan('fine', '罚款（元）', 'step-fine')}
          <Form.Item
            name="penalty"
            label="处罚种类"
            rules={[{ required: true, message: '请填写' }]}
          >
            <Input maxLength={200} placeholder="如：警告并处罚款" data-testid="step-penalty" />
          </Form.Item>
          {legalBasis}
          {publishableField}
        </>
      ),
    }),
    step('serve', 'serve', '送达决定书', { primary: true }),
    step('urge', 'urge', '催告', {
      confirm: { title: '出具催告书？', description: '依据《行政强制法》第三十五条' },
    }),
    step('apply_court', 'apply-court', '申请法院强制执行', {
      form: (
        <Form.Item name="court" label="受理法院" rules={[{ required: true, message: '请填写' }]}>
          <Input maxLength={100} placeholder="如：慈溪市人民法院" data-testid="step-court" />
        </Form.Item>
      ),
    }),
    step('execute', 'execute', '履行完毕', { primary: true }),
    step('close', 'close', '结案', { primary: true }),
    step('publish', 'publish', '公开处罚决定', {
      confirm: {
        title: '在门户网站公开本处罚决定？',
        description: '依据《行政处罚法》第四十八条第一款；自然人当事人仅显示姓氏',
      },
    }),
    step('withdraw_publication', 'withdraw-publication', '撤回公开信息', {
      danger: true,
      run: (v) =>
        enforcementApi.step(detail.id, 'withdraw-publication', {
          ...v,
          changedOn: (v.changedOn as Dayjs).format('YYYY-MM-DD'),
        }),
      form: (
        <>
          <Form.Item
            name="changedOn"
            label="处罚决定被变更、撤销、确认违法或无效之日"
            extra="应在三个工作日内撤回并公开说明理由（《行政处罚法》第四十八条第二款、第八十五条）"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker data-testid="step-changed-on" />
          </Form.Item>
          {text('reason', '撤回理由', 'step-reason')}
        </>
      ),
    }),
    step('not_punish', 'not-punish', '不予处罚', {
      form: text('reason', '理由', 'step-reason'),
    }),
    step('withdraw', 'withdraw', '撤案', {
      danger: true,
      form: text('reason', '理由', 'step-reason'),
    }),
  ];
  return (
    <WorkflowActions
      steps={steps}
      blocked={detail.blocked}
      testId="case-actions"
      onDone={(label, result) => {
        message.success(`已${label}`);
        onChanged(result as CaseDetail);
      }}
    />
  );
}
