import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { disputesApi, type DisputeDetail } from '../../api/disputes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';
import { isValidationFailure } from '../../lib/use-form-submit';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';

interface PartyValues {
  role: 'applicant' | 'respondent';
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}
interface IntakeValues {
  channel: string;
  channelRef?: string;
  receivedOn: string;
  category: string;
  title: string;
  facts: string;
  parties: PartyValues[];
}

/** Drops blank optional fields: the server's schema is strict about blanks. */
const filled = <T extends object>(v: T) =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')) as T;
const required = (message: string) => [{ required: true, message }];

/**
 * 登记纠纷 (one column, fits a 390 px phone): channel, parties, matter. The server gives the dispute its
 * code (一案一编码) and warns when the same parties already have an open dispute (重复登记).
 */
export default function IntakePage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const vocab = useVocabulary('disputes');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [duplicate, setDuplicate] = useState<DisputeDetail | null>(null);

  const submit = async () => {
    setError(null);
    try {
      const v = await form.validateFields();
      setSaving(true);
      const d = await disputesApi.create({
        ...filled(v),
        parties: v.parties.map((p) => filled(p)),
      });
      if (d.duplicateOf) setDuplicate(d);
      else void navigate(`/disputes/${d.id}`);
    } catch (e) {
      if (!isValidationFailure(e)) setError(e);
    } finally {
      setSaving(false);
    }
  };

  if (duplicate?.duplicateOf)
    return (
      <Card title="登记纠纷" variant="borderless">
        <Alert
          type="warning"
          showIcon
          data-testid="disputes-duplicate"
          message={`已登记为 ${duplicate.code}，但同一当事人已有纠纷 ${duplicate.duplicateOf.code}，请核对是否重复登记`}
          description={
            <Space wrap>
              <Link to={`/disputes/${duplicate.duplicateOf.id}`}>查看先前登记的纠纷</Link>
              <Link to={`/disputes/${duplicate.id}`} data-testid="disputes-duplicate-open">
                继续办理本次登记
              </Link>
            </Space>
          }
        />
      </Card>
    );

  return (
    <Card title="登记纠纷" variant="borderless" styles={{ body: { maxWidth: 640 } }}>
      <ErrorAlert error={error ?? vocab.error} />
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        data-testid="disputes-intake-form"
        initialValues={{
          receivedOn: todayInShanghai(),
          parties: [{ role: 'applicant' }, { role: 'respondent' }],
        }}
      >
        <Form.Item name="channel" label="受理渠道" rules={required('请选择受理渠道')}>
          <Select options={optionsOf(vocab.data?.channels)} data-testid="intake-channel" />
        </Form.Item>
        <Form.Item name="channelRef" label="渠道编号（警情号、工单号、诉前调解案号）">
          <Input data-testid="intake-channel-ref" />
        </Form.Item>
        <Form.Item name="receivedOn" label="受理日期" rules={required('请填写受理日期')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="category" label="纠纷类型" rules={required('请选择纠纷类型')}>
          <Select options={optionsOf(vocab.data?.categories)} data-testid="intake-category" />
        </Form.Item>
        <Form.Item name="title" label="纠纷事项" rules={required('请填写纠纷事项')}>
          <Input data-testid="intake-title" />
        </Form.Item>
        <Form.Item name="facts" label="主要事实和争议事项" rules={required('请填写主要事实')}>
          <Input.TextArea rows={4} data-testid="intake-facts" />
        </Form.Item>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={`当事人 ${i + 1}`}
                  extra={
                    fields.length > 2 && (
                      <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除" />
                    )
                  }
                >
                  <Form.Item name={[f.name, 'role']} label="身份">
                    <Select
                      options={[
                        { value: 'applicant', label: '申请人' },
                        { value: 'respondent', label: '被申请人' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'name']}
                    label="姓名或名称"
                    rules={required('请填写当事人姓名或名称')}
                  >
                    <Input data-testid={`intake-party-${i}-name`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'idNumber']} label="身份证号码或统一社会信用代码">
                    <Input data-testid={`intake-party-${i}-id`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']} label="联系电话">
                    <Input type="tel" data-testid={`intake-party-${i}-phone`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'address']} label="住址">
                    <Input data-testid={`intake-party-${i}-address`} />
                  </Form.Item>
                </Card>
              ))}
              <Button
                block
                icon={<PlusOutlined />}
                onClick={() => add({ role: 'respondent' })}
                style={{ marginBottom: 16 }}
              >
                添加当事人
              </Button>
            </>
          )}
        </Form.List>
        <Button
          type="primary"
          block
          loading={saving}
          onClick={() => void submit()}
          data-testid="intake-submit"
        >
          登记
        </Button>
      </Form>
    </Card>
  );
}
