import { Descriptions } from 'antd';
import type { CaseDetail } from '../../api/enforcement';
import { BasisText } from '../../components/BasisText';
import { CaseClocks } from './CaseClocks';

const yuan = (n: number | null) => (n === null ? '—' : `¥${n.toLocaleString('zh-CN')}`);
const day = (d: string | null) => d ?? '—';

/** The case record: party (masked for staff above the town, as the server sends it), facts and dates. */
export function CaseInfo({ detail: d }: { detail: CaseDetail }) {
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="case-info">
      <Descriptions.Item label="案由" span={2}>
        {d.title}
      </Descriptions.Item>
      <Descriptions.Item label="程序">
        <span data-testid="case-procedure">{d.procedureLabel}</span>
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
      <Descriptions.Item label="期限" span={2}>
        <CaseClocks detail={d} />
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
      {d.decidedOn && (
        <Descriptions.Item label="具有一定社会影响（《行政处罚法》第四十八条）">
          <span data-testid="case-publishable">
            {d.publishable === true
              ? '是，应当公开'
              : d.publishable === false
                ? '否，无须公开'
                : '—'}
          </span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="送达">{day(d.servedOn)}</Descriptions.Item>
      <Descriptions.Item label="履行">{day(d.paidOn)}</Descriptions.Item>
      {d.procedure === 'simple' && (
        <Descriptions.Item label="备案（《行政处罚法》第五十二条）">
          <span data-testid="case-report">
            {d.reportedOn ? `${d.reportedOn} 已备案` : `未备案，应于 ${day(d.reportDue)} 前备案`}
          </span>
        </Descriptions.Item>
      )}
      {d.collectedOn && (
        <Descriptions.Item label="当场收缴（第六十八至七十一条）" span={2}>
          <span data-testid="case-collection">
            {d.collectedOn} 收缴，票据号 {d.receiptNo}（{d.collectionGroundLabel}）；
            {d.handedOverOn
              ? `${d.handedOverOn} 已交至行政机关`
              : `应于 ${day(d.handOverDue)} 前交至行政机关`}
          </span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="结案">{day(d.closedOn)}</Descriptions.Item>
      {d.endingReason && (
        <Descriptions.Item label="终结理由">
          <BasisText text={d.endingReason} />
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
