import {
  Card,
  Col,
  Grid,
  Input,
  Menu,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { portalDisclosureApi, type PublicEntry } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useRequest } from '../../../lib/use-request';
import { DisclosureShell } from './DisclosureShell';

/** 政府信息公开目录 for everyone (art 12: 索引、名称、内容概述、生成日期), by category, with Chinese full-text search. */
export default function DisclosureHomePage() {
  const [f, setF] = useState<{
    category?: string;
    q?: string;
    sort: 'date' | 'relevance';
    page: number;
    pageSize: number;
  }>({ sort: 'date', page: 1, pageSize: 20 });
  const cats = useRequest(() => portalDisclosureApi.categories(), []);
  const { data, error, loading, reload } = useRequest(
    () => portalDisclosureApi.items(f),
    [JSON.stringify(f)],
  );
  const all = cats.data?.categories.reduce((n, c) => n + c.count, 0) ?? 0;
  // On a phone the 23 categories would push the list off the first screen: offer them as a dropdown.
  const narrow = Grid.useBreakpoint().md === false;
  const choose = (key: string) =>
    setF({ ...f, category: key === 'all' ? undefined : key, page: 1 });
  const group = (g: 'art20' | 'art21', label: string) => ({
    key: g,
    type: 'group' as const,
    label,
    children: (cats.data?.categories ?? [])
      .filter((c) => c.group === g)
      .map((c) => ({
        key: c.key,
        label: `${c.label}（${c.count}）`,
        title: `${c.text}——${c.article}`,
      })),
  });
  return (
    <DisclosureShell>
      <Row gutter={[16, 16]}>
        {!narrow && (
          <Col md={7} lg={6}>
            <Card size="small" title="公开类别" variant="borderless">
              <ErrorAlert error={cats.error} onRetry={cats.reload} />
              <Menu
                mode="inline"
                selectedKeys={[f.category ?? 'all']}
                onClick={({ key }) => choose(key)}
                items={[
                  { key: 'all', label: `全部（${all}）` },
                  group('art20', '第二十条 法定主动公开'),
                  group('art21', '第二十一条 乡镇主动公开'),
                ]}
                data-testid="portal-categories"
              />
            </Card>
          </Col>
        )}
        <Col xs={24} md={17} lg={18}>
          <Card variant="borderless">
            <Space orientation="vertical" style={{ width: '100%' }}>
              {narrow && <ErrorAlert error={cats.error} onRetry={cats.reload} />}
              {narrow && (
                <Select
                  value={f.category ?? 'all'}
                  onChange={choose}
                  aria-label="公开类别"
                  style={{ width: '100%' }}
                  options={[
                    { value: 'all', label: `全部类别（${all}）` },
                    ...(['art20', 'art21'] as const).map((g) => ({
                      label: g === 'art20' ? '第二十条 法定主动公开' : '第二十一条 乡镇主动公开',
                      options: (cats.data?.categories ?? [])
                        .filter((c) => c.group === g)
                        .map((c) => ({ value: c.key, label: `${c.label}（${c.count}）` })),
                    })),
                  ]}
                  data-testid="portal-category-select"
                />
              )}
              <Input.Search
                placeholder="输入关键词检索，如：征地补偿、宅基地、低保"
                enterButton="检索"
                allowClear
                size="large"
                onSearch={(q) => setF({ ...f, q: q.trim() || undefined, page: 1 })}
                data-testid="portal-search"
              />
              {f.q && (
                <Radio.Group
                  size="small"
                  value={f.sort}
                  onChange={(e) =>
                    setF({ ...f, sort: e.target.value as 'date' | 'relevance', page: 1 })
                  }
                  options={[
                    { value: 'date', label: '按时间' },
                    { value: 'relevance', label: '按相关度' },
                  ]}
                  optionType="button"
                />
              )}
              <ErrorAlert error={error} onRetry={reload} />
              <Table<PublicEntry>
                rowKey="id"
                size="middle"
                loading={loading}
                dataSource={data?.items ?? []}
                tableLayout="fixed"
                data-testid="portal-catalogue"
                locale={{
                  emptyText: <ListEmpty text={f.q ? '没有检索到相关信息' : '该类别暂无公开信息'} />,
                }}
                pagination={{
                  current: f.page,
                  pageSize: f.pageSize,
                  total: data?.total ?? 0,
                  showSizeChanger: false,
                  showTotal: (t) => `共 ${t} 条`,
                  onChange: (page) => setF({ ...f, page }),
                }}
                columns={[
                  { title: '索引号', dataIndex: 'indexNo', width: 200, responsive: ['lg'] },
                  {
                    title: '名称',
                    dataIndex: 'title',
                    render: (t: string, r) => (
                      <>
                        <Link to={`/portal/disclosure/items/${r.id}`}>{t}</Link>
                        {r.kind === 'interpretation' && (
                          <Tag color="purple" style={{ marginLeft: 6 }}>
                            解读
                          </Tag>
                        )}
                        {r.abolishedOn && <Tag style={{ marginLeft: 6 }}>已废止</Tag>}
                        <Typography.Paragraph
                          type="secondary"
                          ellipsis={{ rows: 1 }}
                          style={{ margin: 0, fontSize: 12 }}
                        >
                          {narrow ? `${r.createdOn} · ${r.summary}` : r.summary}
                        </Typography.Paragraph>
                      </>
                    ),
                  },
                  { title: '生成日期', dataIndex: 'createdOn', width: 110, responsive: ['md'] },
                ]}
              />
            </Space>
          </Card>
        </Col>
      </Row>
    </DisclosureShell>
  );
}
