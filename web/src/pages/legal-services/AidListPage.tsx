import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { legalServicesApi, type AidApplication } from '../../api/legal-services';
import { useAuth } from '../../auth/auth-context';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedTable } from '../../components/PagedTable';
import { useRequest } from '../../lib/use-request';
import { useTown } from '../../lib/town';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';
import { NewAidModal } from './NewAidModal';

/** 法律援助: the applications taken at the station, their state and the clock that runs now. */
export default function AidListPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const { townId } = useTown();
  const vocab = useVocabulary('legalServices');
  const [status, setStatus] = useState<string>();
  const [year, setYear] = useState<number>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => legalServicesApi.aidList({ orgId: townId, status, year, ...page }),
    [townId, status, year, JSON.stringify(page)],
  );
  const open = (id: string) => void navigate(`/legal-services/aid/${id}`);
  const clockOf = (a: AidApplication) => a.objectionClock ?? a.assignClock ?? a.decisionClock;
  return (
    <Card
      title="法律援助申请"
      variant="borderless"
      extra={
        can('legal_services.aid.handle') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="aid-create"
          >
            受理申请
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder="全部状态"
          value={status}
          onChange={(s?: string) => setStatus(s)}
          options={optionsOf(vocab.data?.aidStates)}
          style={{ width: 220 }}
        />
        <InputNumber
          placeholder="受理年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(y) => setYear(y ?? undefined)}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <PagedTable<AidApplication>
        rowKey="id"
        scroll={{ x: 900 }}
        loading={loading}
        data-testid="aid-table"
        data={data}
        paging={page}
        onPaging={setPage}
        emptyText="暂无法律援助申请"
        onOpen={(r) => open(r.id)}
        columns={[
          { title: '受理编号', dataIndex: 'appNo', width: 150 },
          { title: '申请人', dataIndex: 'applicantName', width: 90 },
          { title: '事项', dataIndex: 'matterLabel' },
          { title: '受理日期', dataIndex: 'receivedOn', width: 110 },
          { title: '状态', dataIndex: 'statusLabel', width: 190 },
          {
            title: '期限',
            width: 170,
            render: (_, a) => {
              const c = clockOf(a);
              return c && c.status !== 'stopped' ? (
                <Space size={4}>
                  {c.dueDate}
                  <ClockStatusTag status={c.status} clockId={c.id} />
                </Space>
              ) : (
                '—'
              );
            },
          },
        ]}
      />
      {creating && <NewAidModal onClose={() => setCreating(false)} onCreated={open} />}
    </Card>
  );
}
