import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { inspectionsApi, type Inspection } from '../../../api/enforcement-inspections';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagedTable } from '../../../components/PagedTable';
import { useRequest } from '../../../lib/use-request';

/** 检查记录: the town's inspections (school canteens, fire, work safety), joint ones marked 综合查一次. */
export default function InspectionsPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [kind, setKind] = useState<string | undefined>();
  const vocab = useRequest(() => inspectionsApi.vocabulary(), []);
  const { data, error, loading, reload } = useRequest(
    () => inspectionsApi.list({ ...page, ...(kind ? { kind } : {}) }),
    [JSON.stringify(page), kind],
  );
  return (
    <Card
      title="检查记录"
      variant="borderless"
      extra={
        can('enforcement.inspection.record') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/enforcement/inspections/new')}
            data-testid="inspection-create"
          >
            登记检查
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          allowClear
          placeholder="检查类别"
          style={{ width: 200 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage({ ...page, page: 1 });
          }}
          options={Object.entries(vocab.data?.kinds ?? {}).map(([value, label]) => ({
            value,
            label,
          }))}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <PagedTable<Inspection>
        rowKey="id"
        scroll={{ x: 640 }}
        loading={loading}
        data-testid="inspections-table"
        data={data}
        paging={page}
        onPaging={setPage}
        emptyText="暂无检查记录"
        columns={[
          { title: '检查日期', dataIndex: 'inspectedOn', width: 110 },
          { title: '被检查单位', dataIndex: 'subjectName' },
          { title: '类别', dataIndex: 'kindLabel', width: 160 },
          {
            title: '不符合项',
            dataIndex: 'failedItems',
            width: 100,
            render: (n: number) =>
              n ? <Tag color="red">{n} 项</Tag> : <Tag color="green">无</Tag>,
          },
          {
            title: '联合检查',
            dataIndex: 'departments',
            render: (d: string[]) => (d.length ? d.join('、') : '—'),
          },
        ]}
      />
    </Card>
  );
}
