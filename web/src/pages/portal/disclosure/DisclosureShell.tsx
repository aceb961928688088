import { Button, Menu } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PortalShell } from '../PortalShell';

const ITEMS = [
  { key: '/portal/disclosure', label: <Link to="/portal/disclosure">政府信息公开目录</Link> },
  { key: '/portal/disclosure/guide', label: <Link to="/portal/disclosure/guide">公开指南</Link> },
  {
    key: '/portal/disclosure/villages',
    label: <Link to="/portal/disclosure/villages">村务公开</Link>,
  },
  { key: '/portal/disclosure/apply', label: <Link to="/portal/disclosure/apply">依申请公开</Link> },
];

/** The public frame of the disclosure pages: the portal banner and a section menu. No login. */
export function DisclosureShell({ children }: { children: ReactNode }) {
  const path = useLocation().pathname;
  const selected = ITEMS.map((i) => i.key).filter(
    (k) => path === k || (k !== '/portal/disclosure' && path.startsWith(k)),
  );
  return (
    <PortalShell
      actions={
        <Link to="/portal">
          <Button ghost>返回首页</Button>
        </Link>
      }
    >
      <Menu
        mode="horizontal"
        selectedKeys={
          selected.length
            ? selected
            : [
                path.startsWith('/portal/disclosure/village')
                  ? '/portal/disclosure/villages'
                  : '/portal/disclosure',
              ]
        }
        items={ITEMS}
        style={{ marginBottom: 16 }}
        data-testid="disclosure-menu"
      />
      {children}
    </PortalShell>
  );
}
