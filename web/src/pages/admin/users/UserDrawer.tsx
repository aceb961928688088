import { Descriptions, Divider, Drawer, Skeleton, Tag } from 'antd';
import { usersApi } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatInstant } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';
import { PhoneReveal } from './PhoneReveal';
import { RoleAssign } from './RoleAssign';
import { UserActions } from './UserActions';
import { userStatusTags } from './UsersTable';

/** One account: its facts, the actions the caller may take (from `abilities`), its roles. */
export function UserDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const {
    data: user,
    error,
    loading,
    reload,
  } = useRequest(() => usersApi.get(id ?? ''), [id], !!id);
  const changed = () => {
    reload();
    onChanged();
  };

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={560}
      title={user ? `账号：${user.displayName}（${user.username}）` : '账号详情'}
      data-testid="user-drawer"
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !user && <Skeleton active />}
      {user && user.id === id && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
            <Descriptions.Item label="姓名">{user.displayName}</Descriptions.Item>
            <Descriptions.Item label="机构">{user.org.name}</Descriptions.Item>
            <Descriptions.Item label="手机号">
              <PhoneReveal
                userId={user.id}
                masked={user.phoneMasked}
                allowed={user.abilities.readPii}
              />
            </Descriptions.Item>
            <Descriptions.Item label="状态">{userStatusTags(user)}</Descriptions.Item>
            <Descriptions.Item label="动态口令">
              {user.totpEnabled ? <Tag color="green">已绑定</Tag> : '未绑定'}
            </Descriptions.Item>
            <Descriptions.Item label="最近登录">
              {formatInstant(user.lastLoginAt)}
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">操作</Divider>
          <UserActions user={user} onChanged={changed} />
          <Divider titlePlacement="start">角色</Divider>
          <RoleAssign user={user} onChanged={changed} />
        </>
      )}
    </Drawer>
  );
}
