import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { disputesApi, type Dispute, type DisputeFilters } from '../../api/disputes';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { DrillDownTags } from '../../components/DrillDownTags';
import { PagedTable } from '../../components/PagedTable';
import { filtersFromUrl } from '../../lib/url-filters';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';
import { LedgerImportModal } from './LedgerImportModal';

/** 调解台账: every dispute of the town, filtered by state and channel, with the ledger export. */
export default function DisputesPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [params] = useSearchParams();
  // A drill-down link (驾驶舱, 法治指标) brings its filters in the query.
  const [filters, setFilters] = useState<DisputeFilters>(() =>
    filtersFromUrl(params, ['status', 'channel', 'category', 'month', 'townId'], ['year']),
  );
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const vocab = useVocabulary('disputes');
  const { data, error, loading, reload } = useRequest(
    () => disputesApi.list({ ...filters, ...page }),
    [JSON.stringify(filters), JSON.stringify(page)],
  );
  const [importing, setImporting] = useState(false);
  const set = (patch: Partial<DisputeFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage({ ...page, page: 1 });
  };

  return (
    <>
      <LedgerImportModal
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) reload();
        }}
      />
      <Card
        title="矛盾纠纷调解台账"
        variant="borderless"
        extra={
          <Space wrap>
            {can('disputes.intake') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/disputes/new')}
                data-testid="disputes-create"
              >
                登记纠纷
              </Button>
            )}
            {can('disputes.intake') && (
              <Button
                icon={<ImportOutlined />}
                onClick={() => setImporting(true)}
                data-testid="disputes-import"
              >
                导入台账
              </Button>
            )}
            <ExportButton
              download={() => disputesApi.exportXlsx(filters)}
              label="导出调解台账"
              testId="disputes-export"
            />
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            placeholder="编码、事项或当事人"
            allowClear
            onSearch={(q) => set({ q: q.trim() || undefined })}
            style={{ width: 220 }}
            data-testid="disputes-filter-q"
          />
          <Select
            allowClear
            placeholder="全部状态"
            value={filters.status}
            onChange={(status?: string) => set({ status })}
            options={optionsOf(vocab.data?.states)}
            style={{ width: 170 }}
            data-testid="disputes-filter-status"
          />
          <Select
            allowClear
            placeholder="全部受理渠道"
            value={filters.channel}
            onChange={(channel?: string) => set({ channel })}
            options={optionsOf(vocab.data?.channels)}
            style={{ width: 210 }}
            data-testid="disputes-filter-channel"
          />
          <DrillDownTags value={filters} onClear={(key) => set({ [key]: undefined })} />
        </Space>
        <ErrorAlert error={error ?? vocab.error} onRetry={reload} />
        <PagedTable<Dispute>
          rowKey="id"
          scroll={{ x: 900 }}
          loading={loading}
          data-testid="disputes-table"
          data={data}
          paging={page}
          onPaging={setPage}
          emptyText="暂无矛盾纠纷"
          onOpen={(r) => void navigate(`/disputes/${r.id}`)}
          columns={[
            { title: '纠纷编码', dataIndex: 'code', width: 150 },
            { title: '受理日期', dataIndex: 'receivedOn', width: 110 },
            {
              title: '受理渠道',
              dataIndex: 'channelLabel',
              width: 170,
              render: (l: string, r) => (
                <Space size={4}>
                  {l}
                  {r.sourceLabel && <Tag>{r.sourceLabel}</Tag>}
                </Space>
              ),
            },
            { title: '纠纷事项', dataIndex: 'title' },
            {
              title: '当事人',
              width: 180,
              render: (_, r) => r.parties.map((p) => p.name).join('、'),
            },
            { title: '状态', dataIndex: 'statusLabel', width: 130 },
            { title: '调解结果', dataIndex: 'outcomeLabel', width: 150, render: (o) => o ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
