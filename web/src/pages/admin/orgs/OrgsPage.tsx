import { App, Button, Card, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { errorText } from '../../../api/client';
import { buildOrgTree, orgsApi, type Org, type OrgNode } from '../../../api/orgs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useRequest } from '../../../lib/use-request';
import { CHILD_KINDS, OrgFormModal, type OrgFormTarget } from './OrgFormModal';

/** Keeps the nodes whose name matches, with their ancestors so the tree still reads. */
function filterTree(nodes: OrgNode[], q: string): OrgNode[] {
  return nodes.flatMap((n) => {
    const children = n.children ? filterTree(n.children, q) : [];
    if (n.name.includes(q) || children.length)
      return [{ ...n, children: children.length ? children : undefined }];
    return [];
  });
}

/** 机构管理: the jurisdiction as a tree (province → town → villages, offices, outside bodies). */
export default function OrgsPage() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useRequest(() => orgsApi.list(), []);
  const [q, setQ] = useState('');
  const [target, setTarget] = useState<OrgFormTarget | null>(null);

  const tree = useMemo(() => {
    const all = buildOrgTree(data?.items ?? []);
    return q.trim() ? filterTree(all, q.trim()) : all;
  }, [data, q]);
  const canManage = data?.abilities.create ?? false;

  const toggle = async (org: Org) => {
    try {
      await orgsApi.update(org.id, { active: !org.active });
      message.success(org.active ? `已停用“${org.name}”` : `已启用“${org.name}”`);
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title="机构管理"
      variant="borderless"
      extra={
        <Input.Search
          placeholder="按名称查找"
          allowClear
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 220 }}
          data-testid="org-search"
        />
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<OrgNode>
        rowKey="id"
        loading={loading}
        dataSource={tree}
        pagination={false}
        data-testid="orgs-table"
        expandable={{ defaultExpandAllRows: true }}
        key={`${data?.items.length ?? 0}-${q}`}
        locale={{ emptyText: <ListEmpty text={q ? '没有匹配的机构' : '暂无机构'} /> }}
        columns={[
          {
            title: '名称',
            dataIndex: 'name',
            render: (n: string, o) => (o.active ? n : <span style={{ color: '#999' }}>{n}</span>),
          },
          { title: '类别', dataIndex: 'kindLabel', width: 130 },
          { title: '代码', dataIndex: 'code', width: 200, render: (c: string) => <code>{c}</code> },
          {
            title: '状态',
            dataIndex: 'active',
            width: 90,
            render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>),
          },
          ...(canManage
            ? [
                {
                  title: '操作',
                  key: 'op',
                  width: 230,
                  render: (_: unknown, o: OrgNode) => (
                    <Space size={0}>
                      {CHILD_KINDS[o.kind].length > 0 && (
                        <Button
                          type="link"
                          size="small"
                          onClick={() => setTarget({ mode: 'create', parent: o })}
                          data-testid={`org-add-${o.code}`}
                        >
                          新建下级
                        </Button>
                      )}
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setTarget({ mode: 'rename', org: o })}
                      >
                        重命名
                      </Button>
                      <Popconfirm
                        title={o.active ? `停用“${o.name}”？` : `启用“${o.name}”？`}
                        description={
                          o.active
                            ? '停用后不能再向该机构分配人员和事项，已有记录不受影响。'
                            : undefined
                        }
                        okText="确定"
                        cancelText="取消"
                        onConfirm={() => void toggle(o)}
                      >
                        <Button type="link" size="small" danger={o.active}>
                          {o.active ? '停用' : '启用'}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <OrgFormModal target={target} onClose={() => setTarget(null)} onSaved={reload} />
    </Card>
  );
}
