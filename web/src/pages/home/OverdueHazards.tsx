import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { hazardsApi, type Hazard } from '../../api/enforcement-inspections';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate } from '../../lib/format';
import { useRequest } from '../../lib/use-request';

/**
 * 逾期未整改隐患 on 首页: hazards past their 整改期限 and not yet 销号, newest first, for the enforcement team,
 * the town's leaders and the county that supervises (挂牌督办 marked).
 */
export function OverdueHazards() {
  const { data, error, reload } = useRequest(
    () => hazardsApi.list({ page: 1, pageSize: 5, overdue: true }),
    [],
  );
  return (
    <Card
      title={`逾期未整改隐患${data ? `（${data.total}）` : ''}`}
      variant="borderless"
      extra={<Link to="/enforcement/hazards">全部隐患</Link>}
      data-testid="home-overdue-hazards"
    >
      <ErrorAlert error={error} onRetry={reload} />
      <List<Hazard>
        size="small"
        loading={!data && !error}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <ListEmpty text="没有逾期未整改的隐患" /> }}
        renderItem={(h) => (
          <List.Item
            extra={<Typography.Text type="secondary">{formatDate(h.deadline)}</Typography.Text>}
          >
            <Space orientation="vertical" size={0}>
              <Link to={`/enforcement/hazards/${h.id}`}>
                {h.subjectName}：{h.description}
              </Link>
              <Space size={4}>
                <Tag>{h.statusLabel}</Tag>
                {h.supervisedOn && <Tag color="red">挂牌督办</Tag>}
                <Typography.Text type="danger">
                  {h.overdueWorkingDays !== null
                    ? `逾期 ${h.overdueWorkingDays} 个工作日`
                    : '已逾期'}
                </Typography.Text>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
