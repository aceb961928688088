import {
  type ButtonProps,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
} from 'antd';
import {
  legalServicesApi,
  type Adviser,
  type AdviserEvaluation,
  type AdviserGrade,
} from '../../api/legal-services';
import { useAuth } from '../../auth/auth-context';
import { BasisText } from '../../components/BasisText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { todayInShanghai } from '../../lib/format';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useRequest } from '../../lib/use-request';

interface Values {
  year: number;
  score: number;
  grade: AdviserGrade;
  evaluator: string;
  comments: string;
  evaluatedOn: string;
}

const GRADES: { value: AdviserGrade; label: string }[] = [
  { value: 'excellent', label: '优秀' },
  { value: 'competent', label: '称职' },
  { value: 'basically_competent', label: '基本称职' },
  { value: 'incompetent', label: '不称职' },
];

/**
 * 年度考核 of one village adviser: the years already evaluated and, for the town's 司法所, the form to
 * record this year's (one per year; the server answers 409 for a year already done).
 */
export function AdviserEvaluationsModal({
  adviser,
  onClose,
}: {
  adviser: Adviser;
  onClose: () => void;
}) {
  const { can } = useAuth();
  const manage = can('legal_services.adviser.manage');
  const list = useRequest(() => legalServicesApi.evaluations(adviser.id), [adviser.id]);
  const [form] = Form.useForm<Values>();
  const { error, saving, submit } = useFormSubmit(
    form,
    () => undefined,
    (v) => legalServicesApi.evaluate(adviser.id, { ...v, evaluator: v.evaluator.trim() }),
    list.reload,
  );
  const lastYear = Number(todayInShanghai().slice(0, 4)) - 1;
  return (
    <Modal
      open
      title={`年度考核：${adviser.village} ${adviser.name}`}
      onCancel={onClose}
      width={720}
      okText="登记考核"
      cancelText="关闭"
      onOk={() => void submit()}
      confirmLoading={saving}
      okButtonProps={{ hidden: !manage, 'data-testid': 'evaluation-save' } as ButtonProps}
    >
      {list.data && (
        <p>
          考核依据：
          <BasisText text={list.data.basis} />
        </p>
      )}
      <ErrorAlert error={list.error} onRetry={list.reload} />
      <Table<AdviserEvaluation>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <ListEmpty text="尚无年度考核记录" /> }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 70 },
          {
            title: '等次',
            width: 90,
            render: (_, e) => (
              <span data-testid={`evaluation-grade-${e.year}`}>{e.gradeLabel}</span>
            ),
          },
          { title: '得分', dataIndex: 'score', width: 60 },
          { title: '考核人', dataIndex: 'evaluator', width: 110 },
          { title: '考核日期', dataIndex: 'evaluatedOn', width: 110 },
          { title: '考核意见', dataIndex: 'comments' },
        ]}
      />
      {manage && (
        <>
          <Divider>登记年度考核</Divider>
          <ErrorAlert error={error} />
          <Form
            form={form}
            layout="vertical"
            initialValues={{
              year: lastYear,
              evaluatedOn: todayInShanghai(),
              evaluator: '镇司法所',
            }}
          >
            <Space wrap>
              <Form.Item
                name="year"
                label="考核年度"
                rules={[{ required: true, message: '请填写考核年度' }]}
              >
                <InputNumber min={2000} max={2100} precision={0} data-testid="evaluation-year" />
              </Form.Item>
              <Form.Item
                name="score"
                label="得分（百分制）"
                rules={[{ required: true, message: '请填写考核得分' }]}
              >
                <InputNumber min={0} max={100} precision={0} data-testid="evaluation-score" />
              </Form.Item>
              <Form.Item
                name="grade"
                label="等次"
                rules={[{ required: true, message: '请选择考核等次' }]}
              >
                <Select style={{ width: 130 }} options={GRADES} data-testid="evaluation-grade" />
              </Form.Item>
              <Form.Item
                name="evaluatedOn"
                label="考核日期"
                rules={[{ required: true, message: '请填写考核日期' }]}
              >
                <Input type="date" max={todayInShanghai()} data-testid="evaluation-date" />
              </Form.Item>
            </Space>
            <Form.Item
              name="evaluator"
              label="考核人（单位）"
              rules={[
                { required: true, whitespace: true, message: '请填写考核人' },
                { max: 40, message: '考核人不超过40字' },
              ]}
            >
              <Input data-testid="evaluation-evaluator" />
            </Form.Item>
            <Form.Item
              name="comments"
              label="考核意见"
              rules={[
                { required: true, whitespace: true, message: '请填写考核意见' },
                { max: 1000, message: '考核意见不超过1000字' },
              ]}
            >
              <Input.TextArea rows={3} data-testid="evaluation-comments" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
