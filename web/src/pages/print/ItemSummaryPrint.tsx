import { useParams } from 'react-router';
import { reviewApi } from '../../api/review';
import { formatDate } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { PrintSheet } from './PrintSheet';

/** 审查事项摘要: a review item on one page — what was submitted, the period, the opinions, what followed. */
export default function ItemSummaryPrint() {
  const { id = '' } = useParams();
  const { data: item, error, reload } = useRequest(() => reviewApi.get(id), [id]);
  const latest = item?.opinions.at(-1);
  return (
    <PrintSheet title="合法性审查事项摘要" error={error} onRetry={reload}>
      {item && (
        <>
          <h1>合法性审查事项摘要</h1>
          <div className="print-org">{item.town.name}</div>
          <div className="print-number" data-testid="print-record-number">
            {latest?.docNumber ? `意见书文号：${latest.docNumber}　` : ''}状态：{item.stateLabel}
          </div>
          <table>
            <tbody>
              <tr>
                <th>事项名称</th>
                <td>{item.title}</td>
              </tr>
              <tr>
                <th>事项类型</th>
                <td>
                  {item.typeLabel}（{item.channelLabel} · {item.trackLabel}）
                </td>
              </tr>
              <tr>
                <th>送审单位</th>
                <td>{item.org.name}</td>
              </tr>
              <tr>
                <th>送审 / 受理</th>
                <td data-testid="print-received-on">
                  {formatDate(item.submittedAt)} 送审；受理日期 {formatDate(item.acceptedOn)}
                </td>
              </tr>
              <tr>
                <th>审查期限</th>
                <td>
                  {item.clock
                    ? `${formatDate(item.clock.startDate)} 起 ${item.clock.limitDays} ${item.clock.unit === 'working' ? '个工作日' : '日'}，届满日 ${formatDate(item.clock.dueDate)}（${item.clock.statusLabel}）；${item.clock.basis}`
                    : '—'}
                </td>
              </tr>
              <tr>
                <th>审查意见</th>
                <td>
                  {item.opinions.length
                    ? item.opinions.map((o) => (
                        <div key={o.id}>
                          第 {o.version} 稿：{o.conclusionLabel}（{o.issuedOn}
                          {o.docNumber ? `，${o.docNumber}` : ''}，{o.reviewerName}）
                        </div>
                      ))
                    : '尚未出具'}
                </td>
              </tr>
              <tr>
                <th>审查发现</th>
                <td>
                  {item.findings.length
                    ? item.findings.map((f) => <div key={f.id}>{f.problem}</div>)
                    : '无'}
                </td>
              </tr>
              <tr>
                <th>采纳 / 决定 / 备案</th>
                <td>
                  {item.feedback ? `采纳情况：${item.feedback.adoptionLabel}` : '采纳情况：未反馈'}
                  {item.decision &&
                    `；${item.decision.kindLabel} ${formatDate(item.decision.decidedOn)}`}
                  {item.filing &&
                    `；${formatDate(item.filing.filedOn)} 报 ${item.filing.targetOrgName} 备案`}
                </td>
              </tr>
              <tr>
                <th>流转记录</th>
                <td style={{ fontSize: '11pt' }}>
                  {item.steps.map((s) => (
                    <div key={s.id}>
                      {formatDate(s.at)} {s.toStateLabel}
                      {s.actorName ? `（${s.actorName}）` : ''}
                    </div>
                  ))}
                </td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </PrintSheet>
  );
}
