import { DownloadOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../../api/client';
import { annualApi, type Narrative, type StaffReport } from '../../../api/disclosure-annual';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { formatInstant, todayInShanghai } from '../../../lib/format';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';
import { ChecksPanel } from './ChecksPanel';
import { ReportBody } from './ReportBody';
import { ReviewCountsModal } from './ReviewCountsModal';

const thisYear = Number(todayInShanghai().slice(0, 4));
const YEARS = Array.from({ length: thisYear - 2019 + 1 }, (_, i) => thisYear - i).map((y) => ({
  value: y,
  label: `${y}年`,
}));

/**
 * 政府信息公开工作年度报告: figures computed from the records, the sections staff write, the checks,
 * the DOCX, and publication to the portal once every check passes.
 */
export default function AnnualReportPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear - 1);
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => annualApi.get(year, townId),
    [year, townId],
  );
  const [report, setReport] = useState<StaffReport | null>(null);
  const [text, setText] = useState<Narrative | null>(null);
  const [counting, setCounting] = useState(false);
  useEffect(() => {
    setReport(data ?? null);
    setText(data?.narrative ?? null);
  }, [data]);

  const act = async (call: () => Promise<StaffReport | void>, done: string) => {
    try {
      const r = await call();
      if (r) {
        setReport(r);
        setText(r.narrative);
      }
      message.success(done);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const editor = (key: keyof Narrative) =>
    report?.abilities.edit && text ? (
      <Input.TextArea
        autoSize={{ minRows: 3 }}
        value={text[key]}
        onChange={(e) => setText({ ...text, [key]: e.target.value })}
        data-testid={`narrative-${key}`}
      />
    ) : undefined;
  const dirty = !!(
    report &&
    text &&
    (Object.keys(text) as (keyof Narrative)[]).some((k) => text[k] !== report.narrative[k])
  );

  return (
    <Card
      title="政府信息公开工作年度报告"
      variant="borderless"
      extra={
        <Select
          value={year}
          options={YEARS}
          onChange={setYear}
          style={{ width: 110 }}
          data-testid="report-year"
        />
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !report && <PageSpin />}
      {report && report.year === year && (
        <Row gutter={24}>
          <Col xs={24} xl={17}>
            {!report.narrativeSaved && report.abilities.edit && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title="文字部分为根据统计数据生成的初稿，请修改后保存。"
              />
            )}
            <ReportBody
              r={report}
              edit={
                report.abilities.edit
                  ? {
                      overview: editor('overview'),
                      problems: editor('problems'),
                      otherMatters: editor('otherMatters'),
                    }
                  : undefined
              }
            />
          </Col>
          <Col xs={24} xl={7}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <div>
                {report.publication.status === 'published' ? (
                  <Tag color="green">
                    已发布（第 {report.publication.version} 版，
                    {formatInstant(report.publication.publishedAt)}）
                  </Tag>
                ) : (
                  <Tag>未发布</Tag>
                )}
              </div>
              {report.abilities.edit && text && (
                <Button
                  type="primary"
                  disabled={!dirty}
                  icon={<EditOutlined />}
                  onClick={() =>
                    void act(() => annualApi.saveNarrative(year, text, townId), '文字部分已保存')
                  }
                  data-testid="report-save"
                >
                  保存文字部分
                </Button>
              )}
              {report.abilities.edit && (
                <Button onClick={() => setCounting(true)} data-testid="report-counts">
                  录入复议诉讼情况（表四）
                </Button>
              )}
              <Button
                icon={<DownloadOutlined />}
                onClick={() => void act(() => annualApi.docx(year, townId), '已下载')}
                data-testid="report-docx"
              >
                下载 DOCX
              </Button>
              {report.abilities.publish && (
                <Popconfirm
                  title="发布到门户？"
                  description="发布后公众即可查阅；如需更正可重新发布（新版本）。"
                  okText="发布"
                  cancelText="取消"
                  onConfirm={() => act(() => annualApi.publish(year, townId), '已发布到门户')}
                >
                  <Button
                    type="primary"
                    icon={<SendOutlined />}
                    disabled={dirty}
                    data-testid="report-publish"
                  >
                    发布到门户
                  </Button>
                </Popconfirm>
              )}
              <ChecksPanel checks={report.checks} />
              {report.sectionFourSource ? (
                <Typography.Text type="secondary" data-testid="report-table4-source">
                  表四来源：{report.sectionFourSource}
                </Typography.Text>
              ) : (
                <Alert type="warning" showIcon title="表四尚未录入，当前按 0 计。" />
              )}
            </Space>
          </Col>
        </Row>
      )}
      {report && (
        <ReviewCountsModal
          open={counting}
          report={report}
          onClose={() => setCounting(false)}
          onSaved={(r) => setReport(r)}
        />
      )}
    </Card>
  );
}
