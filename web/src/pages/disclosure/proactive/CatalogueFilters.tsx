import { Checkbox, Input, Select, Space } from 'antd';
import type { ItemFilters, ItemStatus, Vocabulary } from '../../../api/disclosure-proactive';

type Criteria = Omit<ItemFilters, 'page' | 'pageSize'>;

const STATUS: { value: ItemStatus; label: string }[] = [
  { value: 'draft', label: '起草中' },
  { value: 'in_review', label: '待保密审查' },
  { value: 'published', label: '已公开' },
  { value: 'withheld', label: '不予公开' },
  { value: 'superseded', label: '已被新版本替代' },
  { value: 'withdrawn', label: '已撤回' },
];

export function CatalogueFilters({
  value,
  onChange,
  vocabulary,
}: {
  value: Criteria;
  onChange: (v: Criteria) => void;
  vocabulary?: Vocabulary;
}) {
  const set = (patch: Partial<Criteria>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="标题、索引号或文号"
        allowClear
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="catalogue-filter-q"
      />
      <Select
        allowClear
        placeholder="全部状态"
        value={value.status}
        onChange={(status?: ItemStatus) => set({ status })}
        options={STATUS}
        style={{ width: 140 }}
        data-testid="catalogue-filter-status"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="全部类别"
        value={value.category}
        onChange={(category?: string) => set({ category })}
        options={vocabulary?.categories.map((c) => ({
          value: c.key,
          label: `${c.label}（${c.article}）`,
        }))}
        style={{ width: 260 }}
        data-testid="catalogue-filter-category"
      />
      <Select
        allowClear
        placeholder="信息类型"
        value={value.kind}
        onChange={(kind?: 'information' | 'interpretation') => set({ kind })}
        options={[
          { value: 'information', label: '政府信息' },
          { value: 'interpretation', label: '政策解读' },
        ]}
        style={{ width: 120 }}
      />
      <Checkbox
        checked={value.overdue === '1'}
        onChange={(e) => set({ overdue: e.target.checked ? '1' : undefined })}
        data-testid="catalogue-filter-overdue"
      >
        超过公开期限
      </Checkbox>
      <Checkbox
        checked={value.reassessDue === '1'}
        onChange={(e) => set({ reassessDue: e.target.checked ? '1' : undefined })}
        data-testid="catalogue-filter-reassess"
      >
        到期待评估
      </Checkbox>
    </Space>
  );
}
