import { Input, InputNumber, Select, Space } from 'antd';
import type { RequestFilters, RequestVocabulary } from '../../../api/disclosure-requests';

type Criteria = Omit<RequestFilters, 'page' | 'pageSize'>;

const DUE = [
  { value: 'overdue', label: '已超期' },
  { value: 'due_soon', label: '即将到期（≤3 个工作日）' },
];

export function RequestFiltersBar({
  value,
  vocab,
  onChange,
}: {
  value: Criteria;
  vocab: RequestVocabulary | undefined;
  onChange: (v: Criteria) => void;
}) {
  const set = (patch: Partial<Criteria>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="申请人、所需信息或查询码"
        allowClear
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="requests-filter-q"
      />
      <Select
        allowClear
        placeholder="全部状态"
        value={value.state}
        onChange={(state?: string) => set({ state })}
        options={vocab?.states}
        style={{ width: 150 }}
        data-testid="requests-filter-state"
      />
      <Select
        allowClear
        placeholder="全部渠道"
        value={value.channel}
        onChange={(channel?: string) => set({ channel })}
        options={vocab?.channels.map(({ value: v, label }) => ({ value: v, label }))}
        style={{ width: 140 }}
        data-testid="requests-filter-channel"
      />
      <Select
        allowClear
        placeholder="期限"
        value={value.due}
        onChange={(due?: Criteria['due']) => set({ due })}
        options={DUE}
        style={{ width: 190 }}
        data-testid="requests-filter-due"
      />
      <Select
        allowClear
        placeholder="申请人类型"
        value={value.applicantKind}
        onChange={(applicantKind?: string) => set({ applicantKind })}
        options={vocab?.applicantKinds}
        style={{ width: 140 }}
      />
      <InputNumber
        placeholder="收到年份"
        min={2019}
        max={2100}
        value={value.year}
        onChange={(year) => set({ year: year ?? undefined })}
        style={{ width: 110 }}
      />
    </Space>
  );
}
