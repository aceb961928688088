import { Checkbox, Form, Input, Select, Switch } from 'antd';
import { decisionsApi, type DecisionDetail } from '../../api/decisions';
import type { WorkflowStep } from '../../components/WorkflowActions';
import { todayInShanghai } from '../../lib/format';
import type { useVocabulary } from '../../lib/use-vocabulary';
import { LegalityItemSelect } from './LegalityItemSelect';
import { optionsOf } from '../litigation/options';

type Values = Record<string, unknown>;
type Vocabulary = NonNullable<ReturnType<typeof useVocabulary<'decisions'>>['data']>;

const filled = (v: Values) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
const required = (message: string) => [{ required: true, message }];
const lines = (v: unknown) =>
  String(v ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const text = (name: string, label: string, rows = 3, testId?: string) => (
  <Form.Item name={name} label={label} rules={required(`请填写${label}`)}>
    <Input.TextArea rows={rows} data-testid={testId} />
  </Form.Item>
);
const date = (name: string, label: string, testId?: string) => (
  <Form.Item name={name} label={label} rules={required(`请填写${label}`)}>
    <Input type="date" data-testid={testId} />
  </Form.Item>
);

/** The decision's steps as the kernel offers them, each with its form. */
export function decisionSteps(d: DecisionDetail, vocab: Vocabulary | undefined): WorkflowStep[] {
  const has = (a: string) => d.abilities.includes(a);
  const call = (action: string) => (v: Values) => decisionsApi.step(d.id, action, filled(v));
  const today = todayInShanghai();
  const s = (
    key: string,
    path: string,
    label: string,
    form?: WorkflowStep['form'],
    initialValues?: Values,
    run?: WorkflowStep['run'],
  ): WorkflowStep => ({
    key,
    label,
    show: has(key),
    primary: true,
    testId: `decision-${path}`,
    ...(form ? { form, initialValues } : { confirm: { title: `确认${label}？` } }),
    run: run ?? call(path),
  });
  return [
    s(
      'launch',
      'launch',
      '启动决策程序',
      <>
        {date('launchedOn', '启动日期')}
        {text('leadOffice', '决策承办单位', 1, 'launch-office')}
      </>,
      {
        launchedOn: today,
        leadOffice: d.leadOffice ?? undefined,
      },
    ),
    s(
      'draft',
      'draft',
      '登记决策草案',
      <>
        {text('title', '草案标题', 1)}
        {text('articles', '草案条文（每行一条，将按条公布征求意见）', 6, 'draft-articles')}
        <Form.Item name="explanation" label="起草说明">
          <Input.TextArea rows={2} />
        </Form.Item>
      </>,
      { title: d.title },
      (v) =>
        decisionsApi.step(d.id, 'draft', {
          ...filled(v),
          articles: lines(v.articles).map((t) => ({ text: t })),
        }),
    ),
    s(
      'open_comment',
      'open-comment',
      '公开征求意见',
      <>
        {date('opensOn', '开始日期')}
        {date('closesOn', '截止日期（一般不少于30日）', 'comment-closes')}
        <Form.Item name="shortPeriodReason" label="缩短期限的理由（不足30日时必填）">
          <Input.TextArea rows={2} />
        </Form.Item>
      </>,
      { opensOn: today, closesOn: plusDays(today, 29) },
    ),
    s(
      'withhold_participation',
      'withhold-participation',
      '依法不公开征求意见',
      text('reason', '理由（依法不予公开的情形）'),
      {},
    ),
    s('close_comment', 'close-comment', '结束征求意见'),
    s(
      'expert_review',
      'expert-review',
      '记录专家论证',
      text('summary', '专家论证意见及采纳情况（无需论证的写明理由）', 4, 'expert-summary'),
      {},
    ),
    s(
      'assess_risk',
      'assess-risk',
      '记录风险评估',
      <>
        <Form.Item name="required" label="需要风险评估" valuePropName="checked">
          <Switch />
        </Form.Item>
        {text(
          'report',
          '风险评估情况说明（结论依“风险评估报告”卡片登记的报告）或无需评估的理由',
          4,
          'risk-report',
        )}
      </>,
      { required: d.riskRequired },
    ),
    s(
      'fair_competition',
      'fair-competition',
      '记录公平竞争审查结论',
      <>
        <Form.Item name="conclusion" label="审查结论" rules={required('请选择结论')}>
          <Select options={optionsOf(vocab?.fcrConclusions)} />
        </Form.Item>
        {text('note', '审查情况说明')}
      </>,
      {},
    ),
    s(
      'link_legality',
      'link-legality',
      '关联合法性审查事项',
      <Form.Item
        name="reviewItemId"
        label="合法性审查事项"
        rules={required('请选择合法性审查事项')}
      >
        <LegalityItemSelect decisionId={d.id} />
      </Form.Item>,
      {},
    ),
    s('report_party', 'report-party', '向党委请示报告', date('reportedOn', '请示报告日期'), {
      reportedOn: today,
    }),
    s(
      'decide',
      'decide',
      '记录集体讨论决定',
      <>
        {text('meetingName', '会议名称', 1, 'meeting-name')}
        {date('meetingOn', '会议日期')}
        <Form.Item name="materials" label="提交会议的材料（条例第二十九条）">
          <Checkbox.Group options={optionsOf(vocab?.materials)} data-testid="meeting-materials" />
        </Form.Item>
        {text(
          'opinions',
          '会议组成人员意见（按发言顺序每行一人，“姓名：意见”，行政首长最后）',
          4,
          'meeting-opinions',
        )}
        <Form.Item name="headSpokeLast" label="行政首长最后发表意见" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="departsFromMajority"
          label="决定与多数人意见不一致"
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item name="departureReason" label="不一致的理由">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="dissent" label="不同意见（如实载明）">
          <Input.TextArea rows={2} />
        </Form.Item>
        {text('decisionText', '决定内容', 2, 'decision-text')}
      </>,
      {
        meetingOn: today,
        materials: [
          'draft',
          'legality',
          ...(d.commentClosedOn ? ['comments'] : []),
          ...(d.riskLevelLabel ? ['risk'] : []),
        ],
        headSpokeLast: true,
        departsFromMajority: false,
      },
      (v) =>
        decisionsApi.step(d.id, 'decide', {
          ...filled(v),
          opinions: lines(v.opinions).map((l) => {
            const [member, ...rest] = l.split(/[：:]/);
            return { member: member!.trim(), opinion: rest.join('：').trim() || '同意' };
          }),
        }),
    ),
    s(
      'publish',
      'publish',
      '公布决策',
      <>
        {date('publishedOn', '公布日期')}
        <Form.Item name="note" label="决策说明（公众意见、专家意见的采纳情况）">
          <Input.TextArea rows={3} />
        </Form.Item>
      </>,
      { publishedOn: today, note: d.adoption.total ? d.adoption.text : undefined },
    ),
    s('implement', 'implement', '明确执行单位', text('unit', '决策执行单位', 1), {
      unit: d.leadOffice ?? undefined,
    }),
    s('evaluate', 'evaluate', '决策后评估', text('note', '评估情形、评估单位和公众意见', 4), {}),
    {
      ...s('adjust', 'adjust', '调整决策', text('reason', '调整的理由和履行的程序'), {}),
      primary: false,
    },
    {
      ...s('stop', 'stop', '停止执行', text('reason', '停止执行的理由和履行的程序'), {}),
      primary: false,
      danger: true,
    },
  ];
}
