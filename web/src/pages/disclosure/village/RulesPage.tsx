import { App, Button, Card, Col, Form, InputNumber, Row, Select, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { errorText } from '../../../api/client';
import { villageApi, type AffairCategory, type VillageRules } from '../../../api/village-affairs';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';
import { SupervisorsCard } from './SupervisorsCard';

const SETTINGS: { name: keyof VillageRules['settings']; label: string; unit: string }[] = [
  { name: 'dueDay', label: '公开日（每期结束后次月几日前）', unit: '日' },
  { name: 'majorDays', label: '重大事项公布期限', unit: '个工作日' },
  { name: 'complaintDays', label: '镇政府调查核实反映期限', unit: '个工作日' },
  { name: 'orderDays', label: '责令公布后村公布期限', unit: '个工作日' },
];

/** The [U] settings of 三务公开 with their defaults' sources, each village's frequencies, and its committee. */
export default function RulesPage() {
  const { message } = App.useApp();
  const canManage = useAuth().can('village_affairs.rules.manage');
  const { townId } = useTown();
  const { data, error, reload } = useRequest(() => villageApi.rules(townId), [townId]);
  const [form] = Form.useForm<VillageRules['settings']>();
  useEffect(() => {
    if (data) form.setFieldsValue(data.settings);
  }, [data, form]);
  const act = (p: Promise<unknown>, ok: string) =>
    p.then(
      () => (message.success(ok), reload()),
      (e: unknown) => message.error(errorText(e)),
    );
  const freq = (c: AffairCategory) => ({
    title: { party: '党务', village: '村务', finance: '财务' }[c],
    key: c,
    render: (_: unknown, v: VillageRules['villages'][number]) => (
      <Select
        size="small"
        value={v.frequencies[c]}
        disabled={!canManage}
        style={{ width: 100 }}
        onChange={(f) => void act(villageApi.saveFrequency(v.id, c, f), '频次已更新')}
        options={[
          { value: 'quarterly', label: '每季度' },
          { value: 'monthly', label: '每月' },
        ]}
        data-testid={`freq-${v.name}-${c}`}
      />
    ),
  });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title="期限设置" variant="borderless">
          <ErrorAlert error={error} onRetry={reload} />
          <Form form={form} layout="vertical" disabled={!canManage}>
            {SETTINGS.map((s) => (
              <Form.Item
                key={s.name}
                label={s.label}
                name={s.name}
                extra={String(data?.defaults[s.name]?.source ?? '')}
                rules={[{ required: true }]}
              >
                <InputNumber min={1} max={s.name === 'dueDay' ? 31 : 60} addonAfter={s.unit} />
              </Form.Item>
            ))}
          </Form>
          {canManage && (
            <Button
              type="primary"
              onClick={() =>
                void form
                  .validateFields()
                  .then((v) => act(villageApi.saveSettings(v, townId), '已保存'))
              }
            >
              保存
            </Button>
          )}
        </Card>
        <Card title="各村公开频次" variant="borderless" style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{data?.basis}</Typography.Paragraph>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.villages ?? []}
            columns={[
              { title: '村（社区）', dataIndex: 'name' },
              freq('party'),
              freq('village'),
              freq('finance'),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title="村务监督委员会" variant="borderless">
          {data && <SupervisorsCard villages={data.villages} canManage={canManage} />}
        </Card>
      </Col>
    </Row>
  );
}
