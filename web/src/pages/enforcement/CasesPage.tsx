import { PlusOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { enforcementApi, type CaseFilters } from '../../api/enforcement';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DrillDownTags } from '../../components/DrillDownTags';
import { ExportButton } from '../../components/ExportButton';
import { filtersFromUrl } from '../../lib/url-filters';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { CaseFiltersBar } from './CaseFiltersBar';
import { CasesTable } from './CasesTable';
import { CaseImportModal } from './CaseImportModal';
import { NewCaseModal } from './NewCaseModal';
import { SettingsModal } from './SettingsModal';

/** 行政处罚案件: the team's cases with filters, the XLSX ledger, and 登记线索. */
export default function CasesPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // A drill-down link (驾驶舱, 法治指标) brings its filters in the query.
  const [filters, setFilters] = useState<CaseFilters>(() => ({
    ...filtersFromUrl(
      params,
      ['status', 'field', 'authorityBasis', 'month', 'townId'],
      ['year', 'decidedYear'],
    ),
    page: 1,
    pageSize: 20,
  }));
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState(false);
  const [importing, setImporting] = useState(false);
  const { can, user } = useAuth();
  const vocab = useVocabulary('enforcement');
  const { data, error, loading, reload } = useRequest(
    () => enforcementApi.list(filters),
    [JSON.stringify(filters)],
  );
  const open = (id: string) => void navigate(`/enforcement/cases/${id}`);

  return (
    <Card
      title="行政处罚案件"
      variant="borderless"
      extra={
        <Space>
          {can('enforcement.case.handle') && vocab.data && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="case-create"
            >
              登记线索
            </Button>
          )}
          {can('enforcement.case.handle') && user?.town && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="case-import"
            >
              导入台账
            </Button>
          )}
          <ExportButton
            download={() => enforcementApi.exportXlsx(filters)}
            label="导出台账"
            testId="cases-export"
          />
          {can('enforcement.settings.manage') && user?.town && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => setSettings(true)}
              data-testid="enforcement-settings"
            >
              处罚参数
            </Button>
          )}
        </Space>
      }
    >
      <CaseFiltersBar
        value={filters}
        vocab={vocab.data}
        onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
      />
      <DrillDownTags
        value={{ decidedYear: filters.decidedYear, month: filters.month, townId: filters.townId }}
        onClear={(key) => setFilters({ ...filters, [key]: undefined, page: 1 })}
      />
      <ErrorAlert error={error ?? vocab.error} onRetry={reload} />
      <CasesTable
        data={data}
        loading={loading}
        onOpen={open}
        onPage={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
      />
      {vocab.data && creating && (
        <NewCaseModal vocab={vocab.data} onClose={() => setCreating(false)} onCreated={open} />
      )}
      {settings && <SettingsModal onClose={() => setSettings(false)} />}
      <CaseImportModal open={importing} onClose={() => setImporting(false)} onImported={reload} />
    </Card>
  );
}
