import { Button, Card, InputNumber, List, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { portalDecisionsApi, type CatalogueEntry } from '../../../api/decisions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useRequest } from '../../../lib/use-request';
import { PortalShell } from '../PortalShell';

/** 重大行政决策 on the portal: drafts open for comment, published decisions and the year's catalogue. */
export default function DecisionsPortalPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const list = useRequest(() => portalDecisionsApi.list(), []);
  const cat = useRequest(() => portalDecisionsApi.catalogue(year), [year]);
  return (
    <PortalShell
      actions={
        <Link to="/portal">
          <Button ghost>返回首页</Button>
        </Link>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card variant="borderless" title="决策草案征求意见和决策公布">
          <ErrorAlert error={list.error} onRetry={list.reload} />
          <List
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <ListEmpty text="暂无正在征求意见的决策草案" /> }}
            data-testid="portal-decisions"
            renderItem={(d) => (
              <List.Item>
                <Space wrap>
                  <Link to={`/portal/decisions/${d.id}`}>{d.title}</Link>
                  {d.commentOpen ? (
                    <Tag color="green">征求意见中（至 {d.commentClosesOn}）</Tag>
                  ) : (
                    <Tag>{d.statusLabel}</Tag>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <Card
          variant="borderless"
          title={`${year}年度重大行政决策事项目录`}
          extra={
            <InputNumber
              min={2000}
              max={2100}
              value={year}
              onChange={(y) => y && setYear(y)}
              addonAfter="年"
            />
          }
        >
          <ErrorAlert error={cat.error} />
          {cat.data && (
            <Table<CatalogueEntry>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={cat.data.entries}
              data-testid="portal-catalogue"
              columns={[
                { title: '序号', dataIndex: 'seq' },
                { title: '事项名称', dataIndex: 'title' },
                { title: '决策主体', dataIndex: 'decisionBody' },
                { title: '承办科室', dataIndex: 'leadOffice' },
                {
                  title: '会同单位',
                  dataIndex: 'partners',
                  render: (v: string | null) => v ?? '—',
                },
                { title: '法律政策依据', dataIndex: 'legalBasis' },
                { title: '履行程序要求', dataIndex: 'proceduresText' },
                { title: '计划完成时间', dataIndex: 'plannedBy' },
                {
                  title: '完成情况',
                  key: 'done',
                  render: (_: unknown, e) => e.decision?.statusLabel ?? '未启动',
                },
              ]}
            />
          )}
          {cat.data && cat.data.changes.length > 0 && (
            <p style={{ marginTop: 12 }}>
              目录调整：
              {cat.data.changes
                .map((c) => `${c.changedOn} ${c.kindLabel}“${c.title}”（${c.reason}）`)
                .join('；')}
            </p>
          )}
        </Card>
      </Space>
    </PortalShell>
  );
}
