import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { reviewApi, type Abilities, type ReviewItem, type ReviewMeta } from '../../../api/review';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { useVocabulary } from '../../../lib/use-vocabulary';
import { ContractFieldsForm, fieldsFromForm } from './ContractFieldsForm';
import { UploadDocx } from './UploadDocx';

type Values = Record<string, unknown>;
const day = (d: unknown) => (d as Dayjs | undefined)?.format('YYYY-MM-DD');
const reason = (label: string, name = 'reason', initial?: string) => (
  <Form.Item
    name={name}
    label={label}
    initialValue={initial}
    rules={[{ required: true, min: 2, message: `请填写${label}` }]}
  >
    <Input.TextArea rows={4} maxLength={2000} />
  </Form.Item>
);

interface Step {
  /** The review table's action, matched with `blocked[]`. */
  action: string;
  ability: keyof Abilities;
  label: string;
  path: string;
  primary?: boolean;
  danger?: boolean;
  /** Steps without a form ask for confirmation instead. */
  confirm?: string;
  form?: (item: ReviewItem, meta: ReviewMeta | undefined) => ReactNode;
  body?: (v: Values) => unknown;
}

const STEPS: Step[] = [
  {
    action: 'submit',
    ability: 'submit',
    label: '送审',
    path: 'submit',
    primary: true,
    confirm: '送审后系统将进行智能预审，并交党建综合办受理。确定送审？',
  },
  {
    action: 'accept',
    ability: 'accept',
    label: '受理',
    path: 'accept',
    primary: true,
    confirm: '受理后开始计算审查期限（自次日起算）。确定受理？',
  },
  {
    action: 'return_for_correction',
    ability: 'returnForCorrection',
    label: '退回补正',
    path: 'return',
    form: (i) =>
      reason(
        '退回理由',
        'reason',
        i.missingMaterials.length ? `请补充：${i.missingMaterials.join('、')}` : undefined,
      ),
  },
  {
    action: 'start_review',
    ability: 'startReview',
    label: '开始审查',
    path: 'start-review',
    primary: true,
    confirm: '开始审查本事项？',
  },
  {
    action: 'request_supplement',
    ability: 'requestSupplement',
    label: '退回补充材料',
    path: 'request-supplement',
    form: () => reason('需要补充的材料（审查期限暂停）'),
  },
  {
    action: 'request_co_review',
    ability: 'requestCoReview',
    label: '提请县级协审',
    path: 'co-review',
    form: () => reason('提请协审的问题'),
  },
  {
    action: 'answer_co_review',
    ability: 'answerCoReview',
    label: '回复协审意见',
    path: 'co-review/answer',
    primary: true,
    form: () => reason('协审意见', 'response'),
  },
  {
    action: 'resubmit',
    ability: 'resubmit',
    label: '补正后重新送审',
    path: 'resubmit',
    primary: true,
    form: (i) => (
      <>
        <Form.Item name="text" label="修改后的送审稿全文（未修改可不动）" initialValue={i.text}>
          <Input.TextArea rows={10} />
        </Form.Item>
        <Form.Item name="note" label="补正说明">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </>
    ),
    body: (v) => ({
      ...(v.text !== v.original ? { text: v.text } : {}),
      ...(v.note ? { note: v.note } : {}),
    }),
  },
  {
    action: 'revise_resubmit',
    ability: 'revise',
    label: '修改后重新报审',
    path: 'revise',
    primary: true,
    form: (i) => (
      <>
        <Form.Item
          name="text"
          label="修改稿全文"
          initialValue={i.text}
          rules={[{ required: true, message: '请提交修改稿' }]}
        >
          <Input.TextArea rows={12} />
        </Form.Item>
        {reason('修改说明', 'note')}
      </>
    ),
  },
  {
    action: 'give_feedback',
    ability: 'giveFeedback',
    label: '反馈采纳情况',
    path: 'feedback',
    primary: true,
    form: (_i, meta) => (
      <>
        <Form.Item
          name="adoption"
          label="采纳情况"
          rules={[{ required: true, message: '请选择采纳情况' }]}
        >
          <Select options={meta?.adoptions} />
        </Form.Item>
        <Form.Item name="note" label="说明（部分采纳或未采纳的须说明理由）">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </>
    ),
  },
  {
    action: 'decide',
    ability: 'decide',
    label: '作出决定',
    path: 'decide',
    primary: true,
    form: (i, meta) => (
      <>
        <Form.Item
          name="kind"
          label="方式"
          rules={[{ required: true, message: '请选择' }]}
          initialValue={
            i.type === 'village_rules'
              ? 'voted'
              : i.type.endsWith('contract')
                ? 'signed'
                : 'discussed'
          }
        >
          <Select options={meta?.decisionKinds} />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label="日期"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="meeting" label="会议名称">
          <Input maxLength={200} placeholder="如：镇党政班子会议（2024年第12次）" />
        </Form.Item>
        {i.type === 'village_rules' && <ContractFieldsForm type="village_rules" />}
      </>
    ),
    body: (v) => ({
      kind: v.kind,
      decidedOn: day(v.decidedOn),
      ...(v.meeting ? { meeting: v.meeting } : {}),
      ...(v.voteBody ? { vote: fieldsFromForm(v).vote } : {}),
    }),
  },
  {
    action: 'file',
    ability: 'file',
    label: '报送备案',
    path: 'filing',
    primary: true,
    form: () => (
      <>
        <Form.Item
          name="fileId"
          label="最终签署或印发的文本"
          rules={[{ required: true, message: '请上传文本' }]}
        >
          <UploadDocx accept=".pdf,.docx,.ofd,.jpg,.png" label="上传文件" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={2000} />
        </Form.Item>
      </>
    ),
  },
  {
    action: 'archive',
    ability: 'archive',
    label: '归档',
    path: 'archive',
    confirm: '归档后事项办结。确定归档？',
  },
  {
    action: 'withdraw',
    ability: 'withdraw',
    label: '撤回',
    path: 'withdraw',
    danger: true,
    form: () => reason('撤回理由'),
  },
];

/** The workflow steps the caller's abilities allow, each with its form or confirmation, and why others are refused. */
export function ItemActions({
  item,
  onChanged,
}: {
  item: ReviewItem;
  onChanged: (i: ReviewItem) => void;
}) {
  const { message } = App.useApp();
  const { data: meta } = useVocabulary('review');
  const steps: WorkflowStep[] = STEPS.map((s) => ({
    key: s.action,
    label: s.label,
    show: item.abilities[s.ability],
    testId: `review-action-${s.path.replace('/', '-')}`,
    primary: s.primary,
    danger: s.danger,
    confirm: s.confirm ? { title: s.confirm } : undefined,
    form: s.form?.(item, meta),
    run: (values) =>
      reviewApi.step(item.id, s.path, s.body ? s.body({ ...values, original: item.text }) : values),
  }));
  return (
    <WorkflowActions
      steps={steps}
      blocked={item.blocked}
      testId="review-actions"
      onDone={(label, next) => {
        message.success(`${label}：已完成`);
        onChanged(next as ReviewItem);
      }}
    />
  );
}
