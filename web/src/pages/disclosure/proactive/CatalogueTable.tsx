import { Table, Tag, Tooltip, Typography } from 'antd';
import type { CatalogueItem } from '../../../api/disclosure-proactive';
import { ClockStatusTag } from '../../../components/ClockStatusTag';
import { ListEmpty } from '../../../components/ListEmpty';

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  in_review: 'processing',
  published: 'green',
  withheld: 'orange',
  superseded: 'default',
  withdrawn: 'default',
};

/** The art 26 period of an entry: the traffic light while it is pending, whether it made it once published. */
export function ClockCell({ item }: { item: CatalogueItem }) {
  const c = item.clock;
  if (!c) return <>—</>;
  // A withheld or withdrawn entry's clock stopped without a publication: nothing to judge.
  if (c.status === 'stopped')
    return c.inTime === false ? (
      <Tag color="red">超期公开</Tag>
    ) : c.inTime ? (
      <Tag color="blue">按期公开</Tag>
    ) : (
      <>—</>
    );
  // The tag's popover explains the date and cites 第二十六条 with the counting rules.
  return (
    <span>
      <ClockStatusTag status={c.status} clockId={c.id} />{' '}
      <Tooltip title={`${c.basis}：${c.dueDate} 前公开`}>
        <Typography.Text type={c.status === 'overdue' ? 'danger' : 'secondary'}>
          {c.dueDate}
        </Typography.Text>
      </Tooltip>
    </span>
  );
}

interface Props {
  data: { items: CatalogueItem[]; total: number; page: number; pageSize: number } | undefined;
  loading: boolean;
  onOpen: (id: string) => void;
  onPage: (page: number, pageSize: number) => void;
}

export function CatalogueTable({ data, loading, onOpen, onPage }: Props) {
  return (
    <Table<CatalogueItem>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="catalogue-table"
      scroll={{ x: 1250 }}
      locale={{ emptyText: <ListEmpty text="没有符合条件的公开信息" /> }}
      onRow={(r) => ({
        onClick: () => onOpen(r.id),
        style: {
          cursor: 'pointer',
          background: r.clock?.status === 'overdue' ? '#fff1f0' : undefined,
        },
        'data-testid': `catalogue-row-${r.id}`,
      })}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (t) => `共 ${t} 条`,
        onChange: onPage,
      }}
      columns={[
        {
          title: '索引号',
          dataIndex: 'indexNo',
          width: 210,
          render: (v: string) => <code>{v}</code>,
        },
        {
          title: '名称',
          dataIndex: 'title',
          width: 320,
          render: (t: string, r) => (
            <>
              {r.kind === 'interpretation' && <Tag color="purple">解读</Tag>}
              {t}
              {r.abolishedOn && <Tag style={{ marginLeft: 4 }}>已废止</Tag>}
            </>
          ),
        },
        {
          title: '类别',
          dataIndex: 'categoryLabel',
          width: 130,
          render: (l: string, r) => <Tooltip title={r.categoryArticle}>{l}</Tooltip>,
        },
        { title: '生成日期', dataIndex: 'createdOn', width: 110 },
        {
          title: '状态',
          dataIndex: 'statusLabel',
          width: 110,
          render: (l: string, r) => <Tag color={STATUS_COLORS[r.status]}>{l}</Tag>,
        },
        { title: '公开期限', key: 'clock', width: 190, render: (_, r) => <ClockCell item={r} /> },
        {
          title: '公开日期',
          dataIndex: 'publishedOn',
          width: 110,
          render: (v: string | null) => v ?? '—',
        },
        { title: '起草人', dataIndex: 'authorName', width: 90 },
      ]}
    />
  );
}
