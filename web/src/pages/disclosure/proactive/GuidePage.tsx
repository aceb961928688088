import { App, Button, Card, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../../api/client';
import { proactiveApi, type GuideInput } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { useAuth } from '../../../auth/auth-context';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';

const FIELDS: { name: keyof GuideInput; label: string; rows?: number }[] = [
  { name: 'classification', label: '政府信息的分类', rows: 3 },
  { name: 'arrangement', label: '编排体系', rows: 3 },
  { name: 'accessMethods', label: '获取方式', rows: 4 },
  { name: 'officeName', label: '政府信息公开工作机构名称' },
  { name: 'address', label: '办公地址' },
  { name: 'officeHours', label: '办公时间' },
  { name: 'phone', label: '联系电话' },
  { name: 'fax', label: '传真号码' },
  { name: 'website', label: '互联网联系方式（网址）' },
  { name: 'email', label: '电子邮箱' },
];

/** 政府信息公开指南 (art 12) edited by the office and shown on the portal; the [U] re-assessment interval beside it. */
export default function GuidePage() {
  const { message } = App.useApp();
  const auth = useAuth();
  const canEdit = auth.can('disclosure.guide.manage');
  const canConfigure = auth.can('disclosure.proactive.configure');
  const [form] = Form.useForm<GuideInput>();
  const [saving, setSaving] = useState(false);
  const { townId } = useTown();
  const guide = useRequest(() => proactiveApi.guide(townId), [townId]);
  const settings = useRequest(() => proactiveApi.settings(townId), [townId]);
  const [months, setMonths] = useState<number | null>(null);

  useEffect(() => {
    if (guide.data) form.setFieldsValue(guide.data);
  }, [guide.data, form]);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await proactiveApi.saveGuide(v, townId);
      message.success('指南已更新，门户即时显示');
      guide.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };
  const saveMonths = async () => {
    try {
      await proactiveApi.saveSettings(months ?? settings.data!.reassessMonths, townId);
      message.success('评估周期已更新');
      settings.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  if (!guide.data && guide.loading) return <PageSpin />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          title="政府信息公开指南"
          variant="borderless"
          extra={
            <Link to="/portal/disclosure/guide" target="_blank">
              查看门户页面
            </Link>
          }
        >
          <ErrorAlert error={guide.error} onRetry={guide.reload} />
          <Typography.Paragraph type="secondary">
            依据《政府信息公开条例》第十二条：指南包括政府信息的分类、编排体系、获取方式和工作机构的名称、办公地址、办公时间、联系电话、传真号码、互联网联系方式等内容，并应及时更新。
          </Typography.Paragraph>
          <Form form={form} layout="vertical" disabled={!canEdit}>
            {FIELDS.map((f) => (
              <Form.Item key={f.name} label={f.label} name={f.name}>
                {f.rows ? (
                  <Input.TextArea rows={f.rows} maxLength={2000} />
                ) : (
                  <Input maxLength={200} data-testid={`guide-${f.name}`} />
                )}
              </Form.Item>
            ))}
          </Form>
          {canEdit && (
            <Button
              type="primary"
              loading={saving}
              onClick={() => void save()}
              data-testid="guide-save"
            >
              保存指南
            </Button>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title="不予公开信息评估周期" variant="borderless">
          <ErrorAlert error={settings.error} onRetry={settings.reload} />
          {settings.data && (
            <Space orientation="vertical">
              <Space>
                每
                <InputNumber
                  min={1}
                  max={60}
                  value={months ?? settings.data.reassessMonths}
                  onChange={(v) => setMonths(v)}
                  disabled={!canConfigure}
                  data-testid="settings-months"
                />
                个月评估一次
                {canConfigure && <Button onClick={() => void saveMonths()}>保存</Button>}
              </Space>
              <Typography.Text type="secondary">
                {settings.data.defaults.reassessMonths.source}
              </Typography.Text>
            </Space>
          )}
        </Card>
      </Col>
    </Row>
  );
}
