import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Dropdown, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { errorText } from '../api/client';
import { useTown } from '../lib/town';
import { NotificationBell } from './NotificationBell';

/** Brand, the town chooser for staff above the town level, global search, and who is signed in (with the way out). */
export function HeaderBar() {
  const auth = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const user = auth.user;
  const town = useTown();
  const brand =
    town.chooses || !town.townName ? '法治政府建设平台' : `${town.townName} · 法治政府建设平台`;
  useEffect(() => {
    document.title = brand;
  }, [brand]);

  const signOut = async () => {
    try {
      await auth.signOut();
      message.success('已退出登录');
    } catch (e) {
      message.error(errorText(e));
    }
    void navigate('/login', { replace: true });
  };

  return (
    <>
      <Link to="/home" className="brand">
        {brand}
      </Link>
      {town.chooses && (
        <Select
          value={town.townId}
          onChange={(id: string) =>
            town.choose(id).catch((e: unknown) => message.error(errorText(e)))
          }
          showSearch={{ optionFilterProp: 'label' }}
          options={town.towns.map((t) => ({ value: t.id, label: t.name }))}
          style={{ width: 180, marginInlineStart: 16 }}
          aria-label="查看乡镇"
          title="各乡镇的页面和列表（审查看板、台账、公开目录、依申请公开、三务公开、村民反映、公平竞争审查）显示所选乡镇"
          data-testid="town-switcher"
        />
      )}
      <div style={{ flex: 1, maxWidth: 420, marginInlineStart: 24 }}>
        {auth.can('search.use') && (
          <Input.Search
            placeholder="搜索事项、文件、人员…"
            allowClear
            data-testid="global-search"
            onSearch={(q) => q.trim() && navigate(`/search?q=${encodeURIComponent(q.trim())}`)}
          />
        )}
      </div>
      <div style={{ flex: 1 }} />
      {user?.isDemo && (
        <Tag color="gold" data-testid="demo-tag">
          演示账号
        </Tag>
      )}
      <NotificationBell />
      <Dropdown
        menu={{
          items: [
            {
              key: 'me',
              icon: <UserOutlined />,
              label: (
                <Link to="/me" data-testid="menu-me">
                  个人中心
                </Link>
              ),
            },
            { type: 'divider' },
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: <span data-testid="menu-logout">退出登录</span>,
              onClick: () => void signOut(),
            },
          ],
        }}
      >
        <Space style={{ cursor: 'pointer', color: '#fff' }} data-testid="user-menu">
          <UserOutlined />
          <span>
            <Typography.Text strong style={{ color: '#fff' }} data-testid="user-name">
              {user?.displayName}
            </Typography.Text>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', marginInlineStart: 8 }}>
              {user?.org.name}
            </Typography.Text>
          </span>
          <DownOutlined />
        </Space>
      </Dropdown>
    </>
  );
}
