import { Form, InputNumber, Radio } from 'antd';
import { enforcementApi, type EnforcementSettings } from '../../api/enforcement';
import { BasisText } from '../../components/BasisText';
import { StepModal } from '../../components/StepModal';
import { useRequest } from '../../lib/use-request';

type Values = Pick<
  EnforcementSettings,
  | 'citizen'
  | 'organisation'
  | 'simpleCitizen'
  | 'simpleOrganisation'
  | 'simpleReportDays'
  | 'trainingHours'
  | 'publishableGeneral'
  | 'publishableSimple'
>;

const yuan = { min: 0, precision: 0, addonAfter: '元', style: { width: 200 } } as const;

/** A default 是/否 judgement of art 48 ¶1; the officers still choose on each decision. */
const judgement = (name: 'publishableGeneral' | 'publishableSimple', label: string) => (
  <Form.Item
    label={label}
    name={name}
    extra="作出决定时表单预先选中此项，执法人员仍须逐案认定"
    rules={[{ required: true, message: '请选择' }]}
  >
    <Radio.Group data-testid={`settings-${name}`}>
      <Radio value data-testid={`settings-${name}-yes`}>
        是，应当公开
      </Radio>
      <Radio value={false} data-testid={`settings-${name}-no`}>
        否，无须公开
      </Radio>
    </Radio.Group>
  </Form.Item>
);

/**
 * 处罚参数: the amounts the law leaves to the town — the "较大数额" above which a party may ask for a hearing
 * (《行政处罚法》第六十三条, set locally) and the on-the-spot limits of the simple procedure, never above the
 * statute's ¥200 / ¥3,000 (第五十一条), and the judgement of 具有一定社会影响 (第四十八条第一款) the decide
 * forms start from. The server checks each again and records the change.
 */
export function SettingsModal({ onClose }: { onClose: () => void }) {
  const { data } = useRequest(() => enforcementApi.settings(), []);
  if (!data) return null;
  return (
    <StepModal<Values>
      open
      title="行政处罚参数"
      onClose={onClose}
      initialValues={data}
      onSubmit={(v) => enforcementApi.saveSettings(v)}
    >
      <BasisText text={data.basis} />
      <Form.Item
        label="听证：对公民罚款的较大数额"
        name="citizen"
        rules={[{ required: true, message: '请填写数额' }]}
      >
        <InputNumber {...yuan} data-testid="settings-citizen" />
      </Form.Item>
      <Form.Item
        label="听证：对法人或者其他组织罚款的较大数额"
        name="organisation"
        dependencies={['citizen']}
        rules={[
          { required: true, message: '请填写数额' },
          ({ getFieldValue }) => ({
            validator: (_, v: number | null) =>
              v === null || v >= (getFieldValue('citizen') as number)
                ? Promise.resolve()
                : Promise.reject(new Error('不应低于对公民的数额')),
          }),
        ]}
      >
        <InputNumber {...yuan} data-testid="settings-organisation" />
      </Form.Item>
      <BasisText text={data.simpleBasis} />
      <Form.Item
        label="当场处罚：对公民罚款上限"
        name="simpleCitizen"
        rules={[{ required: true, message: '请填写数额' }]}
        extra="法定上限二百元"
      >
        <InputNumber {...yuan} max={200} data-testid="settings-simple-citizen" />
      </Form.Item>
      <Form.Item
        label="当场处罚：对法人或者其他组织罚款上限"
        name="simpleOrganisation"
        rules={[{ required: true, message: '请填写数额' }]}
        extra="法定上限三千元"
      >
        <InputNumber {...yuan} max={3000} data-testid="settings-simple-organisation" />
      </Form.Item>
      <Form.Item
        label="当场处罚决定备案期限（工作日）"
        name="simpleReportDays"
        rules={[{ required: true, message: '请填写期限' }]}
      >
        <InputNumber min={1} max={30} precision={0} />
      </Form.Item>
      <BasisText text={data.publishableBasis} />
      {judgement('publishableGeneral', '普通程序处罚决定：默认认定具有一定社会影响')}
      {judgement('publishableSimple', '当场处罚决定：默认认定具有一定社会影响')}
      <Form.Item
        label="执法人员年度培训学时要求"
        name="trainingHours"
        extra={`默认60学时，可按本镇要求调整（${data.trainingBasis}）`}
        rules={[{ required: true, message: '请填写学时' }]}
      >
        <InputNumber
          min={1}
          max={500}
          precision={0}
          addonAfter="学时"
          data-testid="settings-training-hours"
        />
      </Form.Item>
    </StepModal>
  );
}
