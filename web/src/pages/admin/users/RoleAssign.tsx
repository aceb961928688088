import { App, Button, Checkbox, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../../api/client';
import { rolesApi } from '../../../api/roles';
import { usersApi, type UserAbilities, type UserItem } from '../../../api/users';
import { useAuth } from '../../../auth/auth-context';
import { useRequest } from '../../../lib/use-request';

type User = UserItem & { abilities: UserAbilities };

/** Roles of an account; the security admin changes them (三员分立: never their own). */
export function RoleAssign({ user, onChanged }: { user: User; onChanged: () => void }) {
  const { message } = App.useApp();
  const auth = useAuth();
  const current = user.roles.map((r) => r.key);
  const [picked, setPicked] = useState<string[]>(current);
  const [saving, setSaving] = useState(false);
  const editable = user.abilities.assignRoles;
  const { data } = useRequest(() => rolesApi.list(), [], editable);

  useEffect(() => setPicked(user.roles.map((r) => r.key)), [user]);

  if (!editable) {
    return (
      <Space orientation="vertical">
        <div>
          {user.roles.length
            ? user.roles.map((r) => <Tag key={r.key}>{r.name}</Tag>)
            : '未分配角色'}
        </div>
        {user.id === auth.user?.id && (
          <Typography.Text type="secondary">三员分立：任何人不能修改自己的角色。</Typography.Text>
        )}
      </Space>
    );
  }

  const save = async () => {
    setSaving(true);
    try {
      await usersApi.setRoles(user.id, picked);
      message.success('角色已更新');
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const dirty = [...picked].sort().join() !== [...current].sort().join();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="role-assign">
      <Checkbox.Group
        value={picked}
        onChange={(v) => setPicked(v as string[])}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}
      >
        {(data?.items ?? []).map((r) => (
          <Checkbox key={r.key} value={r.key}>
            {r.name}
            {r.isAdmin && (
              <Tag color="volcano" style={{ marginInlineStart: 4 }}>
                管理员
              </Tag>
            )}
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Typography.Text type="secondary">
        三员分立：系统管理员、安全管理员、审计管理员不能由同一人兼任；公众账号不能同时拥有工作人员角色。保存后该账号须重新登录。
      </Typography.Text>
      <Popconfirm
        title="保存角色变更？"
        description="该账号的在线会话将结束，变更记入审计日志。"
        okText="保存"
        cancelText="取消"
        onConfirm={() => void save()}
        disabled={!dirty}
      >
        <Button type="primary" disabled={!dirty} loading={saving} data-testid="role-save">
          保存角色
        </Button>
      </Popconfirm>
    </Space>
  );
}
