import { Card, Table, Tag } from 'antd';
import { authApi, type LoginHistoryItem } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatInstant } from '../../lib/format';
import { useRequest } from '../../lib/use-request';

const REASONS: Record<string, string> = {
  ok: '登录成功',
  bad_password: '密码错误',
  bad_totp: '动态口令错误',
  locked: '账号已锁定',
  disabled: '账号已停用',
  unknown_user: '用户不存在',
  password_change: '登录成功，待修改密码',
  mfa_enroll: '登录成功，待绑定动态口令',
  mfa_verify: '登录成功，待验证动态口令',
};

/** My last 50 sign-in attempts (等保 2.0: people can spot sign-ins that were not theirs). */
export function LoginHistoryCard() {
  const { data, error, loading, reload } = useRequest(() => authApi.loginHistory(), []);
  return (
    <Card title="登录记录（最近 50 次）" variant="borderless">
      <ErrorAlert error={error} onRetry={reload} />
      <Table<LoginHistoryItem>
        rowKey={(r) => `${r.at}-${r.reason}`}
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <ListEmpty text="暂无登录记录" /> }}
        data-testid="login-history-table"
        columns={[
          { title: '时间', dataIndex: 'at', render: formatInstant },
          {
            title: '结果',
            dataIndex: 'success',
            render: (ok: boolean) =>
              ok ? <Tag color="green">成功</Tag> : <Tag color="red">失败</Tag>,
          },
          { title: '说明', dataIndex: 'reason', render: (r: string) => REASONS[r] ?? r },
          { title: 'IP 地址', dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
          {
            title: '浏览器',
            dataIndex: 'userAgent',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
    </Card>
  );
}
