import { Card, Input, List, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { systemApi, type SearchHit } from '../../api/system';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { useRequest } from '../../lib/use-request';

const PAGE_SIZE = 20;

/** 全局搜索 over everything the person may see; the server filters by org scope. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const { data, error, loading, reload } = useRequest(
    () => systemApi.search(q, page),
    [q, page],
    q.length > 0,
  );

  const go = (next: { q?: string; page?: number }) =>
    setParams({ q: next.q ?? q, page: String(next.page ?? 1) });

  return (
    <Card title="全局搜索" variant="borderless">
      <Input.Search
        defaultValue={q}
        key={q}
        enterButton="搜索"
        allowClear
        size="large"
        onSearch={(v) => v.trim() && go({ q: v.trim() })}
        style={{ maxWidth: 560, marginBottom: 16 }}
        data-testid="search-input"
      />
      <ErrorAlert error={error} onRetry={reload} />
      {!q ? (
        <ListEmpty text="请输入关键词，例如事项名称、文号或当事人" />
      ) : (
        <List<SearchHit>
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="search-results"
          locale={{
            emptyText: <ListEmpty text={`没有找到与“${q}”相关的内容`} testId="search-empty" />,
          }}
          pagination={
            data && data.total > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: data.total,
                  onChange: (p) => go({ page: p }),
                  showTotal: (t) => `共 ${t} 条`,
                }
              : false
          }
          renderItem={(hit) => (
            <List.Item key={`${hit.entityType}-${hit.entityId}`}>
              <List.Item.Meta
                title={
                  <>
                    <Tag>{hit.typeLabel}</Tag>
                    <Link to={hit.link}>{hit.title}</Link>
                  </>
                }
                description={
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    {hit.snippet}
                  </Typography.Paragraph>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
