import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../../api/client';
import { inspectionsApi, type ChecklistAnswer } from '../../../api/enforcement-inspections';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { todayInShanghai } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';

interface Values {
  kind: string;
  inspectedOn: string;
  subjectName: string;
  contactPerson?: string;
  departments: string[];
  inspectors: string;
  findings?: string;
  passed: Record<string, boolean>;
  notes: Record<string, string | undefined>;
}

/**
 * 现场检查 from a phone: the checklist of the kind as switches (a failed item asks what was found),
 * the departments of a 综合查一次, and photos taken with the phone's camera (`<input capture>`).
 * The written record is required by 《安全生产法》第六十八条.
 */
export default function InspectionFormPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<File[]>([]);
  const camera = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const vocab = useRequest(() => inspectionsApi.vocabulary(), []);
  const kind = Form.useWatch('kind', form) ?? 'canteen';
  const passed = Form.useWatch('passed', form) ?? {};
  if (!vocab.data) return vocab.error ? <ErrorAlert error={vocab.error} /> : <PageSpin />;
  const items = vocab.data.checklists[kind] ?? {};

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      const checklist: ChecklistAnswer[] = Object.keys(items).map((item) => ({
        item,
        passed: v.passed?.[item] ?? true,
        ...(v.passed?.[item] === false && v.notes?.[item] ? { note: v.notes[item] } : {}),
      }));
      const created = await inspectionsApi.create({
        kind: v.kind,
        inspectedOn: v.inspectedOn,
        subjectName: v.subjectName,
        ...(v.contactPerson ? { contactPerson: v.contactPerson } : {}),
        checklist,
        departments: v.departments ?? [],
        inspectors: v.inspectors,
        ...(v.findings ? { findings: v.findings } : {}),
      });
      for (const p of photos) await inspectionsApi.addPhoto(created.id, p);
      message.success('检查记录已保存');
      void navigate('/enforcement/inspections');
    } catch (e) {
      setError(e);
      message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="登记检查记录" variant="borderless" styles={{ body: { padding: 12 } }}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'canteen', inspectedOn: todayInShanghai(), departments: [] }}
        onFinish={(v) => void submit(v)}
        data-testid="inspection-form"
      >
        <Form.Item name="kind" label="检查类别" rules={[{ required: true }]}>
          <Select
            data-testid="inspection-kind"
            options={Object.entries(vocab.data.kinds).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="inspectedOn" label="检查日期" rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="subjectName"
          label="被检查单位"
          rules={[{ required: true, message: '请填写被检查单位' }]}
        >
          <Input data-testid="inspection-subject" />
        </Form.Item>
        <Form.Item name="contactPerson" label="被检查单位负责人">
          <Input />
        </Form.Item>
        <Typography.Text strong>检查表</Typography.Text>
        <div data-testid="inspection-checklist" style={{ margin: '8px 0 16px' }}>
          {Object.entries(items).map(([item, label]) => (
            <div key={item} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>{label}</span>
                <Form.Item name={['passed', item]} valuePropName="checked" noStyle initialValue>
                  <Switch
                    checkedChildren="符合"
                    unCheckedChildren="不符合"
                    data-testid={`check-${item}`}
                  />
                </Form.Item>
              </Space>
              {passed[item] === false && (
                <Form.Item
                  name={['notes', item]}
                  rules={[{ required: true, message: '请写明发现的问题' }]}
                  style={{ marginTop: 8, marginBottom: 0 }}
                >
                  <Input placeholder="发现的问题" data-testid={`check-${item}-note`} />
                </Form.Item>
              )}
            </div>
          ))}
        </div>
        <Form.Item name="departments" label="联合检查部门（综合查一次）">
          <Select
            mode="tags"
            placeholder="输入部门名称后回车"
            data-testid="inspection-departments"
          />
        </Form.Item>
        <Form.Item
          name="inspectors"
          label="检查人员"
          rules={[{ required: true, message: '请填写检查人员' }]}
        >
          <Input data-testid="inspection-inspectors" />
        </Form.Item>
        <Form.Item name="findings" label="检查情况及处理">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="现场照片">
          <Button icon={<CameraOutlined />} onClick={() => camera.current?.click()}>
            拍照 / 选择照片
          </Button>
          <input
            ref={camera}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            style={{ display: 'none' }}
            data-testid="inspection-photo"
            onChange={(e) => setPhotos([...photos, ...Array.from(e.target.files ?? [])])}
          />
          <div data-testid="inspection-photos">
            {photos.map((p, i) => (
              <div key={`${p.name}-${i}`}>{p.name}</div>
            ))}
          </div>
        </Form.Item>
        <ErrorAlert error={error} />
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          data-testid="inspection-submit"
        >
          保存检查记录
        </Button>
      </Form>
    </Card>
  );
}
