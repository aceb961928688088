import { Descriptions } from 'antd';
import type { CaseDetail } from '../../api/enforcement';
import { BasisText } from '../../components/BasisText';

const yuan = (n: number | null) => (n === null ? '—' : `¥${n.toLocaleString('zh-CN')}`);
const day = (d: string | null) => d ?? '—';

/** The case record: party (masked for staff above the town, as the server sends it), facts and dates. */
export function CaseInfo({ detail: d }: { detail: CaseDetail }) {
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="case-info">
      <Descriptions.Item label="案由" span={2}>
        {d.title}
      </Descriptions.Item>
      <Descriptions.Item label="执法领域">{d.fieldLabel}</Descriptions.Item>
      <Descriptions.Item label="权力来源">
        {d.authorityBasisLabel}
        {d.entrustingBody && `：${d.entrustingBody}`}
      </Descriptions.Item>
      <Descriptions.Item label="当事人">
        <span data-testid="case-party-name">{d.partyName}</span>（{d.partyKindLabel}）
      </Descriptions.Item>
      <Descriptions.Item label="地址">{d.partyAddress ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="违法事实" span={2}>
        {d.facts}
      </Descriptions.Item>
      <Descriptions.Item label="办案人员">
        {d.officers.map((o) => o.displayName).join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label="重大案件">
        {d.major ? '是（须法制审核、集体讨论）' : '否'}
      </Descriptions.Item>
      <Descriptions.Item label="线索登记">{d.clueOn}</Descriptions.Item>
      <Descriptions.Item label="立案">{day(d.filedOn)}</Descriptions.Item>
      <Descriptions.Item label="决定期限（《行政处罚法》第六十条）">
        <span data-testid="case-decision-due">{day(d.decisionDue)}</span>
        {d.extensionDays > 0 && `（已延长 ${d.extensionDays} 日：${d.extensionReason ?? ''}）`}
      </Descriptions.Item>
      <Descriptions.Item label="事先告知">
        {day(d.noticedOn)}
        {d.proposedFine !== null && `，拟罚款 ${yuan(d.proposedFine)}`}
      </Descriptions.Item>
      {d.legalReviewedOn && (
        <Descriptions.Item label="法制审核" span={2}>
          {d.legalReviewedOn}：{d.legalReviewOpinion}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="决定">
        {day(d.decidedOn)}
        {d.penalty && `：${d.penalty}`}
      </Descriptions.Item>
      <Descriptions.Item label="罚款">
        <span data-testid="case-fine">{yuan(d.fine)}</span>
      </Descriptions.Item>
      <Descriptions.Item label="送达">{day(d.servedOn)}</Descriptions.Item>
      <Descriptions.Item label="履行">{day(d.paidOn)}</Descriptions.Item>
      <Descriptions.Item label="结案">{day(d.closedOn)}</Descriptions.Item>
      {d.endingReason && (
        <Descriptions.Item label="终结理由">
          <BasisText text={d.endingReason} />
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
