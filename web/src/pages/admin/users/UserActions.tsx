import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { usersApi, type UserAbilities, type UserItem } from '../../../api/users';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserEditModal } from './UserEditModal';

type User = UserItem & { abilities: UserAbilities };

/** Only the buttons the server says will work (`abilities`); every destructive one asks first. */
export function UserActions({ user, onChanged }: { user: User; onChanged: () => void }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [resetting, setResetting] = useState(false);
  const a = user.abilities;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const confirm = (
    title: string,
    description: string,
    action: () => Promise<unknown>,
    done: string,
    label: string,
    testId: string,
  ) => (
    <Popconfirm
      title={title}
      description={description}
      okText="确定"
      cancelText="取消"
      onConfirm={() => run(action, done)}
    >
      <Button danger data-testid={testId}>
        {label}
      </Button>
    </Popconfirm>
  );

  const disabled = user.status === 'disabled';
  const none =
    !a.update && !a.disable && !a.resetPassword && !a.unlock && !a.revokeSessions && !a.resetTotp;
  return (
    <Space wrap>
      {none && <span style={{ color: '#999' }}>您对该账号没有可执行的操作</span>}
      {a.update && (
        <Button onClick={() => setEditing(true)} data-testid="user-edit">
          编辑
        </Button>
      )}
      {a.resetPassword && (
        <Button onClick={() => setResetting(true)} data-testid="user-reset-password">
          重置密码
        </Button>
      )}
      {a.unlock && (
        <Button
          type="primary"
          onClick={() => void run(() => usersApi.unlock(user.id), '账号已解锁')}
          data-testid="user-unlock"
        >
          解锁
        </Button>
      )}
      {disabled && a.update && (
        <Button
          onClick={() =>
            void run(() => usersApi.update(user.id, { status: 'active' }), '账号已启用')
          }
          data-testid="user-enable"
        >
          启用
        </Button>
      )}
      {a.disable &&
        confirm(
          '停用该账号？',
          '停用后该账号立即下线且不能再登录，已有记录保留。',
          () => usersApi.update(user.id, { status: 'disabled' }),
          '账号已停用',
          '停用',
          'user-disable',
        )}
      {a.revokeSessions &&
        confirm(
          '强制该账号下线？',
          '该账号在所有设备上的会话将立即结束。',
          () => usersApi.revokeSessions(user.id),
          '已强制下线',
          '强制下线',
          'user-revoke-sessions',
        )}
      {a.resetTotp &&
        confirm(
          '重置动态口令？',
          '对方下次登录时须重新绑定验证器 App。',
          () => usersApi.resetTotp(user.id),
          '动态口令已重置',
          '重置动态口令',
          'user-reset-totp',
        )}
      <UserEditModal
        user={editing ? user : null}
        onClose={() => setEditing(false)}
        onSaved={onChanged}
      />
      <ResetPasswordModal user={resetting ? user : null} onClose={() => setResetting(false)} />
    </Space>
  );
}
