import { Select } from 'antd';
import { useState } from 'react';
import { proactiveApi } from '../../../api/disclosure-proactive';
import { useRequest } from '../../../lib/use-request';

/** Finds a catalogue entry by title, 索引号 or 文号 (for a 政策解读's document). */
export function ItemPicker({
  value,
  onChange,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  const [q, setQ] = useState('');
  const { data, loading } = useRequest(
    () => proactiveApi.list({ q: q || undefined, kind: 'information', page: 1, pageSize: 20 }),
    [q],
  );
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? null)}
      loading={loading}
      placeholder="输入标题、索引号或文号查找"
      options={data?.items.map((i) => ({
        value: i.id,
        label: `${i.title}（${i.indexNo}，${i.statusLabel}）`,
      }))}
      data-testid="item-explains"
    />
  );
}
