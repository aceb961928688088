import { Layout, Space } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { portalDisclosureApi } from '../../api/disclosure-proactive';
import { useRequest } from '../../lib/use-request';

type Host = Awaited<ReturnType<typeof portalDisclosureApi.host>>;
let hostOnce: Promise<Host> | undefined;
/** Who runs the portal does not change while the page is open: ask once. */
const loadHost = () =>
  (hostOnce ??= portalDisclosureApi.host().catch((e: unknown) => {
    hostOnce = undefined;
    throw e;
  }));

/** The public frame: the town's banner, the page, and a plain footer. No login needed. */
export function PortalShell({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const host = useRequest(loadHost, []).data;
  const town = host?.town.name ?? '';
  const place = host ? `${host.county ?? ''}${town}` : '';
  const title = town ? `${town}人民政府 · 法治政府建设平台` : '法治政府建设平台';
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <div className="gov-banner" data-testid="portal-banner">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center" wrap>
          <div>
            <h1>
              <Link to="/portal" style={{ color: '#fff' }}>
                {title}
              </Link>
            </h1>
            <p>{place && `${place} · `}依法行政 · 阳光政务</p>
          </div>
          {actions}
        </Space>
      </div>
      <Layout.Content className="portal-content">{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888' }} data-testid="portal-footer">
        {place && `主办：${place}人民政府`}
        {host?.demo && ' · 本平台演示数据均为虚构'}
      </Layout.Footer>
    </Layout>
  );
}

/** The way back to the 政务公开 home from a page reached from it (apply, tracking). */
export function BackHome() {
  return (
    <Link to="/portal/disclosure" data-testid="portal-back-home">
      返回政务公开首页
    </Link>
  );
}
