import { useParams, useSearchParams } from 'react-router';
import { requestsApi } from '../../api/disclosure-requests';
import { useRequest } from '../../lib/use-request';
import { PrintSheet } from './PrintSheet';
import { ServiceReceipt } from './ServiceReceipt';

/** 送达回证 for one letter of an application (答复告知书, 补正告知书, …), served on the applicant. */
export default function RequestServicePrint() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { data: r, error, reload } = useRequest(() => requestsApi.get(id), [id]);
  const doc = r?.documents.find((d) => d.id === search.get('document'));
  return (
    <PrintSheet
      title="送达回证"
      error={error}
      missing={r && !doc ? '该申请没有这份文书' : null}
      onRetry={reload}
    >
      {r && doc && (
        <>
          <div className="print-number" data-testid="print-record-number">
            查询码：{r.trackingCode}
          </div>
          <ServiceReceipt
            s={{
              authority: r.orgName,
              letter: `${doc.kindLabel}（${doc.title}）`,
              docNumber: doc.docNumber,
              recipient: r.applicantName,
              address: r.address,
              record: `政府信息公开申请 ${r.trackingCode}`,
            }}
          />
        </>
      )}
    </PrintSheet>
  );
}
