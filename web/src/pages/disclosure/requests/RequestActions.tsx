import { App } from 'antd';
import { useState } from 'react';
import {
  requestsApi,
  type RequestDetail,
  type RequestVocabulary,
} from '../../../api/disclosure-requests';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { RedactModal } from './RedactModal';
import { ReplyModal } from './ReplyModal';
import { StepForms, type StepKey } from './StepForms';

/** Only the steps the server says will work now (`abilities`); irreversible ones ask first; refused ones say why. */
export function RequestActions({
  req,
  vocab,
  onChanged,
}: {
  req: RequestDetail;
  vocab: RequestVocabulary;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [step, setStep] = useState<StepKey | null>(null);
  const [consultationId, setConsultationId] = useState<string | null>(null);
  const [replying, setReplying] = useState(false);
  const [redacting, setRedacting] = useState(false);
  const a = req.abilities;

  const done = () => {
    message.success('已办理');
    onChanged();
  };
  const form = (action: string, show: boolean, key: StepKey, label: string, primary = false) => ({
    key: action,
    label,
    show,
    testId: `action-${key}`,
    primary,
    open: () => setStep(key),
  });
  const open = req.consultations.filter((c) => !c.answeredOn);
  const steps: WorkflowStep[] = [
    form('confirm_receipt', a.confirmReceipt, 'confirm', '确认收到', true),
    {
      key: 'accept',
      label: '内容明确，进入办理',
      show: a.accept,
      testId: 'action-accept',
      confirm: { title: '申请内容明确，进入办理？' },
      run: () => requestsApi.accept(req.id),
    },
    form('request_correction', a.requestCorrection, 'correction', '告知补正'),
    form('receive_correction', a.receiveCorrection, 'corrected', '登记收到补正'),
    {
      key: 'close_correction_overdue',
      label: '逾期不补正',
      show: a.closeCorrectionOverdue,
      testId: 'action-close-correction',
      danger: true,
      confirm: { title: '逾期不补正，终止办理？将出具终止办理告知书（第三十条）。' },
      run: () => requestsApi.closeCorrectionOverdue(req.id),
    },
    form('consult', a.consult, 'consult', '征求意见'),
    ...(a.answerConsultation ? open : []).map((c) => ({
      key: `answer_consultation:${c.id}`,
      label: `登记意见：${c.partyName}`,
      show: true,
      testId: 'action-answer',
      open: () => {
        setConsultationId(c.id);
        setStep('answer');
      },
    })),
    form('extend', a.extend, 'extend', '延长答复期限'),
    form('request_explanation', a.requestExplanation, 'explain', '要求说明理由'),
    form('set_delay', a.setDelay, 'delay', '确定延迟答复期限'),
    form('notify_fee', a.notifyFee, 'fee', '收费通知'),
    form('record_fee_served', a.recordFeeServed, 'served', '登记收费通知送达'),
    form('record_fee_paid', a.recordFeePaid, 'paid', '登记已缴费'),
    {
      key: 'close_fee_unpaid',
      label: '逾期未缴费',
      show: a.closeFeeUnpaid,
      testId: 'action-close-fee',
      danger: true,
      confirm: { title: '逾期未缴费，终止办理？将出具终止办理告知书。' },
      run: () => requestsApi.closeFeeUnpaid(req.id),
    },
    {
      key: 'redact',
      label: '区分处理',
      show: a.redact,
      testId: 'action-redact',
      open: () => setRedacting(true),
    },
    {
      key: 'reply',
      label: '答复',
      show: a.reply,
      testId: 'action-reply',
      primary: true,
      open: () => setReplying(true),
    },
    form('withdraw', a.withdraw, 'withdraw', '终止办理（撤回等）'),
  ];

  return (
    <WorkflowActions steps={steps} blocked={req.blocked} testId="request-actions" onDone={done}>
      <StepForms
        step={step}
        req={req}
        consultationId={consultationId}
        onClose={() => setStep(null)}
        onDone={done}
      />
      <ReplyModal
        open={replying}
        req={req}
        vocab={vocab}
        onClose={() => setReplying(false)}
        onDone={done}
      />
      <RedactModal
        open={redacting}
        req={req}
        vocab={vocab}
        onClose={() => setRedacting(false)}
        onDone={done}
      />
    </WorkflowActions>
  );
}
