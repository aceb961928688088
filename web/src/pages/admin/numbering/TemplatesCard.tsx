import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import type { NumberTemplate } from '../../../api/numbering';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import type { RequestState } from '../../../lib/use-request';
import { TemplateModal } from './TemplateModal';

/** 文号模板 and where each stands this year; numbering.manage may add or change them. */
export function TemplatesCard({ state }: { state: RequestState<{ items: NumberTemplate[] }> }) {
  const auth = useAuth();
  const canManage = auth.can('numbering.manage');
  const [editing, setEditing] = useState<NumberTemplate | 'new' | null>(null);
  return (
    <Card
      title="文号模板"
      variant="borderless"
      extra={
        canManage && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="template-add"
          >
            新增模板
          </Button>
        )
      }
    >
      <ErrorAlert error={state.error} onRetry={state.reload} />
      <Table<NumberTemplate>
        rowKey={(t) => `${t.orgId}-${t.kind}`}
        size="small"
        loading={state.loading}
        dataSource={state.data?.items ?? []}
        pagination={false}
        data-testid="templates-table"
        locale={{ emptyText: <ListEmpty text="尚未设置文号模板" /> }}
        columns={[
          { title: '文件类别', dataIndex: 'name' },
          { title: '类别代码', dataIndex: 'kind', render: (k: string) => <code>{k}</code> },
          { title: '模板', dataIndex: 'template' },
          { title: '所属机构', dataIndex: 'orgName' },
          {
            title: '本年已取',
            dataIndex: 'lastSeq',
            render: (n: number, t) => `${t.year} 年 ${n} 号`,
          },
          { title: '下一个文号', dataIndex: 'next', render: (n: string) => <strong>{n}</strong> },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'op',
                  render: (_: unknown, t: NumberTemplate) => (
                    <Button type="link" size="small" onClick={() => setEditing(t)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TemplateModal target={editing} onClose={() => setEditing(null)} onSaved={state.reload} />
    </Card>
  );
}
