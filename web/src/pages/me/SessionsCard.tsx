import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { authApi, type SessionItem } from '../../api/auth';
import { errorText } from '../../api/client';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatInstant } from '../../lib/format';
import { useRequest } from '../../lib/use-request';

/** Where I am signed in; any other device can be ended, or all of them at once. */
export function SessionsCard() {
  const { message } = App.useApp();
  const auth = useAuth();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useRequest(() => authApi.sessions(), []);

  const end = async (id: string) => {
    try {
      await authApi.endSession(id);
      message.success('该会话已结束');
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const everywhere = async () => {
    try {
      await auth.signOut(true);
      message.success('已在所有设备上退出');
      void navigate('/login', { replace: true });
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title="我的在线会话"
      variant="borderless"
      extra={
        <Popconfirm
          title="在所有设备上退出？"
          description="包括当前浏览器，需要重新登录。"
          okText="退出"
          cancelText="取消"
          onConfirm={() => void everywhere()}
        >
          <Button danger data-testid="logout-all">
            在所有设备上退出
          </Button>
        </Popconfirm>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<SessionItem>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <ListEmpty text="没有其他在线会话" /> }}
        data-testid="sessions-table"
        columns={[
          {
            title: '会话',
            dataIndex: 'id',
            render: (id: string, r) => (
              <>
                {id}
                {r.current && (
                  <Tag color="blue" style={{ marginInlineStart: 8 }}>
                    当前
                  </Tag>
                )}
              </>
            ),
          },
          { title: 'IP 地址', dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
          {
            title: '浏览器',
            dataIndex: 'userAgent',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          { title: '登录时间', dataIndex: 'createdAt', render: formatInstant },
          { title: '最近活动', dataIndex: 'lastSeenAt', render: formatInstant },
          {
            title: '操作',
            key: 'op',
            render: (_, r) =>
              !r.current && (
                <Popconfirm
                  title="结束这个会话？"
                  okText="结束"
                  cancelText="取消"
                  onConfirm={() => void end(r.id)}
                >
                  <Button type="link" danger size="small">
                    结束
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
