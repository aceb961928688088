import { Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { enforcementPublicApi, type PublicDecision } from '../../../api/enforcement-public';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { PortalShell } from '../PortalShell';
import { PublicPlans } from './PublicPlans';

const money = (n: number) => `${n.toLocaleString('zh-CN')} 元`;

/**
 * 行政执法公示: the county bodies' entrustments the town enforces under (《行政处罚法》第二十条) and its
 * published penalty decisions (第四十八条); a withdrawn publication shows its reasons instead; and the
 * published 双随机 plans with their draws (《浙江省综合行政执法条例》第二十一条).
 */
export default function EnforcementPublicPage() {
  const [page, setPage] = useState(1);
  const decisions = useRequest(() => enforcementPublicApi.decisions(page), [page]);
  const entrustments = useRequest(() => enforcementPublicApi.entrustments(), []);
  return (
    <PortalShell>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Link to="/portal">返回首页</Link>
        <Card title="委托执法事项（《行政处罚法》第二十条）" variant="borderless">
          <ErrorAlert error={entrustments.error} onRetry={entrustments.reload} />
          <List
            data-testid="public-entrustments"
            loading={entrustments.loading}
            locale={{ emptyText: <Empty description="暂无委托执法事项" /> }}
            dataSource={entrustments.data?.items ?? []}
            renderItem={(e) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>
                    {e.entrustingBody}
                    {e.current ? null : <Tag style={{ marginLeft: 8 }}>已到期</Tag>}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {e.fields.map((f) => f.label).join('、')} · {e.powers} · {e.startsOn} 至{' '}
                    {e.endsOn}
                    {e.documentNo ? ` · ${e.documentNo}` : ''}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <Card title="行政处罚决定公开（《行政处罚法》第四十八条）" variant="borderless">
          <ErrorAlert error={decisions.error} onRetry={decisions.reload} />
          <Table<PublicDecision>
            rowKey="id"
            size="middle"
            data-testid="public-decisions"
            loading={decisions.loading}
            dataSource={decisions.data?.items ?? []}
            scroll={{ x: 720 }}
            locale={{ emptyText: <Empty description="暂无公开的行政处罚决定" /> }}
            pagination={{
              current: page,
              pageSize: 20,
              total: decisions.data?.total ?? 0,
              onChange: setPage,
              showSizeChanger: false,
            }}
            columns={[
              { title: '决定书文号', dataIndex: 'decisionDocNo', width: 180 },
              { title: '案由', dataIndex: 'title' },
              { title: '当事人', dataIndex: 'partyName', width: 110 },
              {
                title: '处罚内容',
                key: 'penalty',
                render: (_, d) =>
                  d.withdrawnOn ? (
                    <Typography.Text type="warning" data-testid="public-decision-withdrawn">
                      {d.withdrawnOn} 已撤回：{d.withdrawalReason}
                    </Typography.Text>
                  ) : (
                    `${d.penalty ?? ''}${d.fine ? `（${money(d.fine)}）` : ''}`
                  ),
              },
              { title: '作出机关', dataIndex: 'decidingBody', width: 180 },
              { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
              { title: '公开日期', dataIndex: 'publishedOn', width: 110 },
            ]}
          />
        </Card>
        <PublicPlans />
      </Space>
    </PortalShell>
  );
}
