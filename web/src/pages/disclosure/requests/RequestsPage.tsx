import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { requestsApi, type RequestFilters } from '../../../api/disclosure-requests';
import { DrillDownTags } from '../../../components/DrillDownTags';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTown } from '../../../lib/town';
import { filtersFromUrl } from '../../../lib/url-filters';
import { useRequest } from '../../../lib/use-request';
import { useVocabulary } from '../../../lib/use-vocabulary';
import { RegisterModal } from './RegisterModal';
import { RepeatRepliesModal } from './RepeatRepliesModal';
import { RequestDrawer } from './RequestDrawer';
import { RequestFiltersBar } from './RequestFiltersBar';
import { RequestsTable } from './RequestsTable';
import { SettingsModal } from './SettingsModal';
import { ExportButton } from '../../../components/ExportButton';

/** 依申请公开办理: the office's queue with the statutory clocks, the ledger export and each application. */
export default function RequestsPage() {
  const [params, setParams] = useSearchParams();
  // A drill-down link (驾驶舱) brings its month and year in the query.
  const [filters, setFilters] = useState<RequestFilters>(() => ({
    ...filtersFromUrl(params, ['month'], ['year']),
    page: 1,
    pageSize: 20,
  }));
  const [registering, setRegistering] = useState(false);
  const [settings, setSettings] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [repeating, setRepeating] = useState(false);
  const { message, modal } = App.useApp();
  const vocab = useVocabulary('requests');
  const { townId } = useTown();
  const query = { ...filters, orgId: townId };
  const { data, error, loading, reload } = useRequest(
    () => requestsApi.list(query),
    [JSON.stringify(query)],
  );
  const openId = params.get('focus');
  const open = (id: string | null) => setParams(id ? { focus: id } : {});

  return (
    <Card
      title="依申请公开办理"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.register && vocab.data && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
              data-testid="request-register"
            >
              登记申请
            </Button>
          )}
          <ExportButton
            download={() => requestsApi.exportXlsx(query)}
            label="导出台账"
            testId="requests-export"
          />
          {selected.length > 0 && (
            <ExportButton
              download={() => requestsApi.exportSelected(selected, townId)}
              label={`导出所选（${selected.length}）`}
              testId="requests-export-selected"
            />
          )}
          {selected.length > 0 && data?.abilities.repeatReplies && (
            <Button onClick={() => setRepeating(true)} data-testid="requests-repeat">
              合并重复申请（{selected.length}）
            </Button>
          )}
          {data?.abilities.settings && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => setSettings(true)}
              data-testid="requests-settings"
            >
              办理参数
            </Button>
          )}
        </Space>
      }
    >
      <RequestFiltersBar
        value={filters}
        vocab={vocab.data}
        onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
      />
      <DrillDownTags
        value={{ month: filters.month }}
        onClear={() => setFilters({ ...filters, month: undefined, page: 1 })}
      />
      <ErrorAlert error={error ?? vocab.error} onRetry={reload} />
      <RequestsTable
        data={data}
        loading={loading}
        onOpen={open}
        selected={selected}
        onSelect={setSelected}
        onPage={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
      />
      {vocab.data && (
        <RequestDrawer
          id={openId}
          vocab={vocab.data}
          onClose={() => open(null)}
          onChanged={reload}
        />
      )}
      {vocab.data && (
        <RegisterModal
          open={registering}
          vocab={vocab.data}
          onClose={() => setRegistering(false)}
          onCreated={(id) => {
            reload();
            open(id);
          }}
        />
      )}
      <SettingsModal open={settings} onClose={() => setSettings(false)} />
      {repeating && (
        <RepeatRepliesModal
          ids={selected}
          onClose={() => setRepeating(false)}
          onDone={(r) => {
            setSelected([]);
            reload();
            if (r.refused.length === 0) void message.success(`已答复 ${r.replied.length} 件`);
            else
              modal.warning({
                title: `已答复 ${r.replied.length} 件，${r.refused.length} 件未答复`,
                content: (
                  <ul data-testid="repeat-refused">
                    {r.refused.map((x) => (
                      <li key={x.id}>
                        {data?.items.find((i) => i.id === x.id)?.trackingCode ?? x.id}：{x.message}
                      </li>
                    ))}
                  </ul>
                ),
              });
          }}
        />
      )}
    </Card>
  );
}
