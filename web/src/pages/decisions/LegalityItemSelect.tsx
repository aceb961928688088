import { Select } from 'antd';
import { decisionsApi } from '../../api/decisions';
import { useRequest } from '../../lib/use-request';

interface Props {
  decisionId: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * 关联合法性审查事项 (条例 第二十五条): the town's review items of the 重大行政决策 type that no other
 * decision has taken, each with its state and the date of its opinion, to pick one from.
 */
export function LegalityItemSelect({ decisionId, value, onChange }: Props) {
  const { data, loading } = useRequest(
    () => decisionsApi.legalityCandidates(decisionId),
    [decisionId],
  );
  return (
    <Select
      data-testid="legality-item"
      value={value}
      onChange={onChange}
      loading={loading}
      showSearch
      optionFilterProp="label"
      placeholder="选择本镇以“重大行政决策”类别送审的事项"
      notFoundContent={
        loading ? '加载中…' : '暂无可关联的事项：请先在“合法性审查”中以“重大行政决策”类别新建送审'
      }
      options={data?.items.map((i) => ({
        value: i.id,
        label: `${i.title}（${i.stateLabel}${i.opinionIssuedOn ? `，${i.opinionIssuedOn}出具意见` : ''}）`,
      }))}
    />
  );
}
