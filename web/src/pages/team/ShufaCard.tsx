import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { teamApi, type ShufaReport } from '../../api/pufa';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { useRequest } from '../../lib/use-request';
import { ShufaFormModal } from './ShufaFormModal';

/** The year's 述法 reports with the panel's average, and 登记述法 for the town's staff. */
export function ShufaCard({
  year,
  townId,
  onChange,
}: {
  year: number;
  townId: string | undefined;
  onChange: () => void;
}) {
  const { can } = useAuth();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => teamApi.shufa(year, townId),
    [year, townId],
  );
  return (
    <Card
      title={`${year} 年度述法`}
      variant="borderless"
      style={{ marginTop: 16 }}
      extra={
        can('team.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="shufa-create">
            登记述法
          </Button>
        )
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<ShufaReport>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <ListEmpty text="本年度暂无述法记录" /> }}
        columns={[
          { title: '日期', dataIndex: 'heldOn', width: 110 },
          {
            title: '述法人',
            width: 200,
            render: (_, r) => (
              <span data-testid="shufa-row">{`${r.reporter}（${r.reporterPost}）`}</span>
            ),
          },
          { title: '形式', dataIndex: 'formLabel', width: 100 },
          { title: '述法要点', dataIndex: 'summary' },
          {
            title: '评议得分',
            width: 120,
            render: (_, r) => (
              <span data-testid={`shufa-average-${r.reporter}`}>
                {r.trimmedAverage ?? r.average}
              </span>
            ),
          },
        ]}
      />
      <ShufaFormModal
        open={adding}
        year={year}
        onClose={() => setAdding(false)}
        onDone={() => {
          reload();
          onChange();
        }}
      />
    </Card>
  );
}
