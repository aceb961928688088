import { Table, Tag } from 'antd';
import type { MouseEvent } from 'react';
import type { RequestListItem } from '../../../api/disclosure-requests';
import { ListEmpty } from '../../../components/ListEmpty';
import { ClockCell } from './ClockCell';

interface Props {
  data: { items: RequestListItem[]; total: number; page: number; pageSize: number } | undefined;
  loading: boolean;
  onOpen: (id: string) => void;
  onPage: (page: number, pageSize: number) => void;
  /** The ticked rows (kept across pages), for 导出所选. */
  selected: string[];
  onSelect: (ids: string[]) => void;
}

const STATE_COLORS: Record<string, string> = {
  pending_confirmation: 'orange',
  correction_requested: 'gold',
  consulting: 'purple',
  awaiting_fee: 'cyan',
  replied: 'blue',
  closed: 'default',
};

export function RequestsTable({ data, loading, onOpen, onPage, selected, onSelect }: Props) {
  return (
    <Table<RequestListItem>
      rowKey="id"
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        onChange: (keys) => onSelect(keys as string[]),
      }}
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="requests-table"
      locale={{ emptyText: <ListEmpty text="没有符合条件的申请" /> }}
      // Overdue rows are tinted red, as overdue is everywhere.
      onRow={(r) =>
        ({
          // A tick in the selection column selects the row; anywhere else opens it.
          onClick: (e: MouseEvent<HTMLElement>) =>
            (e.target as HTMLElement).closest('.ant-table-selection-column') || onOpen(r.id),
          style: {
            cursor: 'pointer',
            background: r.clockStatus === 'overdue' ? '#fff1f0' : undefined,
          },
          'data-testid': `request-row-${r.trackingCode}`,
        }) as object
      }
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (t) => `共 ${t} 件申请`,
        onChange: onPage,
      }}
      columns={[
        { title: '查询码', dataIndex: 'trackingCode', render: (c: string) => <code>{c}</code> },
        {
          title: '申请人',
          key: 'applicant',
          render: (_, r) => (
            <>
              {r.applicantName}
              <div style={{ color: '#888', fontSize: 12 }}>{r.applicantKindLabel}</div>
            </>
          ),
        },
        { title: '所需信息', dataIndex: 'description', ellipsis: true },
        { title: '渠道', dataIndex: 'channelLabel', width: 110 },
        {
          title: '收到申请之日',
          dataIndex: 'receivedOn',
          width: 120,
          render: (d: string | null) => d ?? <Tag color="orange">待确认</Tag>,
        },
        {
          title: '答复期限',
          key: 'due',
          width: 250,
          // While a 补正 is awaited there is no reply period: it restarts from the correction (第三十条).
          render: (_, r) =>
            r.state === 'correction_requested' ? (
              <Tag color="gold">待补正，补正后重新计算</Tag>
            ) : (
              <ClockCell due={r.replyDueOn} status={r.clockStatus} daysLeft={r.daysLeft} />
            ),
        },
        {
          title: '状态',
          key: 'state',
          width: 170,
          render: (_, r) => (
            <>
              <Tag color={STATE_COLORS[r.state]}>{r.stateLabel}</Tag>
              {r.outcomeLabel && <div style={{ fontSize: 12 }}>{r.outcomeLabel}</div>}
            </>
          ),
        },
      ]}
    />
  );
}
