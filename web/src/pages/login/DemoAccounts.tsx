import { Button, Card, Typography } from 'antd';

/** The README's demo accounts (all share one password); clicking a row fills the login form. */
export const DEMO_PASSWORD = 'Demo@2024';

const ACCOUNTS: { username: string; role: string; note?: string }[] = [
  { username: 'head', role: '镇主要负责人' },
  { username: 'deputy', role: '分管领导' },
  { username: 'reviewer', role: '法治审查员' },
  { username: 'adviser', role: '法律顾问' },
  { username: 'clerk', role: '科室经办人' },
  { username: 'officer', role: '执法人员' },
  { username: 'mediator', role: '调解员' },
  { username: 'window', role: '窗口工作人员' },
  { username: 'cadre', role: '村干部', note: '上林湖村' },
  { username: 'county', role: '县级监督人员', note: '慈溪市司法局' },
  { username: 'countyreview', role: '科室经办人', note: '慈溪市司法局（协审）' },
  { username: 'citizen', role: '公众' },
  { username: 'sysadmin', role: '系统管理员', note: '需绑定动态口令' },
  { username: 'secadmin', role: '安全管理员', note: '需绑定动态口令' },
  { username: 'auditadmin', role: '审计管理员', note: '需绑定动态口令' },
];

export function DemoAccounts({ onPick }: { onPick: (username: string) => void }) {
  return (
    <Card title="演示账号" variant="borderless" data-testid="demo-accounts">
      <Typography.Paragraph type="secondary">
        所有演示账号的密码均为 <Typography.Text code>{DEMO_PASSWORD}</Typography.Text>
        ，点击即可填入。三个管理员账号首次登录须用手机验证器 App 绑定动态口令。
      </Typography.Paragraph>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
          gap: 8,
        }}
      >
        {ACCOUNTS.map((a) => (
          <Button
            key={a.username}
            onClick={() => onPick(a.username)}
            style={{ height: 'auto', padding: '6px 8px', textAlign: 'left', display: 'block' }}
            data-testid={`demo-${a.username}`}
          >
            <Typography.Text code>{a.username}</Typography.Text>
            <div style={{ fontSize: 12 }}>{a.role}</div>
            {a.note && <div style={{ fontSize: 12, color: '#999' }}>{a.note}</div>}
          </Button>
        ))}
      </div>
    </Card>
  );
}
