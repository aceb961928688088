import { Descriptions, Table, Tag, Typography } from 'antd';
import type { Plan } from '../../../api/enforcement-plans';

type Draw = NonNullable<Plan['draw']>;

/**
 * The draw as recorded: each drawn object with its officers, the seed and the candidates in the draw's
 * order — what anyone needs to re-run the draw (plan.draw.ts) and get the same result.
 */
export function PlanDraw({ draw, testId = 'plan-draw' }: { draw: Draw; testId?: string }) {
  return (
    <>
      <Table
        rowKey="object"
        size="small"
        pagination={false}
        data-testid={testId}
        dataSource={draw.inspections}
        columns={[
          { title: '序号', key: 'n', width: 64, render: (_, __, i) => i + 1 },
          { title: '检查对象', dataIndex: 'object' },
          {
            title: '执法人员（执法证号）',
            key: 'officers',
            render: (_, r) => r.officers.map((o) => `${o.name}（${o.certNo}）`).join('、'),
          },
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label="抽取日期">{draw.drawnOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="随机种子">
          <Typography.Text code copyable data-testid={`${testId}-seed`}>
            {draw.seed}
          </Typography.Text>
          {draw.reproducible ? (
            <Tag color="green" style={{ marginLeft: 8 }}>
              复核一致
            </Tag>
          ) : (
            <Tag color="red" style={{ marginLeft: 8 }}>
              复核不一致
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="候选执法人员（按抽取顺序）">
          {draw.candidates.map((c) => `${c.name}（${c.certNo}）`).join('、')}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
