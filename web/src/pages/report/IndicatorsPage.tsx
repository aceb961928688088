import { Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { reportApi, type Indicator } from '../../api/report';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useRequest } from '../../lib/use-request';

const UNIT: Record<Indicator['unit'], string> = { count: '', yuan: '元', percent: '%' };
const MODULE: Record<string, string> = {
  review: '合法性审查',
  enforcement: '行政执法',
  disputes: '矛盾纠纷调解',
  litigation: '复议应诉',
  entered: '录入',
};

const shown = (v: number | null, unit: Indicator['unit']) =>
  v === null ? '—' : `${v.toLocaleString('zh-CN')}${UNIT[unit]}`;

/**
 * 法治指标: every figure of the annual report for a town and year — computed from the records (with a
 * link to the records behind it) apart from the entered ones (with their source document) — with last
 * year's value and the change.
 */
export default function IndicatorsPage() {
  const [params, setParams] = useSearchParams();
  // The report is written after its year: last year by default.
  const year = Number(params.get('year')) || Number(todayInShanghai().slice(0, 4)) - 1;
  const setYear = (y: number) => setParams({ year: String(y) });
  const [entering, setEntering] = useState<Indicator | null>(null);
  const { townId, townName } = useTown();
  const { can } = useAuth();
  const { data, error, loading, reload } = useRequest(
    () => reportApi.indicators(year, townId),
    [year, townId],
  );
  const [form] = Form.useForm();
  const submit = useFormSubmit(
    form,
    () => setEntering(null),
    (v: Record<string, unknown>) =>
      reportApi.enter(year, { ...v, key: entering!.key, ...(townId ? { orgId: townId } : {}) }),
    reload,
  );
  const columns = (entered: boolean) => [
    { title: '报告序号', dataIndex: 'figure', width: 80 },
    {
      title: '指标',
      key: 'name',
      render: (_: unknown, i: Indicator) => (
        <Space direction="vertical" size={0}>
          <span>{i.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.definition}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '本期',
      key: 'value',
      width: 140,
      render: (_: unknown, i: Indicator) => (
        <span data-testid={`indicator-${i.key}`}>
          {shown(i.value, i.unit)}
          {i.denominator !== null && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {i.numerator} / {i.denominator}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: '上年同期',
      key: 'prev',
      width: 110,
      render: (_: unknown, i: Indicator) => shown(i.previous, i.unit),
    },
    {
      title: '变化',
      key: 'change',
      width: 90,
      render: (_: unknown, i: Indicator) =>
        i.change === null
          ? '—'
          : `${i.change > 0 ? '+' : ''}${i.change}${i.unit === 'percent' ? '个百分点' : ''}`,
    },
    {
      title: '统计期',
      key: 'period',
      width: 190,
      render: (_: unknown, i: Indicator) => `${i.from} 至 ${i.to}`,
    },
    {
      title: entered ? '来源' : '明细',
      key: 'source',
      render: (_: unknown, i: Indicator) =>
        entered ? (
          <Space direction="vertical" size={0}>
            <span>
              {i.entry ? `${i.entry.sourceDocument}（${i.entry.sourceDate}）` : '尚未录入'}
            </span>
            {can('report.edit') && (
              <Button size="small" onClick={() => setEntering(i)} data-testid={`enter-${i.key}`}>
                录入
              </Button>
            )}
          </Space>
        ) : (
          <Space>
            <Tag>{MODULE[i.module] ?? i.module}</Tag>
            {i.drillDown && <Link to={i.drillDown.web}>查看记录</Link>}
          </Space>
        ),
    },
  ];
  const all = data?.indicators ?? [];
  return (
    <Card
      title={`法治指标${townName ? `（${townName}）` : ''}`}
      variant="borderless"
      extra={
        <Space>
          年度
          <InputNumber min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
          {data && <span>统计截止日 {data.cutOffOn}</span>}
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Typography.Title level={5}>按记录计算</Typography.Title>
      <Table
        rowKey="key"
        size="small"
        loading={loading}
        pagination={false}
        columns={columns(false)}
        dataSource={all.filter((i) => i.source === 'computed')}
        data-testid="indicators-computed"
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        录入（系统不记录的部门数据，注明来源）
      </Typography.Title>
      <Table
        rowKey="key"
        size="small"
        loading={loading}
        pagination={false}
        columns={columns(true)}
        dataSource={all.filter((i) => i.source === 'entered')}
        data-testid="indicators-entered"
      />
      <Modal
        open={!!entering}
        title={`录入：${entering?.name ?? ''}`}
        onCancel={submit.close}
        onOk={() => void submit.submit()}
        confirmLoading={submit.saving}
        destroyOnHidden
      >
        <ErrorAlert error={submit.error} />
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="value" label="数值" rules={[{ required: true, message: '请填写数值' }]}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="sourceDocument"
            label="来源文件"
            rules={[{ required: true, message: '请填写来源文件' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="sourceDate"
            label="来源文件日期"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
