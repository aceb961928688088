import { Card, Col, InputNumber, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { decisionsApi, type Decision } from '../../api/decisions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';
import { CommentSmsSwitch } from './CommentSmsSwitch';

/** 重大行政决策: the town's decisions by catalogue year and state, with the year's figures counted from records. */
export default function DecisionsPage() {
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1);
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const vocab = useVocabulary('decisions');
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => decisionsApi.list({ year, status, ...page }),
    [year, status, JSON.stringify(page)],
  );
  const stats = useRequest(
    () => decisionsApi.stats({ year, ...(townId ? { orgId: townId } : {}) }),
    [year, townId],
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card variant="borderless" title={`${year}年度重大行政决策`}>
        <ErrorAlert error={stats.error} />
        <Row gutter={16} data-testid="decisions-stats">
          {stats.data &&
            (
              [
                ['目录事项', stats.data.catalogue.entries, '年度决策事项目录中的事项（不含撤销）'],
                ['作出决策', stats.data.made.count, stats.data.made.definition],
                ['报送备案', stats.data.filed.count, stats.data.filed.definition],
                ['向社会公布', stats.data.published.count, stats.data.published.definition],
              ] as const
            ).map(([title, value, hint]) => (
              <Col xs={12} md={6} key={title}>
                <Statistic title={<span title={hint}>{title}</span>} value={value} suffix="项" />
              </Col>
            ))}
        </Row>
      </Card>
      <Card
        variant="borderless"
        title="决策事项"
        extra={
          <Space size="large">
            <CommentSmsSwitch />
            <Link to="/decisions/catalogue">决策事项目录</Link>
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
            addonAfter="年度"
            data-testid="decisions-year"
          />
          <Select
            allowClear
            placeholder="全部状态"
            value={status}
            onChange={(s?: string) => setStatus(s)}
            options={optionsOf(vocab.data?.states)}
            style={{ width: 200 }}
          />
        </Space>
        <ErrorAlert error={error} onRetry={reload} />
        <Table<Decision>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="decisions-table"
          locale={{ emptyText: <ListEmpty text="本年度暂无决策事项，请从决策事项目录提出" /> }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            onChange: (p) => setPage({ ...page, page: p }),
          }}
          columns={[
            {
              title: '事项名称',
              dataIndex: 'title',
              render: (t: string, d) => <Link to={`/decisions/${d.id}`}>{t}</Link>,
            },
            { title: '承办单位', dataIndex: 'leadOffice', render: (v: string | null) => v ?? '—' },
            { title: '状态', dataIndex: 'statusLabel', render: (v: string) => <Tag>{v}</Tag> },
            { title: '决定日期', dataIndex: 'decidedOn', render: (v: string | null) => v ?? '—' },
            { title: '公布日期', dataIndex: 'publishedOn', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
