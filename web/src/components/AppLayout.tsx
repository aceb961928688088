import { Layout, Menu, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { activeNavPath, mayOpen, NAV } from '../nav';
import { HeaderBar } from './HeaderBar';
import { PageSpin } from './PageSpin';

/** The signed-in frame: header, a left menu built from the person's permissions, the page. */
export default function AppLayout() {
  const auth = useAuth();
  const { pathname } = useLocation();

  const items: MenuProps['items'] = NAV.map((group) => ({
    type: 'group' as const,
    key: group.key,
    label: group.label,
    children: group.items
      .filter((item) => mayOpen(auth.can, item))
      .map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <Link to={item.path} data-testid={item.testId}>
            {item.label}
          </Link>
        ),
      })),
  })).filter((g) => g.children.length > 0);

  const selected = activeNavPath(
    pathname,
    NAV.flatMap((g) => g.items.map((i) => i.path)),
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <HeaderBar />
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={208}
          theme="light"
          breakpoint="lg"
          collapsedWidth={0}
          data-testid="side-menu"
        >
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
