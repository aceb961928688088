import { App, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { plansApi } from '../../../api/enforcement-plans';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { useRequest } from '../../../lib/use-request';
import { PlanDraw } from './PlanDraw';

/** One 抽查计划: its pool, the 抽取 and 公开 steps the caller may take now, the draw and its path. */
export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => plansApi.get(id), [id]);
  if (!data) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  const has = (a: string) => data.abilities.includes(a);
  const steps: WorkflowStep[] = [
    {
      key: 'draw',
      label: '随机抽取',
      show: has('draw'),
      primary: true,
      testId: 'plan-draw-step',
      confirm: {
        title: '确定随机抽取检查对象和执法人员？',
        description: `抽取结果和随机种子将被记录，不能重新抽取（${data.basis}）`,
      },
      run: () => plansApi.step(id, 'draw'),
    },
    {
      key: 'publish',
      label: '向社会公开',
      show: has('publish'),
      primary: true,
      testId: 'plan-publish-step',
      confirm: {
        title: '确定公开抽查计划和抽取结果？',
        description: `公开后将在门户网站“行政执法公示”中展示（${data.basis}）`,
      },
      run: () => plansApi.step(id, 'publish'),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={data.name}
        variant="borderless"
        extra={<Tag data-testid="plan-status">{data.statusLabel}</Tag>}
      >
        <WorkflowActions
          steps={steps}
          blocked={data.blocked}
          onDone={(label) => {
            message.success(`${label}：已办理`);
            reload();
          }}
        />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label="年度">{data.year}</Descriptions.Item>
          <Descriptions.Item label="时段">{data.period}</Descriptions.Item>
          <Descriptions.Item label="抽查事项">{data.matter}</Descriptions.Item>
          <Descriptions.Item label="检查依据">{data.legalBasis}</Descriptions.Item>
          <Descriptions.Item label="抽取数量">
            {data.drawCount} / {data.objects.length} 个对象
          </Descriptions.Item>
          <Descriptions.Item label="每次检查执法人员">
            {data.officersPerInspection} 人
          </Descriptions.Item>
          <Descriptions.Item label="公开日期">{data.publishedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="检查对象名录" span={2}>
            <Typography.Paragraph
              ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}
              style={{ marginBottom: 0 }}
            >
              {data.objects.join('、')}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="抽取结果" variant="borderless">
        {data.draw ? (
          <PlanDraw draw={data.draw} />
        ) : (
          <Empty description="尚未抽取" data-testid="plan-not-drawn" />
        )}
      </Card>
      <Card title="流转记录" variant="borderless">
        <WorkflowPath path={data.path} ahead={data.ahead} />
      </Card>
    </Space>
  );
}
