import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  villageApi,
  type VillageItem,
  type VillageItemFilters,
} from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';
import { VillageItemDrawer } from './VillageItemDrawer';
import { VillageItemFormModal } from './VillageItemFormModal';
import { ExportButton } from '../../../components/ExportButton';

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  in_review: 'processing',
  published: 'green',
};

/** 三务公开 items of the villages in the caller's scope, with the town's orders to publish for the village. */
export default function VillageItemsPage() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<VillageItemFilters>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState<{ complaintId?: string } | null>(null);
  const { townId } = useTown();
  // A village picked in the filter, else the town chosen in the header (staff above the town).
  const query = { ...filters, orgId: filters.orgId ?? townId };
  const { data, error, loading, reload } = useRequest(
    () => villageApi.list(query),
    [JSON.stringify(query)],
  );
  const rules = useRequest(() => villageApi.rules(townId), [townId]);
  const villages = rules.data?.villages ?? [];
  const single = villages.length === 1 ? villages[0] : undefined;
  const orders = useRequest(() => villageApi.orders(single!.id), [single?.id], !!single);
  const focus = params.get('focus');
  const set = (patch: Partial<VillageItemFilters>) => setFilters({ ...filters, ...patch, page: 1 });

  return (
    <Card
      title="三务公开事项"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.create && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating({})}
              data-testid="village-item-create"
            >
              起草公开事项
            </Button>
          )}
          <ExportButton
            download={() => villageApi.exportXlsx(query)}
            label="导出台账"
            testId="village-items-export"
          />
        </Space>
      }
    >
      {orders.data?.orders.map((o) => (
        <Alert
          key={o.id}
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="village-order"
          title={`镇政府责令公布（${o.receiptNo}，${o.basis}）：${o.orderText}`}
          description={`期限：${o.dueDate ?? '—'}`}
          action={
            data?.abilities.create && (
              <Button size="small" onClick={() => setCreating({ complaintId: o.id })}>
                起草公布
              </Button>
            )
          }
        />
      ))}
      <Space wrap style={{ marginBottom: 16 }}>
        {villages.length > 1 && (
          <Select
            allowClear
            placeholder="全部村（社区）"
            style={{ width: 160 }}
            value={filters.orgId}
            onChange={(orgId?: string) => set({ orgId })}
            options={villages.map((v) => ({ value: v.id, label: v.name }))}
          />
        )}
        <Select
          allowClear
          placeholder="全部类别"
          style={{ width: 110 }}
          value={filters.category}
          onChange={(category?: VillageItemFilters['category']) => set({ category })}
          options={[
            { value: 'party', label: '党务' },
            { value: 'village', label: '村务' },
            { value: 'finance', label: '财务' },
          ]}
        />
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status?: VillageItemFilters['status']) => set({ status })}
          options={[
            { value: 'draft', label: '起草中' },
            { value: 'in_review', label: '待监委会审查' },
            { value: 'published', label: '已公开' },
          ]}
        />
        <Select
          allowClear
          placeholder="年度"
          style={{ width: 100 }}
          value={filters.year}
          onChange={(year?: number) => set({ year })}
          options={[2026, 2025, 2024, 2023].map((y) => ({ value: y, label: `${y}` }))}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<VillageItem>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="village-items-table"
        locale={{ emptyText: <ListEmpty text="没有公开事项" /> }}
        onRow={(r) => ({ onClick: () => setParams({ focus: r.id }), style: { cursor: 'pointer' } })}
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 项`,
          onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
        }}
        columns={[
          { title: '村（社区）', dataIndex: ['village', 'name'], width: 120 },
          { title: '类别', dataIndex: 'categoryLabel', width: 70 },
          {
            title: '标题',
            dataIndex: 'title',
            render: (t: string, r) => (
              <>
                {r.matterKind === 'major' && <Tag color="red">重大</Tag>}
                {t}
              </>
            ),
          },
          {
            title: '期间 / 决定日',
            key: 'period',
            width: 120,
            render: (_, r) => r.period ?? r.occurredOn,
          },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 120,
            render: (l: string, r) => <Tag color={STATUS_COLORS[r.status]}>{l}</Tag>,
          },
          {
            title: '公开日期',
            dataIndex: 'publishedOn',
            width: 110,
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
      <VillageItemDrawer
        id={focus}
        onClose={() => setParams({})}
        onChanged={() => {
          reload();
          orders.reload();
        }}
      />
      <VillageItemFormModal
        open={!!creating}
        villages={villages}
        complaintId={creating?.complaintId}
        onClose={() => setCreating(null)}
        onSaved={(id) => {
          reload();
          setParams({ focus: id });
        }}
      />
    </Card>
  );
}
