import { ExportButton } from '../../../components/ExportButton';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  numberingApi,
  type NumberTemplate,
  type RegisterEntry,
  type RegisterFilters,
} from '../../../api/numbering';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { formatInstant } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';
import { IssueModal } from './IssueModal';

/** 发文登记簿 with filters, Excel export and 取号. */
export function RegisterCard({
  templates,
  onIssued,
}: {
  templates: NumberTemplate[];
  onIssued: () => void;
}) {
  const [filters, setFilters] = useState<RegisterFilters>({ page: 1, pageSize: 20 });
  const [issuing, setIssuing] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => numberingApi.register(filters),
    [JSON.stringify(filters)],
  );
  const set = (patch: Partial<RegisterFilters>) => setFilters({ ...filters, ...patch, page: 1 });

  const kindOptions = [
    ...new Map(templates.map((t) => [t.kind, { value: t.kind, label: t.name }])).values(),
  ];
  return (
    <Card
      title="发文登记簿"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.issue && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIssuing(true)}
              data-testid="numbering-issue"
            >
              取文号
            </Button>
          )}
          <ExportButton
            download={() => numberingApi.exportXlsx(filters)}
            label="导出 Excel"
            testId="numbering-export"
          />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部类别"
          options={kindOptions}
          value={filters.kind}
          onChange={(kind?: string) => set({ kind })}
          style={{ width: 200 }}
          data-testid="numbering-filter-kind"
        />
        <InputNumber
          placeholder="年度"
          min={2000}
          max={2100}
          precision={0}
          value={filters.year}
          onChange={(y) => set({ year: y ?? undefined })}
          style={{ width: 100 }}
        />
        <Input.Search
          placeholder="文号或标题"
          allowClear
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 220 }}
          data-testid="numbering-filter-q"
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<RegisterEntry>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="numbering-table"
        locale={{ emptyText: <ListEmpty text="暂无发文登记" /> }}
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
        }}
        columns={[
          { title: '文号', dataIndex: 'numberText', render: (t: string) => <strong>{t}</strong> },
          { title: '文件标题', dataIndex: 'title' },
          {
            title: '类别',
            dataIndex: 'kindName',
            render: (k: string | null, r) => <Tag>{k ?? r.kind}</Tag>,
          },
          { title: '发文机构', dataIndex: 'orgName' },
          { title: '登记人', dataIndex: 'issuedByName', render: (v: string | null) => v ?? '—' },
          { title: '登记时间', dataIndex: 'issuedAt', render: formatInstant },
          {
            title: '附件',
            dataIndex: 'attachments',
            render: (a: RegisterEntry['attachments']) => (a.length ? `${a.length} 个` : '—'),
          },
        ]}
      />
      <IssueModal
        open={issuing}
        templates={templates}
        onClose={() => setIssuing(false)}
        onIssued={() => {
          reload();
          onIssued();
        }}
      />
    </Card>
  );
}
