import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  portalVillageApi,
  villageApi,
  type Complaint,
  type ComplaintStatus,
} from '../../../api/village-affairs';
import { ClockStatusTag } from '../../../components/ClockStatusTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';
import { ComplaintDrawer } from './ComplaintDrawer';
import { RegisterComplaintModal } from './RegisterComplaintModal';

const STATUS: { value: ComplaintStatus; label: string }[] = [
  { value: 'received', label: '已受理' },
  { value: 'investigating', label: '调查核实中' },
  { value: 'ordered', label: '已责令公布' },
  { value: 'dismissed', label: '经核实无须公布' },
  { value: 'published', label: '村已公布' },
  { value: 'closed', label: '已办结' },
];

/** 村民反映 (《村民委员会组织法》第三十一条): the town investigates and orders publication, on its own clock. */
export default function ComplaintsPage() {
  const [params, setParams] = useSearchParams();
  const [f, setF] = useState<{ status?: ComplaintStatus; page: number; pageSize: number }>({
    page: 1,
    pageSize: 20,
  });
  const [registering, setRegistering] = useState(false);
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => villageApi.complaints({ ...f, orgId: townId }),
    [JSON.stringify(f), townId],
  );
  const villages = useRequest(() => portalVillageApi.villages(), []);
  const clock = (r: Complaint) =>
    r.orderClock && r.status === 'ordered'
      ? r.orderClock
      : r.investigationClock?.status !== 'stopped'
        ? r.investigationClock
        : null;
  return (
    <Card
      title="村民反映（村务公开）"
      variant="borderless"
      extra={
        data?.abilities.register && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRegistering(true)}
            data-testid="complaint-register"
          >
            登记反映
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 160 }}
          value={f.status}
          onChange={(status?: ComplaintStatus) => setF({ ...f, status, page: 1 })}
          options={STATUS}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Complaint>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="complaints-table"
        locale={{ emptyText: <ListEmpty text="暂无反映" /> }}
        onRow={(r) => ({ onClick: () => setParams({ focus: r.id }), style: { cursor: 'pointer' } })}
        pagination={{
          current: f.page,
          pageSize: f.pageSize,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 件`,
          onChange: (page, pageSize) => setF({ ...f, page, pageSize }),
        }}
        columns={[
          { title: '编号', dataIndex: 'receiptNo', width: 170 },
          { title: '村（社区）', dataIndex: ['village', 'name'], width: 110 },
          { title: '反映事项', dataIndex: 'matter', ellipsis: true },
          { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 130,
            render: (l: string) => <Tag>{l}</Tag>,
          },
          {
            title: '期限',
            key: 'clock',
            width: 170,
            render: (_, r) => {
              const c = clock(r);
              return c ? (
                <>
                  <ClockStatusTag status={c.status} clockId={c.id} /> {c.dueDate}
                </>
              ) : (
                '—'
              );
            },
          },
        ]}
      />
      <ComplaintDrawer id={params.get('focus')} onClose={() => setParams({})} onChanged={reload} />
      <RegisterComplaintModal
        open={registering}
        villages={villages.data?.villages ?? []}
        onClose={() => setRegistering(false)}
        onSaved={(id) => {
          reload();
          setParams({ focus: id });
        }}
      />
    </Card>
  );
}
