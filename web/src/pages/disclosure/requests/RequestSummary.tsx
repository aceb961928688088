import { Alert, Button, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { requestsApi, type RequestDetail } from '../../../api/disclosure-requests';
import { ClockExplainButton } from '../../../components/ClockExplainButton';
import { ClockCell } from './ClockCell';
import { BasisText } from '../../../components/BasisText';

const yuan = (fen: number) => `${(fen / 100).toFixed(fen % 100 ? 2 : 0)} 元`;

/** The applicant (masked unless revealed, which is audited), the art 31 dates and every clock. */
export function RequestSummary({ req }: { req: RequestDetail }) {
  const [pii, setPii] = useState<{ idNumber: string; phone: string } | string | null>(null);
  const reveal = async () => {
    try {
      setPii(await requestsApi.pii(req.id));
    } catch (e) {
      setPii(errorText(e));
    }
  };
  const full = pii && typeof pii === 'object' ? pii : null;
  const c = req.clocks;
  return (
    <>
      {req.receiptNote && (
        <Alert type="warning" showIcon title={req.receiptNote} style={{ marginBottom: 12 }} />
      )}
      <Descriptions column={2} size="small" bordered data-testid="request-summary">
        <Descriptions.Item label="申请人" span={2}>
          {req.applicantName}（{req.applicantKindLabel}）
          {req.contactPerson && `，联系人 ${req.contactPerson}`}
        </Descriptions.Item>
        <Descriptions.Item label={req.idTypeLabel}>
          {full?.idNumber ?? req.idNumberMasked}
        </Descriptions.Item>
        <Descriptions.Item label="联系电话">
          <Space>
            {full?.phone ?? req.phoneMasked}
            {req.abilities.readPii && !full && (
              <Button
                size="small"
                type="link"
                onClick={() => void reveal()}
                data-testid="request-pii"
              >
                查看完整信息（留痕）
              </Button>
            )}
            {typeof pii === 'string' && <span style={{ color: '#cf1322' }}>{pii}</span>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="所需信息" span={2}>
          {req.description}
        </Descriptions.Item>
        <Descriptions.Item label="形式 / 途径">
          {req.formLabel} / {req.deliveryLabel}
        </Descriptions.Item>
        <Descriptions.Item label="收件渠道">{req.channelLabel}</Descriptions.Item>
        <Descriptions.Item label="收到申请之日" span={2}>
          {req.dates.receivedOn ?? '待双方确认'}（《政府信息公开条例》第三十一条）
        </Descriptions.Item>
        <Descriptions.Item label="答复期限" span={2}>
          {c.reply ? (
            <>
              <ClockCell
                due={c.reply.dueDate}
                status={c.reply.status}
                daysLeft={c.reply.daysLeft}
                basis={c.reply.basis}
                clockId={c.reply.id}
              />
              <ClockExplainButton clockId={c.reply.id} />
            </>
          ) : (
            '—'
          )}
          {req.extension && (
            <div>
              已延长 {req.extension.days} 个工作日（{req.extension.on}）
            </div>
          )}
          {req.delayDueOn && <div>延迟答复期限：{req.delayDueOn}（第三十五条）</div>}
        </Descriptions.Item>
        {c.correctionNotice && c.correctionNotice.state !== 'stopped' && (
          <Descriptions.Item label="补正告知期限" span={2}>
            {c.correctionNotice.dueDate}（收到申请之日起 7 个工作日，第三十条）
          </Descriptions.Item>
        )}
        {req.correction && (
          <Descriptions.Item label="补正" span={2}>
            {req.correction.requestedOn} 告知：{req.correction.items}；期限 {req.correction.dueOn}
            {req.correction.correctedOn && (
              <div>
                {req.correction.correctedOn} 收到补正：{req.correction.text}
              </div>
            )}
          </Descriptions.Item>
        )}
        {req.fee && (
          <Descriptions.Item label="信息处理费" span={2}>
            {req.fee.methodLabel} {yuan(req.fee.amountFen)}，{req.fee.notifiedOn} 通知，
            {req.fee.dueOn
              ? `${req.fee.servedOn ? `${req.fee.servedOn} 送达，` : ''}缴费期限 ${req.fee.dueOn}`
              : '待登记送达（缴费期限自申请人收到通知之日起算）'}
            {req.fee.paidOn ? `，${req.fee.paidOn} 已缴` : '，未缴'}
            {req.fee.pausedClock && '（通知期间暂停计算答复期限）'}
          </Descriptions.Item>
        )}
        {req.consultations.map((k) => (
          <Descriptions.Item key={k.id} label={k.kindLabel} span={2}>
            {k.partyName}：{k.sentOn} 送达，期限 {k.dueOn}；
            {k.answeredOn
              ? `${k.answeredOn} ${k.opinionLabel}${k.opinionNote ? `（${k.opinionNote}）` : ''}`
              : '尚未答复'}
          </Descriptions.Item>
        ))}
        {req.outcome && (
          <Descriptions.Item label="办理结果" span={2}>
            <strong>{req.outcome.label}</strong>（{req.outcome.on}，{req.outcome.docNumber}）
            <div style={{ color: '#666' }}>
              依据：
              <BasisText text={req.outcome.basis} />
            </div>
            {req.outcome.reasons && <div>理由：{req.outcome.reasons}</div>}
          </Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}
