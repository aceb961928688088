import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { Page, ReviewRow } from '../../api/review';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate } from '../../lib/format';

export const CONCLUSION_COLORS: Record<string, string> = {
  lawful: 'green',
  lawful_with_suggestions: 'cyan',
  revise: 'orange',
  unlawful: 'red',
  risk_disclosed: 'purple',
};

/** 是否按期: only a statutory period makes an opinion 逾期; past the town's own period is amber. */
const TIMELINESS_COLORS: Record<string, string> = {
  on_time: 'green',
  late_town_period: 'gold',
  late_statutory: 'red',
};

/** 审查事项 / 台账 table: state, deadline light, conclusion and 文号. */
export function ReviewTable({
  data,
  loading,
  onPage,
  selected,
  onSelect,
}: {
  data: Page<ReviewRow> | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  /** The ticked rows (kept across pages), for 导出所选. */
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  return (
    <Table<ReviewRow>
      rowKey="id"
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        onChange: (keys) => onSelect(keys as string[]),
      }}
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="review-table"
      scroll={{ x: 1250 }}
      locale={{ emptyText: <ListEmpty text="没有符合条件的审查事项" testId="review-empty" /> }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (t) => `共 ${t} 项`,
        onChange: onPage,
      }}
      columns={[
        {
          title: '事项名称',
          dataIndex: 'title',
          render: (t: string, r) => (
            <Space orientation="vertical" size={0}>
              <Link to={`/review/items/${r.id}`}>{t}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.typeLabel} · {r.org.name}
                {r.channel === 'offline' ? ' · 线下审查' : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: '状态',
          dataIndex: 'stateLabel',
          width: 130,
          render: (s: string) => <Tag>{s}</Tag>,
        },
        {
          title: '审查期限',
          key: 'clock',
          width: 170,
          render: (_, r) =>
            r.clock ? (
              <Space size={4}>
                <ClockStatusTag status={r.clock.status} clockId={r.clock.id} />
                <span>{formatDate(r.clock.dueDate)}</span>
              </Space>
            ) : (
              '—'
            ),
        },
        {
          title: '意见书文号',
          dataIndex: 'docNumber',
          width: 160,
          render: (d: string | null) => d ?? '—',
        },
        { title: '出具日期', dataIndex: 'opinionIssuedOn', width: 110, render: formatDate },
        {
          title: '是否按期',
          key: 'timeliness',
          width: 150,
          render: (_, r) =>
            r.timeliness.key === 'no_period' || r.timeliness.key === 'pending' ? (
              r.timeliness.label
            ) : (
              <Tooltip title={r.timeliness.basis}>
                <Tag color={TIMELINESS_COLORS[r.timeliness.key]} data-testid="timeliness">
                  {r.timeliness.label}
                </Tag>
              </Tooltip>
            ),
        },
        {
          title: '审查结论',
          dataIndex: 'conclusionLabel',
          width: 170,
          render: (c: string | null, r) =>
            c ? <Tag color={CONCLUSION_COLORS[r.conclusion ?? '']}>{c}</Tag> : '—',
        },
      ]}
    />
  );
}
