import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { litigationApi, type CaseFilters, type LitigationCase } from '../../api/litigation';
import { useAuth } from '../../auth/auth-context';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { DrillDownTags } from '../../components/DrillDownTags';
import { PagedTable } from '../../components/PagedTable';
import { filtersFromUrl } from '../../lib/url-filters';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { NewCaseModal } from './NewCaseModal';
import { optionsOf } from './options';

/** 复议应诉案件: every review and suit against the town, with filters, the ledger and 登记案件. */
export default function CasesPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [params] = useSearchParams();
  // A drill-down link (驾驶舱, 法治指标) brings its filters in the query.
  const [filters, setFilters] = useState<CaseFilters>(() =>
    filtersFromUrl(params, ['kind', 'status', 'month', 'townId'], ['year']),
  );
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const vocab = useVocabulary('litigation');
  const { data, error, loading, reload } = useRequest(
    () => litigationApi.list({ ...filters, ...page }),
    [JSON.stringify(filters), JSON.stringify(page)],
  );
  const set = (patch: Partial<CaseFilters>) => {
    setFilters({ ...filters, ...patch });
    setPage({ ...page, page: 1 });
  };
  const open = (id: string) => void navigate(`/litigation/cases/${id}`);

  return (
    <Card
      title="行政复议与行政应诉案件"
      variant="borderless"
      extra={
        <Space>
          {can('litigation.case.handle') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="litigation-create"
            >
              登记案件
            </Button>
          )}
          <ExportButton
            download={() => litigationApi.exportXlsx(filters)}
            label="导出台账"
            testId="litigation-export"
          />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder="案号或案由"
          allowClear
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 220 }}
          data-testid="litigation-filter-q"
        />
        <Select
          allowClear
          placeholder="全部类别"
          value={filters.kind}
          onChange={(kind?: string) => set({ kind })}
          options={optionsOf(vocab.data?.kinds)}
          style={{ width: 130 }}
          data-testid="litigation-filter-kind"
        />
        <Select
          allowClear
          placeholder="全部状态"
          value={filters.status}
          onChange={(status?: string) => set({ status })}
          options={optionsOf(vocab.data?.states)}
          style={{ width: 180 }}
          data-testid="litigation-filter-status"
        />
        <InputNumber
          placeholder="收案年度"
          min={2000}
          max={2100}
          value={filters.year}
          onChange={(year) => set({ year: year ?? undefined })}
          style={{ width: 110 }}
        />
        <span>
          仅政府信息公开类{' '}
          <Switch
            checked={!!filters.disclosureRelated}
            onChange={(v) => set({ disclosureRelated: v || undefined })}
          />
        </span>
        <DrillDownTags
          value={{ month: filters.month, townId: filters.townId }}
          onClear={(key) => set({ [key]: undefined })}
        />
      </Space>
      <ErrorAlert error={error ?? vocab.error} onRetry={reload} />
      <PagedTable<LitigationCase>
        rowKey="id"
        scroll={{ x: 900 }}
        loading={loading}
        data-testid="litigation-table"
        data={data}
        paging={page}
        onPaging={setPage}
        emptyText="暂无复议应诉案件"
        onOpen={(r) => open(r.id)}
        columns={[
          {
            title: '类别',
            dataIndex: 'kindLabel',
            width: 90,
            render: (l: string, r) => (
              <Tag color={r.kind === 'litigation' ? 'volcano' : 'blue'}>{l}</Tag>
            ),
          },
          { title: '案号', dataIndex: 'caseNo', width: 190 },
          {
            title: '案由',
            dataIndex: 'title',
            render: (t: string, r) => (
              <span>
                {t}
                {r.disclosureRelated && <Tag style={{ marginLeft: 6 }}>政府信息公开</Tag>}
              </span>
            ),
          },
          { title: '收到副本', dataIndex: 'receivedOn', width: 110 },
          {
            title: '答复/答辩期限',
            width: 190,
            render: (_, r) => (
              <Space size={4}>
                {r.answerDue}
                {r.answerClock && (
                  <ClockStatusTag status={r.answerClock.status} clockId={r.answerClock.id} />
                )}
              </Space>
            ),
          },
          { title: '状态', dataIndex: 'statusLabel', width: 150 },
          { title: '结果', dataIndex: 'outcomeLabel', width: 120, render: (o) => o ?? '—' },
        ]}
      />
      {creating && vocab.data && (
        <NewCaseModal vocab={vocab.data} onClose={() => setCreating(false)} onCreated={open} />
      )}
    </Card>
  );
}
