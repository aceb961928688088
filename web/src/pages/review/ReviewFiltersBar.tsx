import { Checkbox, Input, InputNumber, Select, Space } from 'antd';
import type { ReviewFilters } from '../../api/review';
import { DrillDownTags } from '../../components/DrillDownTags';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useVocabulary } from '../../lib/use-vocabulary';

type Filters = Omit<ReviewFilters, 'page' | 'pageSize'>;

/** 台账筛选：类型、状态、结论、审查方式、送审单位、年度、超期、我的待办；驾驶舱带入的月份、乡镇. */
export function ReviewFiltersBar({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
}) {
  const { data: meta } = useVocabulary('review');
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="review-filters">
      <Input.Search
        placeholder="事项名称"
        allowClear
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 200 }}
        data-testid="review-filter-q"
      />
      <Select
        allowClear
        placeholder="全部类型"
        options={meta?.types}
        value={value.type}
        onChange={(type?: string) => set({ type })}
        style={{ width: 170 }}
        data-testid="review-filter-type"
      />
      <Select
        allowClear
        placeholder="全部状态"
        options={meta?.states}
        value={value.state}
        onChange={(state?: string) => set({ state })}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder="审查结论"
        options={meta?.opinionConclusions}
        value={value.conclusion}
        onChange={(conclusion?: string) => set({ conclusion })}
        style={{ width: 170 }}
      />
      <Select
        allowClear
        placeholder="审查方式"
        options={meta?.channels}
        value={value.channel}
        onChange={(channel?: string) => set({ channel })}
        style={{ width: 150 }}
      />
      <OrgTreeSelect
        allowClear
        placeholder="送审单位"
        value={value.orgId}
        onChange={(orgId) => set({ orgId })}
        style={{ width: 180 }}
      />
      <InputNumber
        placeholder="年度"
        min={2000}
        max={2100}
        precision={0}
        value={value.year}
        onChange={(y) => set({ year: y ?? undefined })}
        style={{ width: 90 }}
      />
      <Checkbox
        checked={value.overdue === 'true'}
        onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
        data-testid="review-filter-overdue"
      >
        只看超期
      </Checkbox>
      <Checkbox
        checked={value.mine === 'true'}
        onChange={(e) => set({ mine: e.target.checked ? 'true' : undefined })}
        data-testid="review-filter-mine"
      >
        待我处理
      </Checkbox>
      <DrillDownTags
        value={{ month: value.month, townId: value.townId }}
        onClear={(key) => set({ [key]: undefined })}
      />
    </Space>
  );
}
