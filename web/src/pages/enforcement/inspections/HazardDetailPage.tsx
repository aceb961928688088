import { App, Card, Descriptions, Form, Input, InputNumber, Radio, Space, Tag } from 'antd';
import { useParams } from 'react-router';
import { hazardsApi } from '../../../api/enforcement-inspections';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { useRequest } from '../../../lib/use-request';

type Values = Record<string, unknown>;

/** The deadline as a date or as working days on the work calendar (one of the two). */
const deadlineFields = (
  <>
    <Form.Item name="deadline" label="整改期限（日期）">
      <Input type="date" data-testid="hazard-deadline" />
    </Form.Item>
    <Form.Item name="workingDays" label="或：自今日起工作日数">
      <InputNumber min={1} max={250} style={{ width: '100%' }} />
    </Form.Item>
  </>
);
const deadlineOf = (v: Values) => ({
  ...(v.deadline ? { deadline: v.deadline } : {}),
  ...(v.workingDays ? { workingDays: v.workingDays } : {}),
});

/** One hazard: its facts, the steps open to the caller (with refused ones and their article), its path. */
export default function HazardDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => hazardsApi.get(id), [id]);
  if (!data) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  const has = (a: string) => data.abilities.includes(a);
  const run = (action: string) => (v: Values) => hazardsApi.step(id, action, v);
  const steps: WorkflowStep[] = [
    {
      key: 'order',
      label: '责令限期整改',
      show: has('order'),
      primary: true,
      testId: 'hazard-order',
      form: (
        <>
          {deadlineFields}
          <Form.Item name="note" label="整改要求">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ),
      run: (v) =>
        hazardsApi.step(id, 'order', { ...deadlineOf(v), ...(v.note ? { note: v.note } : {}) }),
    },
    {
      key: 'start',
      label: '开始整改',
      show: has('start'),
      testId: 'hazard-start',
      run: run('start'),
    },
    {
      key: 'recheck',
      label: '复查',
      show: has('recheck'),
      primary: true,
      testId: 'hazard-recheck',
      initialValues: { passed: true },
      form: (
        <>
          <Form.Item name="passed" label="复查结果">
            <Radio.Group data-testid="hazard-recheck-result">
              <Radio value>合格（隐患已排除）</Radio>
              <Radio value={false}>不合格</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="note" label="复查意见">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ),
      run: (v) =>
        hazardsApi.step(id, 'recheck', { passed: v.passed, ...(v.note ? { note: v.note } : {}) }),
    },
    {
      key: 'supervise',
      label: '挂牌督办',
      show: has('supervise'),
      danger: true,
      testId: 'hazard-supervise',
      initialValues: { body: '桥头镇人民政府' },
      form: (
        <>
          <Form.Item name="body" label="督办单位" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          {deadlineFields}
        </>
      ),
      run: (v) => hazardsApi.step(id, 'supervise', { body: v.body, ...deadlineOf(v) }),
    },
    {
      key: 'clear',
      label: '督办销号',
      show: has('clear'),
      primary: true,
      testId: 'hazard-clear',
      confirm: { title: '确定督办销号？', description: '依据《安全生产法》第六十五条第一款第三项' },
      run: run('clear'),
    },
    {
      key: 'escalate',
      label: '移送立案',
      show: has('escalate'),
      testId: 'hazard-escalate',
      form: (
        <Form.Item name="caseId" label="案件编号" rules={[{ required: true }]}>
          <Input placeholder="已登记案件的编号" />
        </Form.Item>
      ),
      run: run('escalate'),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={data.subjectName}
        variant="borderless"
        extra={<Tag data-testid="hazard-status">{data.statusLabel}</Tag>}
      >
        <WorkflowActions
          steps={steps}
          blocked={data.blocked}
          onDone={(label) => {
            message.success(`${label}：已办理`);
            reload();
          }}
        />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label="隐患描述" span={2}>
            {data.description}
          </Descriptions.Item>
          <Descriptions.Item label="等级">{data.levelLabel}</Descriptions.Item>
          <Descriptions.Item label="发现日期">{data.foundOn}</Descriptions.Item>
          <Descriptions.Item label="整改期限">
            {data.deadline ?? '—'}
            {data.overdue && (
              <Tag color="red" style={{ marginLeft: 6 }} data-testid="hazard-overdue">
                逾期 {data.overdueWorkingDays} 个工作日
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="复查">
            {data.recheckedOn
              ? `${data.recheckedOn} ${data.recheckPassed ? '合格' : '不合格'}`
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="挂牌督办">
            {data.supervisedOn
              ? `${data.supervisionBody}，督办期限 ${data.supervisionDeadline}`
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="销号日期">{data.closedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="流转记录" variant="borderless">
        <WorkflowPath path={data.path} ahead={data.ahead} />
      </Card>
    </Space>
  );
}
