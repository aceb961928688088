import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../../api/client';
import { proactiveApi, type AnnualStatsInput } from '../../../api/disclosure-proactive';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear - i);

interface Values extends Omit<AnnualStatsInput, 'feesFen'> {
  feesYuan: number;
}

/** 表二 (section 二) of the annual report: block (一) from the catalogue, the others from figures entered with their source. */
export default function FiguresPage() {
  const { message } = App.useApp();
  const canEdit = useAuth().can('disclosure.stats.manage');
  const [year, setYear] = useState(thisYear - (new Date().getMonth() < 3 ? 1 : 0));
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => proactiveApi.figures(year, townId),
    [year, townId],
  );
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!data) return;
    form.setFieldsValue({
      licensingDecisions: data.article20Item5.licensingDecisions,
      penaltyDecisions: data.article20Item6.penaltyDecisions,
      coercionDecisions: data.article20Item6.coercionDecisions,
      feesYuan: data.article20Item8.feesFen / 100,
      licensingSource: data.sources.licensing ?? '',
      penaltySource: data.sources.penalties ?? '',
      coercionSource: data.sources.coercion ?? '',
      feesSource: data.sources.fees ?? '',
    });
  }, [data, form]);

  const save = async () => {
    const { feesYuan, ...v } = await form.validateFields();
    try {
      await proactiveApi.saveStats(year, { ...v, feesFen: Math.round(feesYuan * 100) }, townId);
      message.success('已保存');
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const i1 = data?.article20Item1;
  const rows =
    data && i1
      ? [
          {
            key: 'r',
            block: '第二十条第（一）项',
            name: '规章',
            a: i1.rules.issued,
            b: i1.rules.abolished,
            c: i1.rules.inForce,
          },
          {
            key: 'n',
            block: '第二十条第（一）项',
            name: '行政规范性文件',
            a: i1.normativeDocuments.issued,
            b: i1.normativeDocuments.abolished,
            c: i1.normativeDocuments.inForce,
          },
        ]
      : [];
  const pair = (label: string, n: string, s: string, suffix = '件') => (
    <Row gutter={8}>
      <Col span={8}>
        <Form.Item label={label} name={n} rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={0} addonAfter={suffix} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item
          label="数据来源"
          name={s}
          rules={[{ required: true, whitespace: true, message: '请注明数据来源' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Col>
    </Row>
  );

  return (
    <Card
      title="年度报告表二：主动公开政府信息情况"
      variant="borderless"
      extra={
        <Select
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))}
          data-testid="figures-year"
        />
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        loading={loading}
        dataSource={rows}
        data-testid="figures-table"
        columns={[
          { title: '', dataIndex: 'block', width: 160 },
          { title: '信息内容', dataIndex: 'name' },
          { title: '本年制发件数', dataIndex: 'a' },
          { title: '本年废止件数', dataIndex: 'b' },
          { title: '现行有效件数', dataIndex: 'c' },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        第（一）项按目录中“规范性文件”类已公开信息的制发日期、废止日期统计。
      </Typography.Paragraph>
      {data && (
        <Descriptions bordered size="small" column={1} style={{ margin: '16px 0' }}>
          <Descriptions.Item label="第二十条第（五）项 行政许可 本年处理决定数量">
            {data.article20Item5.licensingDecisions}
          </Descriptions.Item>
          <Descriptions.Item label="第二十条第（六）项 行政处罚 本年处理决定数量">
            {data.article20Item6.penaltyDecisions}
            {data.sources.penalties && (
              <Typography.Text type="secondary" data-testid="penalty-source">
                {' '}
                （来源：{data.sources.penalties}）
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="第二十条第（六）项 行政强制 本年处理决定数量">
            {data.article20Item6.coercionDecisions}
          </Descriptions.Item>
          <Descriptions.Item label="第二十条第（八）项 行政事业性收费 本年收费金额（万元）">
            {data.article20Item8.feesWan.toFixed(4)}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="vertical" disabled={!canEdit}>
        {pair('行政许可决定数', 'licensingDecisions', 'licensingSource')}
        {pair('行政处罚决定数', 'penaltyDecisions', 'penaltySource')}
        {pair('行政强制决定数', 'coercionDecisions', 'coercionSource')}
        {pair('行政事业性收费金额', 'feesYuan', 'feesSource', '元')}
      </Form>
      {canEdit && (
        <Button type="primary" onClick={() => void save()} data-testid="figures-save">
          保存 {year} 年数据
        </Button>
      )}
    </Card>
  );
}
