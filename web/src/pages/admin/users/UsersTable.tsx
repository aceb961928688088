import { Table, Tag, Tooltip } from 'antd';
import type { UserItem } from '../../../api/users';
import { ListEmpty } from '../../../components/ListEmpty';
import { formatInstant } from '../../../lib/format';

export function userStatusTags(
  u: Pick<UserItem, 'status' | 'locked' | 'lockedUntil' | 'mustChangePassword' | 'isDemo'>,
) {
  return (
    <>
      {u.status === 'disabled' ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>}
      {u.locked && (
        <Tooltip title={`锁定至 ${formatInstant(u.lockedUntil)}`}>
          <Tag color="red">已锁定</Tag>
        </Tooltip>
      )}
      {u.mustChangePassword && <Tag color="orange">待改初始密码</Tag>}
      {u.isDemo && <Tag color="gold">演示</Tag>}
    </>
  );
}

interface Props {
  data: { items: UserItem[]; total: number; page: number; pageSize: number } | undefined;
  loading: boolean;
  onOpen: (id: string) => void;
  onPage: (page: number, pageSize: number) => void;
}

export function UsersTable({ data, loading, onOpen, onPage }: Props) {
  return (
    <Table<UserItem>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="users-table"
      locale={{ emptyText: <ListEmpty text="没有符合条件的账号" /> }}
      onRow={(u) => ({ onClick: () => onOpen(u.id), style: { cursor: 'pointer' } })}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (t) => `共 ${t} 个账号`,
        onChange: onPage,
      }}
      columns={[
        { title: '用户名', dataIndex: 'username', render: (u: string) => <code>{u}</code> },
        { title: '姓名', dataIndex: 'displayName' },
        { title: '机构', dataIndex: ['org', 'name'] },
        {
          title: '角色',
          dataIndex: 'roles',
          render: (rs: UserItem['roles']) => rs.map((r) => <Tag key={r.key}>{r.name}</Tag>),
        },
        { title: '手机号', dataIndex: 'phoneMasked', render: (p: string | null) => p ?? '—' },
        { title: '状态', key: 'status', render: (_, u) => userStatusTags(u) },
        {
          title: '动态口令',
          dataIndex: 'totpEnabled',
          render: (t: boolean) => (t ? '已绑定' : '—'),
        },
        { title: '最近登录', dataIndex: 'lastLoginAt', render: formatInstant },
      ]}
    />
  );
}
