import { Button, Card, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { pufaApi, type Audience, type ContentItem, type ContentKind } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../auth/auth-context';
import { todayInShanghai } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { AUDIENCE_OPTIONS, KIND_OPTIONS } from './content-options';
import { ContentFormModal } from './ContentFormModal';
import { WithdrawContentModal } from './WithdrawContentModal';

/** 普法内容: the town's articles, videos and livestreams (桥尚法), filtered; write, publish or withdraw one. */
export default function ContentsPage() {
  const [kind, setKind] = useState<ContentKind>();
  const [audience, setAudience] = useState<Audience>();
  const [topic, setTopic] = useState('');
  const { data, error, loading, reload } = useRequest(
    () => pufaApi.contents({ kind, audience, topic: topic || undefined }),
    [kind, audience, topic],
  );
  const [adding, setAdding] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [withdrawing, setWithdrawing] = useState<ContentItem | null>(null);
  const { can } = useAuth();
  const publish = async (c: ContentItem) => {
    setFailure(null);
    try {
      await pufaApi.publishContent(c.id, todayInShanghai());
      reload();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Card
      title="普法内容"
      variant="borderless"
      extra={
        can('pufa.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="content-create">
            新增内容
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="类型"
          style={{ width: 130 }}
          options={KIND_OPTIONS}
          value={kind}
          onChange={setKind}
          data-testid="content-filter-kind"
        />
        <Select
          allowClear
          placeholder="普法对象"
          style={{ width: 160 }}
          options={AUDIENCE_OPTIONS}
          value={audience}
          onChange={setAudience}
          data-testid="content-filter-audience"
        />
        <Input.Search
          allowClear
          placeholder="主题"
          style={{ width: 180 }}
          onSearch={(v) => setTopic(v.trim())}
          data-testid="content-filter-topic"
        />
      </Space>
      <ErrorAlert error={error ?? failure} onRetry={reload} />
      <Table<ContentItem>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 1000 }}
        columns={[
          { title: '类型', dataIndex: 'kindLabel', width: 90 },
          {
            title: '标题',
            dataIndex: 'title',
            render: (t: string) => <span data-testid="content-row">{t}</span>,
          },
          { title: '主题', dataIndex: 'topic', width: 100 },
          { title: '普法对象', dataIndex: 'audienceLabel', width: 120 },
          { title: '责任单位', dataIndex: 'department', width: 140 },
          {
            title: '发布',
            width: 120,
            render: (_, c) =>
              c.state === 'published' ? (
                <Tag color="green" data-testid={`content-published-${c.title}`}>
                  {c.publishedOn}
                </Tag>
              ) : (
                <Tag
                  title={c.withdrawalReason ?? undefined}
                  data-testid={`content-state-${c.title}`}
                >
                  {c.stateLabel}
                </Tag>
              ),
          },
          { title: '阅读', dataIndex: 'views', width: 70 },
          { title: '参与人数', width: 90, render: (_, c) => c.participants ?? '—' },
          {
            title: '操作',
            width: 90,
            render: (_, c) =>
              !can('pufa.manage') ? null : c.state === 'draft' ? (
                <Popconfirm
                  title={`以今天（${todayInShanghai()}）为发布日期发布到门户？`}
                  onConfirm={() => void publish(c)}
                >
                  <Button size="small" data-testid={`content-publish-${c.title}`}>
                    发布
                  </Button>
                </Popconfirm>
              ) : (
                c.state === 'published' && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setWithdrawing(c)}
                    data-testid={`content-withdraw-${c.title}`}
                  >
                    撤回
                  </Button>
                )
              ),
          },
        ]}
      />
      <ContentFormModal open={adding} onClose={() => setAdding(false)} onDone={reload} />
      <WithdrawContentModal
        content={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={reload}
      />
    </Card>
  );
}
