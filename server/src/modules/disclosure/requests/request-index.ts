import type { MutationScope } from '../../../core/mutation.js';
import { indexEntry } from '../../../core/search/search-index.js';
import { SUBJECT_TYPE } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';

/** Keeps the application findable in global search by staff who may read applications (no ID or phone). */
export function indexRequest(
  m: MutationScope,
  req: Pick<
    DisclosureRequestsTable,
    'id' | 'orgId' | 'applicantName' | 'trackingCode' | 'description'
  >,
) {
  return indexEntry(
    m.trx,
    {
      orgId: req.orgId,
      entityType: SUBJECT_TYPE,
      entityId: req.id,
      title: `政府信息公开申请：${req.description.slice(0, 40)}`,
      body: `${req.applicantName} 查询码 ${req.trackingCode} ${req.description}`,
      permission: 'disclosure.request.read',
      link: `/disclosure/requests?focus=${req.id}`,
    },
    m.now,
  );
}
