import { App, Card, Switch, Table, Tag, Typography } from 'antd';
import { errorText } from '../../../api/client';
import { rolesApi, type RoleItem } from '../../../api/roles';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useRequest } from '../../../lib/use-request';

/** 角色权限: the built-in roles and exactly what each may do (三员分立 is visible here). */
export default function RolesPage() {
  const { data, error, loading, reload } = useRequest(() => rolesApi.list(), []);
  const { message } = App.useApp();
  const canSet = useAuth().can('role.assign');
  const setMfa = async (r: RoleItem, required: boolean) => {
    try {
      await rolesApi.setMfa(r.key, required);
      message.success(`${r.name}：${required ? '须' : '无须'}使用动态口令，自下次登录起生效`);
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Card title="角色权限" variant="borderless">
      <Typography.Paragraph type="secondary">
        系统管理员、安全管理员、审计管理员三员分立（等保
        2.0）：任何一人不能兼任其他管理员的职责，也不能为自己分配角色。角色由安全管理员在“用户管理”中分配。
      </Typography.Paragraph>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<RoleItem>
        rowKey="key"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="roles-table"
        locale={{ emptyText: <ListEmpty text="暂无角色" /> }}
        columns={[
          {
            title: '角色',
            dataIndex: 'name',
            width: 160,
            render: (n: string, r) => (
              <>
                <Typography.Text strong>{n}</Typography.Text>
                {r.isAdmin && (
                  <Tag color="volcano" style={{ marginInlineStart: 6 }}>
                    管理员
                  </Tag>
                )}
                <div>
                  <Typography.Text type="secondary" code>
                    {r.key}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: '说明', dataIndex: 'description', width: 260 },
          {
            title: '动态口令',
            dataIndex: 'mfa',
            width: 110,
            render: (m: RoleItem['mfa'], r) => (
              <Switch
                size="small"
                checked={m.required}
                disabled={!canSet || m.locked}
                checkedChildren="必须"
                unCheckedChildren="可选"
                title={
                  m.locked
                    ? '三员角色始终须使用动态口令'
                    : m.source === 'default'
                      ? '内置默认'
                      : '安全管理员设置'
                }
                onChange={(v) => void setMfa(r, v)}
                data-testid={`role-mfa-${r.key}`}
              />
            ),
          },
          {
            title: '权限',
            dataIndex: 'permissions',
            render: (perms: RoleItem['permissions']) =>
              perms.length ? (
                perms.map((p) => (
                  <Tag key={p.key} title={p.key} style={{ marginBottom: 4 }}>
                    {p.label}
                  </Tag>
                ))
              ) : (
                <Typography.Text type="secondary">无</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
