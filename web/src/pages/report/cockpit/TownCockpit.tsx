import type { ReactNode } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { cockpitApi, type OpenItems } from '../../../api/cockpit';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { withTown } from '../../../lib/url-filters';
import { useRequest } from '../../../lib/use-request';
import { OpenItemsChart, TrendChart } from './CockpitCharts';
import { KpiCards } from './KpiCards';
import { LIGHT } from './lights';

/**
 * One town's cockpit: the year's indicators against last year's, the records per month and the open
 * items with their overdue clocks — every card, point and bar opening the records behind it. Staff
 * above the town (`orgId`) read it for the town they chose; their links keep to that town.
 */
export function TownCockpit({
  year,
  orgId,
  yearPicker,
  onBack,
}: {
  year: number;
  orgId: string | undefined;
  yearPicker: ReactNode;
  onBack?: () => void;
}) {
  const navigate = useNavigate();
  const { data, error, loading, reload } = useRequest(
    () => cockpitApi.town(year, orgId),
    [year, orgId],
  );
  const open = (web: string, extra: Record<string, string> = {}) =>
    void navigate(withTown(web, orgId ? data?.townId : undefined, extra));
  return (
    <Card
      title={data ? `${data.town}驾驶舱` : '驾驶舱'}
      variant="borderless"
      loading={loading && !data}
      extra={
        <Space>
          {onBack && (
            <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="cockpit-back">
              各乡镇
            </Button>
          )}
          {yearPicker}
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      {data && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <KpiCards indicators={data.indicators} onOpen={(web) => open(web)} />
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card size="small" title={`${data.year}年按月趋势（点击查看当月记录）`}>
                {data.trends.length ? (
                  <TrendChart cockpit={data} onOpen={(web, month) => open(web, { month })} />
                ) : (
                  <Empty description="无可查看的模块" />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={`在办与超期（截至${data.day}）`}>
                {data.modules.length ? (
                  <>
                    <OpenItemsChart cockpit={data} onOpen={(web) => open(web)} />
                    <Table<OpenItems>
                      rowKey="subjectType"
                      size="small"
                      pagination={false}
                      dataSource={data.modules}
                      data-testid="cockpit-open-table"
                      onRow={(m) =>
                        m.web ? { onClick: () => open(m.web!), style: { cursor: 'pointer' } } : {}
                      }
                      columns={[
                        { title: '模块', dataIndex: 'module' },
                        { title: '在办', dataIndex: 'open', width: 70 },
                        { title: '已超期', dataIndex: 'overdue', width: 80 },
                        {
                          title: '状态',
                          dataIndex: 'light',
                          width: 90,
                          render: (l: OpenItems['light']) => (
                            <Tag color={LIGHT[l].tag}>{LIGHT[l].label}</Tag>
                          ),
                        },
                      ]}
                    />
                  </>
                ) : (
                  <Empty description="暂无在办的期限事项" />
                )}
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </Card>
  );
}
