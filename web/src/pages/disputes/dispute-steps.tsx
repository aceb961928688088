import { Checkbox, Form, Input, InputNumber, Rate, Select } from 'antd';
import { disputesApi, type DisputeDetail } from '../../api/disputes';
import type { WorkflowStep } from '../../components/WorkflowActions';
import { todayInShanghai } from '../../lib/format';
import { optionsOf } from '../litigation/options';

type Values = Record<string, unknown>;
type Vocabulary = Awaited<ReturnType<typeof disputesApi.vocabulary>>;

/** Drops empty optional fields: the server's schemas are strict about blanks. */
const filled = (v: Values) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
const required = (message: string) => [{ required: true, message }];

/**
 * The dispute's steps as the kernel offers them: 分派, 受理/退回, 记录调解, 延长, the outcomes
 * (书面/口头协议, 调解不成, 拒绝调解), 司法确认申请 and 回访. Refused ones come as `blocked` with their article.
 */
export function disputeSteps(d: DisputeDetail, vocab: Vocabulary | undefined): WorkflowStep[] {
  const has = (a: string) => d.abilities.includes(a);
  const petition = d.channel.startsWith('petition_'); // 信访（来信、来访、网上）
  const post = (path: string) => (v: Values) => disputesApi.step(d.id, path, filled(v));
  const text = (name: string, label: string, testId: string, rows = 3, must = true) => (
    <Form.Item name={name} label={label} rules={must ? required(`请填写${label}`) : []}>
      <Input.TextArea rows={rows} data-testid={testId} />
    </Form.Item>
  );
  return [
    {
      key: 'route',
      label: '分派',
      show: has('route'),
      primary: true,
      testId: 'dispute-route',
      initialValues: { handlerKind: 'town_committee', handlerName: '桥头镇人民调解委员会' },
      form: (
        <>
          <Form.Item name="handlerKind" label="承办调解组织类型" rules={required('请选择类型')}>
            <Select options={optionsOf(vocab?.handlerKinds)} />
          </Form.Item>
          <Form.Item name="handlerName" label="承办调解组织" rules={required('请填写承办调解组织')}>
            <Input data-testid="route-handler" />
          </Form.Item>
          <Form.Item name="mediatorName" label="调解员">
            <Input data-testid="route-mediator" />
          </Form.Item>
          <Form.Item name="chosenByParties" valuePropName="checked">
            <Checkbox>当事人选择的调解员（人民调解法第二十三条）</Checkbox>
          </Form.Item>
        </>
      ),
      run: post('route'),
    },
    {
      key: 'accept',
      label: '受理',
      show: has('accept'),
      primary: true,
      testId: 'dispute-accept',
      confirm: { title: '受理并开始计算调解期限？' },
      run: post('accept'),
    },
    {
      key: 'return',
      label: '退回',
      show: has('return'),
      testId: 'dispute-return',
      form: text('reason', '退回理由', 'return-reason'),
      run: post('return'),
    },
    {
      key: 'session',
      label: '记录调解',
      show: has('session'),
      primary: true,
      testId: 'dispute-session',
      initialValues: { heldOn: todayInShanghai() },
      form: (
        <>
          <Form.Item name="heldOn" label="调解日期" rules={required('请填写调解日期')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="place" label="调解地点" rules={required('请填写调解地点')}>
            <Input data-testid="session-place" />
          </Form.Item>
          {text('attendees', '参加人员', 'session-attendees', 2)}
          {text('summary', '调解情况（各方陈述和调解经过）', 'session-summary', 4)}
        </>
      ),
      run: post('sessions'),
    },
    {
      key: 'extend',
      label: '延长调解期限',
      show: has('extend'),
      testId: 'dispute-extend',
      initialValues: petition ? { days: 30 } : { days: 15, bothConsent: false },
      form: petition ? (
        <>
          <Form.Item
            name="days"
            label="延长天数（累计不超过30日，《信访工作条例》第三十四条）"
            rules={required('请填写延长天数')}
          >
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item
            name="approvedBy"
            label="批准延长的本机关负责人"
            rules={required('延长信访事项办理期限须经本机关负责人批准')}
          >
            <Input data-testid="extend-approved-by" />
          </Form.Item>
          {text('reason', '延期理由（将告知信访人）', 'extend-reason', 2)}
        </>
      ) : (
        <>
          <Form.Item name="days" label="延长天数" rules={required('请填写延长天数')}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item name="bothConsent" valuePropName="checked">
            <Checkbox data-testid="extend-consent">双方当事人均同意延长</Checkbox>
          </Form.Item>
          {text('reason', '延长理由', 'extend-reason', 2)}
        </>
      ),
      run: post('extend'),
    },
    {
      key: 'agree',
      label: '达成书面协议',
      show: has('agree'),
      primary: true,
      testId: 'dispute-agree',
      form: (
        <>
          {text('responsibilities', '各方当事人的责任', 'agree-responsibilities')}
          {text('terms', '调解协议的内容', 'agree-terms', 4)}
          {text('performance', '履行的方式和期限', 'agree-performance', 2)}
        </>
      ),
      run: post('agree'),
    },
    {
      key: 'agree_oral',
      label: '达成口头协议',
      show: has('agree_oral'),
      testId: 'dispute-agree-oral',
      form: text('terms', '口头协议的内容', 'oral-terms'),
      run: post('agree-oral'),
    },
    {
      key: 'fail',
      label: '调解不成（终止调解）',
      show: has('fail'),
      danger: true,
      testId: 'dispute-fail',
      form: text(
        'routesLeft',
        '告知当事人的其他途径（仲裁、行政、司法等，人民调解法第二十六条）',
        'fail-routes',
      ),
      run: post('fail'),
    },
    {
      key: 'decline',
      label: '当事人拒绝调解',
      show: has('decline'),
      danger: true,
      testId: 'dispute-decline',
      form: (
        <>
          <Form.Item name="party" label="拒绝调解的当事人" rules={required('请填写当事人')}>
            <Select
              options={d.parties.map((p) => ({ value: p.name, label: p.name }))}
              data-testid="decline-party"
            />
          </Form.Item>
          {text('note', '说明', 'decline-note', 2, false)}
        </>
      ),
      run: post('decline'),
    },
    {
      key: 'apply_confirmation',
      label: '登记司法确认申请',
      show: has('apply_confirmation'),
      primary: true,
      testId: 'dispute-confirmation',
      initialValues: { court: '慈溪市人民法院' },
      form: (
        <Form.Item name="court" label="受理司法确认的人民法院" rules={required('请填写人民法院')}>
          <Input data-testid="confirmation-court" />
        </Form.Item>
      ),
      run: post('confirmation'),
    },
    {
      key: 'revisit',
      label: '回访并关闭',
      show: has('revisit'),
      primary: true,
      testId: 'dispute-revisit',
      initialValues: { rating: 5 },
      form: (
        <>
          <Form.Item name="rating" label="当事人满意度" rules={required('请评价满意度')}>
            <Rate />
          </Form.Item>
          {text('note', '回访情况', 'revisit-note', 2, false)}
        </>
      ),
      run: post('revisit'),
    },
  ];
}
