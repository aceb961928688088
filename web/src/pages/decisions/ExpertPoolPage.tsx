import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { decisionProceduresApi, type PoolExpert } from '../../api/decision-procedures';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { requiredText } from './procedure-fields';

/**
 * 决策咨询论证专家库 (条例 第二十一条): the town's experts, from which a decision's experts are chosen
 * (those with a direct interest excluded, 第二十条).
 */
export default function ExpertPoolPage() {
  const { can } = useAuth();
  const { townId } = useTown();
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => decisionProceduresApi.pool(townId ? { orgId: townId } : {}),
    [townId],
  );
  return (
    <Card
      variant="borderless"
      title="决策咨询论证专家库"
      extra={
        can('decisions.handle') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="expert-add">
            新增专家
          </Button>
        )
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<PoolExpert>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <ListEmpty text="专家库中还没有专家" /> }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '专业领域', dataIndex: 'field' },
          { title: '工作单位', dataIndex: 'employer' },
        ]}
      />
      <p>
        选择论证专家时，已声明与决策事项有利害关系的专家、工作单位为决策承办单位的专家不能选择（《重大行政决策程序暂行条例》第二十条）。
      </p>
      {adding && (
        <StepModal<{ name: string; field: string; employer: string }>
          open
          title="新增专家"
          testId="expert-add-modal"
          onClose={() => setAdding(false)}
          onSubmit={async (v) => {
            await decisionProceduresApi.addExpert(v);
            reload();
          }}
        >
          {requiredText('name', '姓名', 1, 'expert-name')}
          {requiredText('field', '专业领域', 1, 'expert-field')}
          {requiredText('employer', '工作单位', 1, 'expert-employer')}
        </StepModal>
      )}
    </Card>
  );
}
