import { Input, InputNumber, Select, Space } from 'antd';
import type { CaseFilters, EnforcementVocabulary } from '../../api/enforcement';

type Criteria = Omit<CaseFilters, 'page' | 'pageSize'>;

/** 案件筛选: state, field (执法领域), authority basis (权力来源), year of the clue, and text. */
export function CaseFiltersBar({
  value,
  vocab,
  onChange,
}: {
  value: Criteria;
  vocab: EnforcementVocabulary | undefined;
  onChange: (v: Criteria) => void;
}) {
  const set = (patch: Partial<Criteria>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="案号、案由或当事人"
        allowClear
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="cases-filter-q"
      />
      <Select
        allowClear
        placeholder="全部状态"
        value={value.status}
        onChange={(status?: string) => set({ status })}
        options={vocab?.states}
        style={{ width: 190 }}
        data-testid="cases-filter-status"
      />
      <Select
        allowClear
        placeholder="执法领域"
        value={value.field}
        onChange={(field?: string) => set({ field })}
        options={vocab?.fields}
        style={{ width: 170 }}
        data-testid="cases-filter-field"
      />
      <Select
        allowClear
        placeholder="权力来源"
        value={value.authorityBasis}
        onChange={(authorityBasis?: string) => set({ authorityBasis })}
        options={vocab?.authorityBases}
        style={{ width: 190 }}
        data-testid="cases-filter-basis"
      />
      <InputNumber
        placeholder="线索年度"
        min={2000}
        max={2100}
        value={value.year}
        onChange={(year) => set({ year: year ?? undefined })}
        style={{ width: 110 }}
        data-testid="cases-filter-year"
      />
    </Space>
  );
}
