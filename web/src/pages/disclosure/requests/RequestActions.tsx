import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import {
  requestsApi,
  type RequestDetail,
  type RequestVocabulary,
} from '../../../api/disclosure-requests';
import { RedactModal } from './RedactModal';
import { ReplyModal } from './ReplyModal';
import { StepForms, type StepKey } from './StepForms';

/** Only the steps the server says will work now (`abilities`); irreversible ones ask first. */
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
  const run = async (call: () => Promise<unknown>) => {
    try {
      await call();
      done();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const btn = (show: boolean, key: StepKey, label: string, primary = false) =>
    show && (
      <Button
        key={key}
        type={primary ? 'primary' : 'default'}
        onClick={() => setStep(key)}
        data-testid={`action-${key}`}
      >
        {label}
      </Button>
    );
  const confirm = (
    show: boolean,
    title: string,
    label: string,
    call: () => Promise<unknown>,
    testId: string,
  ) =>
    show && (
      <Popconfirm
        key={testId}
        title={title}
        okText="确定"
        cancelText="取消"
        onConfirm={() => run(call)}
      >
        <Button danger data-testid={testId}>
          {label}
        </Button>
      </Popconfirm>
    );
  const open = req.consultations.filter((c) => !c.answeredOn);
  const nothing = !Object.entries(a).some(([k, v]) => v && k !== 'readPii');

  return (
    <Space wrap data-testid="request-actions">
      {nothing && <span style={{ color: '#999' }}>当前没有您可执行的操作</span>}
      {btn(a.confirmReceipt, 'confirm', '确认收到', true)}
      {a.accept && (
        <Button
          onClick={() => void run(() => requestsApi.accept(req.id))}
          data-testid="action-accept"
        >
          内容明确，进入办理
        </Button>
      )}
      {btn(a.requestCorrection, 'correction', '告知补正')}
      {btn(a.receiveCorrection, 'corrected', '登记收到补正')}
      {confirm(
        a.closeCorrectionOverdue,
        '逾期不补正，终止办理？将出具终止办理告知书（第三十条）。',
        '逾期不补正',
        () => requestsApi.closeCorrectionOverdue(req.id),
        'action-close-correction',
      )}
      {btn(a.consult, 'consult', '征求意见')}
      {a.answerConsultation &&
        open.map((c) => (
          <Button
            key={c.id}
            onClick={() => {
              setConsultationId(c.id);
              setStep('answer');
            }}
            data-testid="action-answer"
          >
            登记意见：{c.partyName}
          </Button>
        ))}
      {btn(a.extend, 'extend', '延长答复期限')}
      {btn(a.requestExplanation, 'explain', '要求说明理由')}
      {btn(a.setDelay, 'delay', '确定延迟答复期限')}
      {btn(a.notifyFee, 'fee', '收费通知')}
      {btn(a.recordFeeServed, 'served', '登记收费通知送达')}
      {btn(a.recordFeePaid, 'paid', '登记已缴费')}
      {confirm(
        a.closeFeeUnpaid,
        '逾期未缴费，终止办理？将出具终止办理告知书。',
        '逾期未缴费',
        () => requestsApi.closeFeeUnpaid(req.id),
        'action-close-fee',
      )}
      {a.redact && (
        <Button onClick={() => setRedacting(true)} data-testid="action-redact">
          区分处理
        </Button>
      )}
      {a.reply && (
        <Button type="primary" onClick={() => setReplying(true)} data-testid="action-reply">
          答复
        </Button>
      )}
      {btn(a.withdraw, 'withdraw', '终止办理（撤回等）')}
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
    </Space>
  );
}
