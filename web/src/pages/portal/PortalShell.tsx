import { Layout, Space } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The public frame: the town's banner, the page, and a plain footer. No login needed. */
export function PortalShell({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <div className="gov-banner" data-testid="portal-banner">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center" wrap>
          <div>
            <h1>
              <Link to="/portal" style={{ color: '#fff' }}>
                桥头镇人民政府 · 法治政府建设平台
              </Link>
            </h1>
            <p>慈溪市桥头镇 · 依法行政 · 阳光政务</p>
          </div>
          {actions}
        </Space>
      </div>
      <Layout.Content style={{ padding: '24px 32px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>主办：慈溪市桥头镇人民政府 · 本平台演示数据均为虚构</Layout.Footer>
    </Layout>
  );
}
