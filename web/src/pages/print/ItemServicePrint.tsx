import { useParams, useSearchParams } from 'react-router';
import { reviewApi } from '../../api/review';
import { useRequest } from '../../lib/use-request';
import { PrintSheet } from './PrintSheet';
import { ServiceReceipt } from './ServiceReceipt';

/** 送达回证 for a 合法性审查意见书 (with its 采纳情况反馈表), served on the submitting office or village. */
export default function ItemServicePrint() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { data: item, error, reload } = useRequest(() => reviewApi.get(id), [id]);
  const opinion = item?.opinions.find((o) => o.id === search.get('opinion'));
  return (
    <PrintSheet
      title="送达回证"
      error={error}
      missing={item && !opinion ? '该事项没有这份审查意见书' : null}
      onRetry={reload}
    >
      {item && opinion && (
        <>
          <div className="print-number" data-testid="print-record-number">
            文号：{opinion.docNumber ?? '（未编号）'}
          </div>
          <ServiceReceipt
            s={{
              authority: item.town.name,
              letter: `合法性审查意见书（第 ${opinion.version} 稿）及附件《审查意见采纳情况反馈表》`,
              docNumber: opinion.docNumber,
              recipient: item.org.name,
              address: null,
              record: item.title,
            }}
          />
        </>
      )}
    </PrintSheet>
  );
}
