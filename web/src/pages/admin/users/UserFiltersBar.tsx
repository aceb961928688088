import { ROLES } from '@fazhi/shared';
import { Input, Select, Space } from 'antd';
import type { UserFilters } from '../../../api/users';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';

type Criteria = Omit<UserFilters, 'page' | 'pageSize'>;

const ROLE_OPTIONS = Object.entries(ROLES).map(([key, r]) => ({ value: key, label: r.name }));
const STATUS_OPTIONS = [
  { value: 'active', label: '正常' },
  { value: 'disabled', label: '已停用' },
  { value: 'locked', label: '已锁定' },
];

export function UserFiltersBar({
  value,
  onChange,
}: {
  value: Criteria;
  onChange: (v: Criteria) => void;
}) {
  const set = (patch: Partial<Criteria>) =>
    onChange({ q: value.q, orgId: value.orgId, role: value.role, status: value.status, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        placeholder="用户名或姓名"
        allowClear
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 200 }}
        data-testid="user-filter-q"
      />
      <OrgTreeSelect
        value={value.orgId}
        onChange={(orgId) => set({ orgId })}
        allowClear
        placeholder="全部机构"
        style={{ width: 220 }}
      />
      <Select
        allowClear
        placeholder="全部角色"
        value={value.role}
        onChange={(role?: string) => set({ role })}
        options={ROLE_OPTIONS}
        style={{ width: 150 }}
        data-testid="user-filter-role"
      />
      <Select
        allowClear
        placeholder="全部状态"
        value={value.status}
        onChange={(status?: Criteria['status']) => set({ status })}
        options={STATUS_OPTIONS}
        style={{ width: 120 }}
        data-testid="user-filter-status"
      />
    </Space>
  );
}
