import {
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { reportApi, type LawReport } from '../../api/report';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkflowActions, type WorkflowStep } from '../../components/WorkflowActions';
import { WorkflowPath } from '../../components/WorkflowPath';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';

const STEPS: { key: string; label: string; primary?: boolean; danger?: boolean }[] = [
  { key: 'submit', label: '提交审定', primary: true },
  { key: 'approve', label: '审定通过', primary: true },
  { key: 'return', label: '退回修改', danger: true },
  { key: 'publish', label: '门户公开', primary: true },
  { key: 'report', label: '报送上级', primary: true },
];

/** The check's findings: typed numbers and placeholders without a figure, paragraph by paragraph. */
function CheckPanel({ report }: { report: LawReport }) {
  const { typed, placeholders, problems } = report.check;
  if (!problems)
    return (
      <Alert
        type="success"
        showIcon
        message="数字校验通过：正文中的数字均绑定指标"
        data-testid="report-check-ok"
      />
    );
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="report-check"
      message={`数字校验：${problems}处问题（提交审定前须改正）`}
      description={
        <List
          size="small"
          dataSource={[
            ...typed.map((t) => `〔${t.paragraphId}〕手工输入的数字“${t.text}”：${t.context}`),
            ...placeholders.map((p) => `〔${p.paragraphId}〕${p.message}`),
          ]}
          renderItem={(t) => <List.Item>{t}</List.Item>}
        />
      }
    />
  );
}

/**
 * 法治政府建设年度报告: the seed's structure with the paragraphs staff write, each number a placeholder
 * bound to an indicator (插入指标), the check, the DOCX, and the steps 提交审定 → 审定 → 公开 → 报送.
 */
export default function ReportPage() {
  const [params, setParams] = useSearchParams();
  // The report is written after its year: last year by default.
  const year = Number(params.get('year')) || Number(todayInShanghai().slice(0, 4)) - 1;
  const setYear = (y: number) => setParams({ year: String(y) });
  const { townId, townName } = useTown();
  const { can } = useAuth();
  const { data, error, loading, reload } = useRequest(
    () => reportApi.get(year, townId),
    [year, townId],
  );
  const indicators = useRequest(() => reportApi.indicators(year, townId), [year, townId]);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const focus = useRef<{ id: string; at: number } | null>(null);
  const editable = !!data && data.status === 'draft' && can('report.edit');
  const textOf = (id: string, fallback: string) => edits[id] ?? fallback;

  const insert = () => {
    if (!chosen || !focus.current || !data) return;
    const { id, at } = focus.current;
    const current = textOf(id, data.blocks.find((b) => b.id === id)?.text ?? '');
    const token = `{{${chosen}}}`;
    setEdits({ ...edits, [id]: current.slice(0, at) + token + current.slice(at) });
    focus.current = { id, at: at + token.length };
  };
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      await reportApi.save(year, { paragraphs: edits, ...(townId ? { orgId: townId } : {}) });
      setEdits({});
      reload();
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };
  const steps: WorkflowStep[] = STEPS.map((s) => ({
    ...s,
    show: !!data?.abilities.includes(s.key),
    testId: `report-${s.key}`,
    run: () => reportApi.step(data!.id!, s.key),
  }));

  return (
    <Card
      title={`法治政府建设年度报告${townName ? `（${townName}）` : ''}`}
      variant="borderless"
      loading={loading && !data}
      extra={
        <Space>
          年度
          <InputNumber min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
          {data && <Tag data-testid="report-status">{data.statusLabel}</Tag>}
          <Button onClick={() => void reportApi.docx(year, townId)} data-testid="report-docx">
            下载 DOCX
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={error ?? saveError} onRetry={reload} />
      {data && (
        <>
          {data.id && (
            <WorkflowActions steps={steps} blocked={data.blocked} onDone={() => reload()} />
          )}
          <CheckPanel report={data} />
          {editable && (
            <Space style={{ margin: '16px 0' }} wrap>
              <Select
                showSearch
                style={{ width: 360 }}
                placeholder="选择指标，插入到光标处"
                value={chosen}
                onChange={setChosen}
                optionFilterProp="label"
                options={(indicators.data?.indicators ?? []).map((i) => ({
                  value: i.key,
                  label: `${i.figure ?? ''} ${i.name}（${i.value ?? '暂无'}）`,
                }))}
                data-testid="report-indicator"
              />
              <Button onClick={insert} data-testid="report-insert">
                插入指标
              </Button>
              <Button
                type="primary"
                loading={saving}
                onClick={() => void save()}
                data-testid="report-save"
              >
                保存草稿
              </Button>
            </Space>
          )}
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {data.title}
          </Typography.Title>
          {data.blocks.map((b, n) =>
            b.kind !== 'paragraph' ? (
              <Typography.Title key={n} level={5} style={{ marginTop: 16 }}>
                {b.text}
              </Typography.Title>
            ) : editable ? (
              <Input.TextArea
                key={b.id}
                autoSize
                value={textOf(b.id!, b.text)}
                onChange={(e) => setEdits({ ...edits, [b.id!]: e.target.value })}
                onSelect={(e) =>
                  (focus.current = { id: b.id!, at: e.currentTarget.selectionStart })
                }
                style={{ marginBottom: 8 }}
                data-testid={`report-paragraph-${b.id}`}
              />
            ) : (
              <Typography.Paragraph
                key={b.id}
                style={{ whiteSpace: 'pre-line', textIndent: '2em' }}
              >
                {b.rendered}
              </Typography.Paragraph>
            ),
          )}
          <WorkflowPath path={data.path} ahead={data.ahead} />
        </>
      )}
    </Card>
  );
}
