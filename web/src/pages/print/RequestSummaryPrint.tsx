import { useParams } from 'react-router';
import { requestsApi } from '../../api/disclosure-requests';
import { formatDate } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { PrintSheet } from './PrintSheet';

/** 办理情况摘要: an application on one page — the applicant as the reader may see them, dates, result, steps. */
export default function RequestSummaryPrint() {
  const { id = '' } = useParams();
  const { data: r, error, reload } = useRequest(() => requestsApi.get(id), [id]);
  return (
    <PrintSheet title="政府信息公开申请办理情况摘要" error={error} onRetry={reload}>
      {r && (
        <>
          <h1>政府信息公开申请办理情况</h1>
          <div className="print-org">{r.orgName}</div>
          <div className="print-number" data-testid="print-record-number">
            查询码：{r.trackingCode}
            {'　状态：'}
            {r.stateLabel}
          </div>
          <table>
            <tbody>
              <tr>
                <th>申请人</th>
                <td>
                  {r.applicantName}（{r.applicantKindLabel}）{'　'}
                  {r.idTypeLabel} <span data-testid="print-id-number">{r.idNumberMasked}</span>
                  {'　电话 '}
                  {r.phoneMasked}
                </td>
              </tr>
              <tr>
                <th>申请公开的信息</th>
                <td>{r.description}</td>
              </tr>
              <tr>
                <th>收件渠道</th>
                <td>
                  {r.channelLabel}；{r.formLabel} / {r.deliveryLabel}
                </td>
              </tr>
              <tr>
                <th>收到申请之日</th>
                <td data-testid="print-received-on">
                  {r.dates.receivedOn ?? '待双方确认'}（《政府信息公开条例》第三十一条）
                </td>
              </tr>
              <tr>
                <th>答复期限</th>
                <td>
                  {r.clocks.reply
                    ? `${r.clocks.reply.dueDate}（${r.clocks.reply.statusLabel}）`
                    : '—'}
                  {r.extension && `；已延长 ${r.extension.days} 个工作日`}
                </td>
              </tr>
              {r.correction && (
                <tr>
                  <th>补正</th>
                  <td>
                    {r.correction.requestedOn} 告知补正：{r.correction.items}
                    {r.correction.correctedOn && `；${r.correction.correctedOn} 收到补正`}
                  </td>
                </tr>
              )}
              <tr>
                <th>办理结果</th>
                <td>
                  {r.outcome
                    ? `${r.outcome.label}（${r.outcome.on ?? ''}${r.outcome.docNumber ? `，${r.outcome.docNumber}` : ''}）；依据：${r.outcome.basis}${r.outcome.reasons ? `；理由：${r.outcome.reasons}` : ''}`
                    : '尚未答复'}
                </td>
              </tr>
              <tr>
                <th>文书</th>
                <td>
                  {r.documents.length
                    ? r.documents
                        .map((d) => `${d.kindLabel}${d.docNumber ? `（${d.docNumber}）` : ''}`)
                        .join('；')
                    : '无'}
                </td>
              </tr>
              <tr>
                <th>流转记录</th>
                <td style={{ fontSize: '11pt' }}>
                  {r.path.map((p, i) => (
                    <div key={i}>
                      {formatDate(p.at)} {p.label}
                      {p.actorName ? `（${p.actorName}）` : ''}
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
