import { Alert } from 'antd';
import type { CaseDetail } from '../../api/enforcement';
import { todayInShanghai } from '../../lib/format';

/**
 * 行政处罚决定公开 (《行政处罚法》第四十八条): the day the decision was published or is due to be (seven
 * working days, 国办发〔2018〕118号) when it was judged to have social impact, nothing to publish when
 * it was not, and a withdrawal after the decision was changed or revoked.
 */
export function CasePublication({ detail: d }: { detail: CaseDetail }) {
  if (!d.decidedOn) return null;
  let text: string;
  let late = false;
  if (d.publicationWithdrawnOn) {
    late = !!d.withdrawDue && d.publicationWithdrawnOn > d.withdrawDue;
    text = `${d.publicationWithdrawnOn} 已撤回公开信息（决定于 ${d.decisionChangedOn ?? ''} 变更或撤销，应于 ${d.withdrawDue ?? ''} 前撤回）：${d.publicationWithdrawalReason ?? ''}`;
  } else if (d.publishedOn) text = `${d.publishedOn} 已在门户网站公开（《行政处罚法》第四十八条）`;
  else if (d.publishable !== true)
    text =
      '本处罚决定未认定具有一定社会影响，无须公开（依据《中华人民共和国行政处罚法》第四十八条第一款）';
  else {
    late = !!d.publishDue && todayInShanghai() > d.publishDue;
    text = `具有一定社会影响的处罚决定应当公开：应于 ${d.publishDue ?? ''} 前公开（国办发〔2018〕118号：七个工作日内）`;
  }
  return (
    <Alert
      type={late ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="case-publication"
      title={text}
    />
  );
}
