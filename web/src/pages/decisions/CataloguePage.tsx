import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { decisionsApi, type Catalogue, type CatalogueEntry } from '../../api/decisions';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { EntryForm } from './EntryForm';

type Values = Record<string, unknown>;
type Dialog =
  | { kind: 'entry'; entry?: CatalogueEntry }
  | { kind: 'approve' }
  | { kind: 'publish' }
  | { kind: 'launch'; entry: CatalogueEntry };

const filled = (v: Values) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
const BASIS = '《重大行政决策程序暂行条例》第三条、《宁波市法治乡村建设促进条例》第十二条';

/** 决策事项目录: the year's catalogue with its columns, Party committee approval, publication and adjustments. */
export default function CataloguePage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const vocab = useVocabulary('decisions');
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { townId } = useTown();
  const {
    data,
    error: loadError,
    loading,
    reload,
  } = useRequest(() => decisionsApi.catalogues(townId ? { orgId: townId } : {}), [townId]);
  const cat: Catalogue | undefined = data?.items.find((c) => c.year === year);
  const handle = can('decisions.handle');
  const today = todayInShanghai();
  const close = () => setDialog(null);
  const done = async <T,>(p: Promise<T>) => {
    const r = await p;
    reload();
    return r;
  };
  const create = async () => {
    setError(null);
    try {
      await done(decisionsApi.createCatalogue(year));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card
      variant="borderless"
      title="重大行政决策事项目录"
      extra={
        <Space>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
            addonAfter="年度"
            data-testid="catalogue-year"
          />
          {handle && !cat && (
            <Button type="primary" onClick={() => void create()} data-testid="catalogue-create">
              编制目录
            </Button>
          )}
          {cat && handle && (
            <Button onClick={() => setDialog({ kind: 'entry' })} data-testid="catalogue-add">
              新增事项
            </Button>
          )}
          {cat?.status === 'draft' && can('decisions.decide') && (
            <Button
              type="primary"
              onClick={() => setDialog({ kind: 'approve' })}
              data-testid="catalogue-approve"
            >
              记录党委同意
            </Button>
          )}
          {cat?.status === 'approved' && handle && (
            <Button
              type="primary"
              onClick={() => setDialog({ kind: 'publish' })}
              data-testid="catalogue-publish"
            >
              公布目录
            </Button>
          )}
        </Space>
      }
    >
      <ErrorAlert error={loadError ?? error} onRetry={reload} />
      {cat ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="状态">
            <Tag data-testid="catalogue-status">{cat.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="同意">
            {cat.approvedOn ? `${cat.approvedOn} ${cat.approvedBy}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="公布">{cat.publishedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${year}年度决策事项目录尚未编制`}
          description={`决策机关应制定决策事项目录，经同级党委同意后向社会公布（${BASIS}）。`}
        />
      )}
      <Table<CatalogueEntry>
        rowKey="id"
        loading={loading}
        dataSource={cat?.entries ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="catalogue-entries"
        locale={{ emptyText: <ListEmpty text="目录中暂无事项" /> }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 60 },
          {
            title: '事项名称',
            dataIndex: 'title',
            render: (t: string, e) => (e.withdrawn ? <s>{t}</s> : t),
          },
          { title: '决策主体', dataIndex: 'decisionBody' },
          { title: '承办科室', dataIndex: 'leadOffice' },
          { title: '会同单位', dataIndex: 'partners', render: (v: string | null) => v ?? '—' },
          { title: '法律政策依据', dataIndex: 'legalBasis' },
          { title: '履行程序要求', dataIndex: 'proceduresText' },
          { title: '计划完成时间', dataIndex: 'plannedBy' },
          {
            title: '决策',
            key: 'decision',
            render: (_: unknown, e) =>
              e.decision?.id ? (
                <Link to={`/decisions/${e.decision.id}`}>{e.decision.statusLabel}</Link>
              ) : e.withdrawn ? (
                <Tag>已撤销</Tag>
              ) : (
                <Space>
                  {handle && cat?.status !== 'draft' && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'launch', entry: e })}
                      data-testid={`entry-propose-${e.seq}`}
                    >
                      提出决策
                    </Button>
                  )}
                  {handle && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'entry', entry: e })}
                    >
                      调整
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {cat && cat.changes.length > 0 && (
        <Card
          size="small"
          title="目录调整记录"
          style={{ marginTop: 16 }}
          data-testid="catalogue-changes"
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={cat.changes}
            columns={[
              { title: '日期', dataIndex: 'changedOn' },
              { title: '类别', dataIndex: 'kindLabel' },
              { title: '事项', dataIndex: 'title' },
              { title: '理由', dataIndex: 'reason' },
            ]}
          />
        </Card>
      )}
      {cat && dialog?.kind === 'entry' && (
        <StepModal<Values>
          open
          title={dialog.entry ? `调整事项：${dialog.entry.title}` : '新增目录事项'}
          testId="entry-modal"
          onClose={close}
          initialValues={
            dialog.entry
              ? { ...dialog.entry, partners: dialog.entry.partners ?? undefined }
              : {
                  decisionBody: `${data?.town ?? ''}人民政府`,
                  procedures: ['public_participation'],
                  affectsMarket: false,
                }
          }
          onSubmit={(v) => {
            const body = filled(v);
            return done<unknown>(
              dialog.entry
                ? decisionsApi.entryStep(dialog.entry.id, 'adjust', body)
                : decisionsApi.addEntry(cat.id, { procedures: [], ...body }),
            );
          }}
        >
          <EntryForm
            procedures={vocab.data?.procedures}
            needsReason={cat.status !== 'draft' || !!dialog.entry}
          />
        </StepModal>
      )}
      {cat && dialog?.kind === 'approve' && (
        <StepModal<Values>
          open
          title="记录同级党委同意"
          testId="approve-modal"
          onClose={close}
          initialValues={{ approvedOn: today }}
          onSubmit={(v) => done(decisionsApi.catalogueStep(cat.id, 'approve', v))}
        >
          <Form.Item
            name="approvedOn"
            label="同意日期"
            rules={[{ required: true, message: '请填写日期' }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="approvedBy"
            label="会议"
            rules={[{ required: true, message: '请填写会议' }]}
          >
            <Input placeholder="如：镇党委会议（2025年第3次）" data-testid="approve-meeting" />
          </Form.Item>
        </StepModal>
      )}
      {cat && dialog?.kind === 'publish' && (
        <StepModal<Values>
          open
          title="公布决策事项目录"
          testId="publish-modal"
          onClose={close}
          initialValues={{ publishedOn: today }}
          onSubmit={(v) => done(decisionsApi.catalogueStep(cat.id, 'publish', v))}
        >
          <Form.Item
            name="publishedOn"
            label="公布日期"
            rules={[{ required: true, message: '请填写日期' }]}
          >
            <Input type="date" />
          </Form.Item>
        </StepModal>
      )}
      {dialog?.kind === 'launch' && (
        <StepModal<Values>
          open
          title={`提出决策：${dialog.entry.title}`}
          testId="propose-modal"
          onClose={close}
          initialValues={{ proposedOn: today }}
          onSubmit={async (v) => {
            const d = await decisionsApi.create({ entryId: dialog.entry.id, ...v });
            void navigate(`/decisions/${d.id}`);
          }}
        >
          <Form.Item
            name="proposedOn"
            label="提出日期"
            rules={[{ required: true, message: '请填写日期' }]}
          >
            <Input type="date" />
          </Form.Item>
        </StepModal>
      )}
    </Card>
  );
}
