import { Alert } from 'antd';
import type { CaseDetail } from '../../api/enforcement';

const money = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2 });

/**
 * A decision not yet paid: the payment deadline (《行政处罚法》第六十七条), the 加处罚款 owed today (第七十二条,
 * never more than the fine: 《行政强制法》第四十五条), the 催告 and the window to ask the court (第五十三条).
 */
export function CaseOverdue({ detail: d }: { detail: CaseDetail }) {
  const s = d.surchargeToday;
  if (!s && d.surcharge === null && !d.courtAppliedOn) return null;
  const lines: string[] = [];
  if (s && d.paymentDue)
    lines.push(
      s.days > 0
        ? `缴款期限 ${d.paymentDue} 已过 ${s.days} 日，加处罚款 ${money(s.amount)} 元${s.capped ? '（已达罚款数额上限）' : ''}（《行政处罚法》第七十二条、《行政强制法》第四十五条）`
        : `缴款期限至 ${d.paymentDue}（《行政处罚法》第六十七条）`,
    );
  if (d.urgedOn) lines.push(`${d.urgedOn} 已催告（${d.urgeDocNo ?? ''}）`);
  if (s && d.courtWindow)
    lines.push(
      `申请法院强制执行的期间：${d.courtWindow.opens} 至 ${d.courtWindow.closes}（《行政强制法》第五十三条；催告书送达十个工作日后，第五十四条）`,
    );
  if (d.courtAppliedOn)
    lines.push(`${d.courtAppliedOn} 已申请${d.courtName ?? '人民法院'}强制执行`);
  if (d.surcharge !== null && d.surcharge > 0)
    lines.push(`已缴纳，含加处罚款 ${money(d.surcharge)} 元`);
  return (
    <Alert
      type={s && s.days > 0 ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="case-overdue"
      title={lines.map((l) => (
        <div key={l}>{l}</div>
      ))}
    />
  );
}
