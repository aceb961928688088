import type { RequestDetail } from '../../../api/disclosure-requests';
import type { PrintChoice } from '../../../components/PrintButton';

/** Letters served on the applicant: each gets a 送达回证 (a 征求意见书 goes to a third party instead). */
const SERVED_ON_APPLICANT = new Set([
  'reply',
  'correction_notice',
  'extension_notice',
  'fee_notice',
  'explanation_notice',
  'delay_notice',
]);

/** The print views of an application: the counter receipt when handed in, a 送达回证 per letter, the summary. */
export function requestPrints(req: RequestDetail): PrintChoice[] {
  const base = `/print/disclosure/requests/${req.id}`;
  return [
    ...(req.channel === 'in_person'
      ? [{ key: 'receipt', label: '收件回执', href: `${base}/receipt` }]
      : []),
    ...req.documents
      .filter((d) => SERVED_ON_APPLICANT.has(d.kind))
      .map((d) => ({
        key: `service-${d.kind}-${d.id}`,
        label: `送达回证：${d.kindLabel}${d.docNumber ? `（${d.docNumber}）` : ''}`,
        href: `${base}/service?document=${d.id}`,
      })),
    { key: 'summary', label: '办理情况摘要', href: base },
  ];
}
