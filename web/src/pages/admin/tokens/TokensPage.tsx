import { PlusOutlined } from '@ant-design/icons';
import { PERMISSIONS, type Permission } from '@fazhi/shared';
import { App, Button, Card, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { tokensApi, type TokenItem } from '../../../api/tokens';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { formatDate, formatInstant } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';
import { IssueTokenModal } from './IssueTokenModal';

const permLabel = (p: string) => PERMISSIONS[p as Permission] ?? p;

function stateTag(t: TokenItem) {
  if (t.revokedAt) return <Tag>已吊销</Tag>;
  if (t.expiresAt && t.expiresAt < new Date().toISOString())
    return <Tag color="orange">已过期</Tag>;
  return <Tag color="green">有效</Tag>;
}

/** 接口令牌: for machine clients (Bearer); each carries a subset of its issuer's permissions. */
export default function TokensPage() {
  const { message } = App.useApp();
  const [issuing, setIssuing] = useState(false);
  const { data, error, loading, reload } = useRequest(() => tokensApi.list(), []);

  const revoke = async (id: string) => {
    try {
      await tokensApi.revoke(id);
      message.success('令牌已吊销');
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title="接口令牌"
      variant="borderless"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setIssuing(true)}
          data-testid="token-create"
        >
          签发令牌
        </Button>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<TokenItem>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="tokens-table"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <ListEmpty text="尚未签发接口令牌" /> }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '前缀', dataIndex: 'tokenPrefix', render: (p: string) => <code>{p}…</code> },
          { title: '所属机构', dataIndex: ['org', 'name'] },
          {
            title: '权限',
            dataIndex: 'permissions',
            render: (ps: string[]) =>
              ps.map((p) => (
                <Tooltip key={p} title={p}>
                  <Tag style={{ marginBottom: 4 }}>{permLabel(p)}</Tag>
                </Tooltip>
              )),
          },
          { title: '状态', key: 'state', render: (_, t) => stateTag(t) },
          { title: '签发人', dataIndex: 'createdBy' },
          { title: '签发时间', dataIndex: 'createdAt', render: formatInstant },
          {
            title: '有效期至',
            dataIndex: 'expiresAt',
            render: (v: string | null) => (v ? formatDate(v) : '长期'),
          },
          { title: '最近使用', dataIndex: 'lastUsedAt', render: formatInstant },
          {
            title: '操作',
            key: 'op',
            render: (_, t) =>
              !t.revokedAt && (
                <Popconfirm
                  title="吊销该令牌？"
                  description="吊销后使用该令牌的程序将立即无法访问，且不可恢复。"
                  okText="吊销"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => void revoke(t.id)}
                >
                  <Button type="link" danger size="small">
                    吊销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <IssueTokenModal open={issuing} onClose={() => setIssuing(false)} onIssued={reload} />
    </Card>
  );
}
