import { Table, Tag } from 'antd';
import type { CaseItem } from '../../api/enforcement';
import { ListEmpty } from '../../components/ListEmpty';

interface Props {
  data: { items: CaseItem[]; total: number; page: number; pageSize: number } | undefined;
  loading: boolean;
  onOpen: (id: string) => void;
  onPage: (page: number, pageSize: number) => void;
}

const STATUS_COLORS: Record<string, string> = {
  clue: 'orange',
  investigating: 'blue',
  investigated: 'blue',
  notified: 'purple',
  hearing: 'purple',
  deciding: 'gold',
  decided: 'cyan',
  served: 'cyan',
  executed: 'green',
  closed: 'default',
  not_punished: 'default',
  withdrawn: 'default',
};

const yuan = (n: number | null) => (n === null ? '—' : `¥${n.toLocaleString('zh-CN')}`);

/** 行政处罚案件台账 on screen: one row per case, a click opens it. */
export function CasesTable({ data, loading, onOpen, onPage }: Props) {
  return (
    <Table<CaseItem>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="cases-table"
      scroll={{ x: 1300 }}
      locale={{ emptyText: <ListEmpty text="没有符合条件的案件" /> }}
      onRow={(r) =>
        ({
          onClick: () => onOpen(r.id),
          style: { cursor: 'pointer' },
          'data-testid': `case-row-${r.caseNo}`,
        }) as object
      }
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (t) => `共 ${t} 件案件`,
        onChange: onPage,
      }}
      columns={[
        { title: '案号', dataIndex: 'caseNo', width: 170 },
        { title: '案由', dataIndex: 'title', width: 260, ellipsis: true },
        { title: '当事人', dataIndex: 'partyName', width: 180, ellipsis: true },
        { title: '执法领域', dataIndex: 'fieldLabel', width: 130 },
        {
          title: '权力来源',
          key: 'basis',
          width: 180,
          render: (_, r) => (
            <>
              {r.authorityBasisLabel}
              {r.entrustingBody && (
                <div style={{ color: '#888', fontSize: 12 }}>{r.entrustingBody}</div>
              )}
            </>
          ),
        },
        { title: '线索登记', dataIndex: 'clueOn', width: 110 },
        { title: '罚款', key: 'fine', width: 110, render: (_, r) => yuan(r.fine) },
        {
          title: '状态',
          key: 'status',
          width: 160,
          render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>,
        },
      ]}
    />
  );
}
