import { useParams } from 'react-router';
import { requestsApi } from '../../api/disclosure-requests';
import { useRequest } from '../../lib/use-request';
import { BLANK_DATE, PrintSheet } from './PrintSheet';

/**
 * 收件回执: handed to an applicant who brings an application to the counter. It states the 收到申请之日
 * (《政府信息公开条例》第三十一条第一项: the day handed in) and the reply period running from it
 * (第三十三条第二款: 20 working days), with the 查询码 for the tracking page. Personal data stays masked.
 */
export default function RequestReceiptPrint() {
  const { id = '' } = useParams();
  const { data: r, error, reload } = useRequest(() => requestsApi.get(id), [id]);
  return (
    <PrintSheet title="政府信息公开申请收件回执" error={error} onRetry={reload}>
      {r && (
        <>
          <h1>政府信息公开申请收件回执</h1>
          <div className="print-org">{r.orgName}</div>
          <div className="print-number" data-testid="print-record-number">
            查询码：{r.trackingCode}
          </div>
          <table>
            <tbody>
              <tr>
                <th>申请人</th>
                <td>
                  {r.applicantName}（{r.applicantKindLabel}）
                </td>
              </tr>
              <tr>
                <th>{r.idTypeLabel}</th>
                <td data-testid="print-id-number">{r.idNumberMasked}</td>
              </tr>
              <tr>
                <th>联系电话</th>
                <td>{r.phoneMasked}</td>
              </tr>
              <tr>
                <th>申请公开的信息</th>
                <td>{r.description}</td>
              </tr>
              <tr>
                <th>获取形式 / 途径</th>
                <td>
                  {r.formLabel} / {r.deliveryLabel}
                </td>
              </tr>
              <tr>
                <th>收件渠道</th>
                <td>{r.channelLabel}</td>
              </tr>
              <tr>
                <th>收到申请之日</th>
                <td data-testid="print-received-on">
                  {r.dates.receivedOn ?? '待双方确认'}
                  <div className="print-note">
                    依据《政府信息公开条例》第三十一条第一项，当面提交的，以提交之日为收到申请之日。
                  </div>
                </td>
              </tr>
              <tr>
                <th>答复期限</th>
                <td>
                  {r.clocks.reply?.dueDate ?? '—'}
                  <div className="print-note">
                    依据《政府信息公开条例》第三十三条第二款，自收到申请之日起20个工作日内答复；需要补正、延期或征求意见的，另行书面告知。
                  </div>
                </td>
              </tr>
              <tr>
                <th>收件人签名</th>
                <td className="print-sign">
                  <div style={{ textAlign: 'right', marginTop: 36 }}>{BLANK_DATE}</div>
                </td>
              </tr>
            </tbody>
          </table>
          <p className="print-note">
            请妥善保管本回执。凭查询码和申请时填写的联系电话，可在本镇政务公开网站“申请查询”页面查看办理进度和答复文书。
          </p>
        </>
      )}
    </PrintSheet>
  );
}
