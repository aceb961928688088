import { Form, Input, InputNumber, Radio, Switch } from 'antd';
import { requestsApi } from '../../../api/disclosure-requests';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';
import { StepModal } from '../../../components/StepModal';

interface Values {
  feeNoticePausesClock: boolean;
  correctionPeriodDays: number;
  feePaymentDays: number;
  feePeriodFrom: 'receipt' | 'issue';
  feeCountScope: 'town' | 'platform';
  reviewAuthority: string | null;
  court: string | null;
}

/** The choices the law leaves to the town [U], each with where its default comes from. */
export function SettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { townId } = useTown();
  const { data } = useRequest(() => requestsApi.settings(townId), [open, townId], open);
  if (!open || !data) return null;
  const src = data.sources;
  return (
    <StepModal<Values>
      open
      title="依申请公开办理参数"
      onClose={onClose}
      initialValues={data}
      onSubmit={(v) =>
        requestsApi.saveSettings(
          { ...v, reviewAuthority: v.reviewAuthority || null, court: v.court || null },
          townId,
        )
      }
    >
      <Form.Item
        label="收费通知期间暂停计算答复期限"
        name="feeNoticePausesClock"
        valuePropName="checked"
        extra={src.feeNoticePausesClock}
      >
        <Switch />
      </Form.Item>
      <Form.Item
        label="补正期限（工作日）"
        name="correctionPeriodDays"
        extra={src.correctionPeriodDays}
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item label="缴费期限（工作日）" name="feePaymentDays" extra={src.feePaymentDays}>
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item label="缴费期限起算" name="feePeriodFrom" extra={src.feePeriodFrom}>
        <Radio.Group
          options={[
            { value: 'receipt', label: '申请人收到收费通知之日' },
            { value: 'issue', label: '收费通知发出之日' },
          ]}
        />
      </Form.Item>
      <Form.Item label="按件计收的累计范围" name="feeCountScope" extra={src.feeCountScope}>
        <Radio.Group
          options={[
            { value: 'town', label: '向本镇提出的申请' },
            { value: 'platform', label: '平台上向各镇提出的申请' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={`行政复议机关（留空：${data.effectiveReviewAuthority}）`}
        name="reviewAuthority"
        extra={src.reviewAuthority}
      >
        <Input />
      </Form.Item>
      <Form.Item label="人民法院（留空：有管辖权的人民法院）" name="court" extra={src.court}>
        <Input />
      </Form.Item>
    </StepModal>
  );
}
