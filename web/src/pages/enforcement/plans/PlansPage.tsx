import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { plansApi, type Plan } from '../../../api/enforcement-plans';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagedTable } from '../../../components/PagedTable';
import { useRequest } from '../../../lib/use-request';
import { NewPlanModal } from './NewPlanModal';

const STATE_COLOURS: Record<string, string> = {
  draft: 'default',
  drawn: 'blue',
  published: 'green',
};

/** 双随机、一公开 抽查计划 (《浙江省综合行政执法条例》第二十一条): the town's plans, newest year first. */
export default function PlansPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => plansApi.list(page),
    [JSON.stringify(page)],
  );
  return (
    <Card
      title="双随机抽查计划"
      variant="borderless"
      extra={
        can('enforcement.inspection.record') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="plan-create"
          >
            制定计划
          </Button>
        )
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <PagedTable<Plan>
        rowKey="id"
        scroll={{ x: 720 }}
        loading={loading}
        data-testid="plans-table"
        data={data}
        paging={page}
        onPaging={setPage}
        emptyText="暂无抽查计划"
        onOpen={(r) => navigate(`/enforcement/plans/${r.id}`)}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '时段', dataIndex: 'period', width: 110 },
          { title: '计划名称', dataIndex: 'name' },
          { title: '抽查事项', dataIndex: 'matter' },
          {
            title: '抽取',
            key: 'draw',
            width: 140,
            render: (_, r) => `${r.drawCount} / ${r.objects.length} 个对象`,
          },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 100,
            render: (l: string, r) => <Tag color={STATE_COLOURS[r.status]}>{l}</Tag>,
          },
        ]}
      />
      {creating && <NewPlanModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
