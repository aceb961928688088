import { Form, Input, Rate } from 'antd';
import { legalServicesApi, type Visit } from '../../api/legal-services';
import { StepModal } from '../../components/StepModal';

/** 满意度评价: the visitor taps the stars on the window's screen after the visit. */
export function RatingModal({
  visit,
  onClose,
  onRated,
}: {
  visit: Visit;
  onClose: () => void;
  onRated: () => void;
}) {
  return (
    <StepModal<{ rating: number; comment?: string }>
      open
      title={`请${visit.visitorName}对本次服务评价`}
      okText="提交评价"
      onClose={onClose}
      testId="rating-form"
      initialValues={{ rating: 5 }}
      onSubmit={async (v) => {
        await legalServicesApi.rate(visit.id, v.comment ? v : { rating: v.rating });
        onRated();
      }}
    >
      <Form.Item name="rating" label="满意度" rules={[{ required: true, message: '请选择星级' }]}>
        <Rate count={5} />
      </Form.Item>
      <Form.Item name="comment" label="意见建议">
        <Input.TextArea rows={2} />
      </Form.Item>
    </StepModal>
  );
}
