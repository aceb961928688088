import { Form, Input, Radio, Select } from 'antd';
import { litigationApi, type LitigationCase } from '../../api/litigation';
import type { WorkflowStep } from '../../components/WorkflowActions';
import { todayInShanghai } from '../../lib/format';
import { optionsOf } from './options';

type Values = Record<string, unknown>;
type Vocabulary = Awaited<ReturnType<typeof litigationApi.vocabulary>>;

/** Drops empty optional fields: the server's schemas are strict about blanks. */
const filled = (v: Values) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));

const required = (message: string) => [{ required: true, message }];

/** The case's steps as the kernel offers them: 会商 (and again), 答复/答辩, 上诉, 庭审, 结果, 一案一评, 整改反馈. */
export function caseSteps(
  c: LitigationCase & { abilities: string[] },
  vocab: Vocabulary | undefined,
): WorkflowStep[] {
  const has = (a: string) => c.abilities.includes(a);
  const step = (action: string) => (v: Values) => litigationApi.step(c.id, action, filled(v));
  const today = todayInShanghai();
  const outcomes = c.kind === 'litigation' ? vocab?.courtOutcomes : vocab?.reviewOutcomes;
  const consultStep = (
    action: string,
    label: string,
    testId: string,
    primary: boolean,
  ): WorkflowStep => ({
    key: action,
    label,
    show: has(action),
    primary,
    testId,
    initialValues: { heldOn: today },
    form: (
      <>
        <Form.Item name="heldOn" label="会商日期" rules={required('请填写会商日期')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="attendees"
          label="参加人员（每行一人）"
          rules={required('请填写参加会商的人员')}
        >
          <Input.TextArea rows={3} data-testid="consult-attendees" />
        </Form.Item>
        <Form.Item name="analysis" label="案情和法律分析" rules={required('请填写法律分析')}>
          <Input.TextArea rows={3} data-testid="consult-analysis" />
        </Form.Item>
        <Form.Item name="decision" label="会商意见" rules={required('请填写会商意见')}>
          <Input.TextArea rows={2} data-testid="consult-decision" />
        </Form.Item>
      </>
    ),
    run: (v) =>
      litigationApi.step(c.id, action, {
        ...v,
        attendees: String(v.attendees)
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
  });
  return [
    consultStep('consult', '案件会商', 'litigation-consult', true),
    consultStep('reconsult', '再次会商', 'litigation-reconsult', false),
    {
      key: 'answer',
      label: c.kind === 'litigation' ? '提交答辩状和证据' : '提交答复书和证据',
      show: has('answer'),
      primary: true,
      testId: 'litigation-answer',
      initialValues: { filedOn: today },
      form: (
        <>
          <Form.Item name="filedOn" label="提交日期" rules={required('请填写提交日期')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="opinion"
            label={`${c.kind === 'litigation' ? '答辩' : '答复'}意见（填写后出具${c.kind === 'litigation' ? '答辩状' : '答复书'} DOCX）`}
          >
            <Input.TextArea rows={4} data-testid="answer-opinion" />
          </Form.Item>
          <Form.Item name="evidence" label="证据和依据（每行一项）">
            <Input.TextArea rows={3} data-testid="answer-evidence" />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ),
      run: (v) =>
        litigationApi.step(
          c.id,
          'answer',
          filled({
            ...v,
            evidence: v.evidence
              ? String(v.evidence)
                  .split('\n')
                  .map((x) => x.trim())
                  .filter(Boolean)
              : undefined,
          }),
        ),
    },
    {
      key: 'appeal',
      label: '上诉',
      show: has('appeal'),
      testId: 'litigation-appeal',
      initialValues: { by: 'other', on: today },
      form: (
        <>
          <Form.Item name="by" label="上诉人" rules={required('请选择上诉人')}>
            <Radio.Group options={optionsOf(vocab?.appealedBy)} />
          </Form.Item>
          <Form.Item
            name="on"
            label="上诉日期（对方上诉：收到上诉状副本日期）"
            rules={required('请填写日期')}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="court" label="二审法院">
            <Input />
          </Form.Item>
        </>
      ),
      run: step('appeal'),
    },
    {
      key: 'hear',
      label: c.kind === 'litigation' ? '记录庭审和出庭应诉' : '记录听证',
      show: has('hear'),
      primary: true,
      testId: 'litigation-hear',
      initialValues: { heldOn: today, leaderAppeared: true },
      form: (
        <>
          <Form.Item name="heldOn" label="开庭日期" rules={required('请填写开庭日期')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="leaderAppeared" label="负责人出庭应诉">
            <Radio.Group data-testid="hear-appeared">
              <Radio value>出庭</Radio>
              <Radio value={false}>未出庭</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="leaderName" label="出庭负责人">
            <Input data-testid="hear-leader" />
          </Form.Item>
          <Form.Item name="leaderTitle" label="职务（正职、副职或分管负责人）">
            <Input data-testid="hear-title" />
          </Form.Item>
          <Form.Item name="standIns" label="出庭的工作人员">
            <Input />
          </Form.Item>
          <Form.Item name="absenceExplanation" label="负责人不能出庭的情况说明">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      ),
      run: step('hear'),
    },
    {
      key: 'conclude',
      label: '登记结果',
      show: has('conclude'),
      primary: true,
      testId: 'litigation-conclude',
      initialValues: {
        servedOn: today,
        decisionForm: c.kind === 'litigation' ? 'judgment' : 'decision',
      },
      form: (
        <>
          <Form.Item name="outcome" label="结果" rules={required('请选择结果')}>
            <Select options={optionsOf(outcomes)} data-testid="conclude-outcome" />
          </Form.Item>
          <Form.Item name="decisionForm" label="文书类型">
            <Select options={optionsOf(vocab?.decisionForms)} />
          </Form.Item>
          <Form.Item name="servedOn" label="文书送达日期" rules={required('请填写送达日期')}>
            <Input type="date" />
          </Form.Item>
          {c.kind === 'litigation' && (
            <Form.Item name="coDefendant" label="共同被告（复议维持后起诉时的复议机关）">
              <Input />
            </Form.Item>
          )}
        </>
      ),
      run: step('conclude'),
    },
    {
      key: 'evaluate',
      label: '一案一评',
      show: has('evaluate'),
      primary: true,
      testId: 'litigation-evaluate',
      form: (
        <>
          <Form.Item
            name="evaluation"
            label="案件评查（存在的问题）"
            rules={required('请填写评查')}
          >
            <Input.TextArea rows={3} data-testid="evaluate-text" />
          </Form.Item>
          <Form.Item name="department" label="整改责任科室" rules={required('请填写责任科室')}>
            <Input data-testid="evaluate-department" />
          </Form.Item>
          <Form.Item name="measures" label="整改措施" rules={required('请填写整改措施')}>
            <Input.TextArea rows={2} data-testid="evaluate-measures" />
          </Form.Item>
        </>
      ),
      run: step('evaluate'),
    },
    {
      key: 'rectify',
      label: '整改反馈',
      show: has('rectify'),
      primary: true,
      testId: 'litigation-rectify',
      form: (
        <Form.Item name="result" label="整改结果" rules={required('请填写整改结果')}>
          <Input.TextArea rows={3} data-testid="rectify-result" />
        </Form.Item>
      ),
      run: step('rectify'),
    },
  ];
}
