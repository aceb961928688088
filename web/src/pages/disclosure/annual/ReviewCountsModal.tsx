import { Form, InputNumber, Modal, Table } from 'antd';
import {
  annualApi,
  type StaffReport,
  type Table4Group,
  type Table4Input,
} from '../../../api/disclosure-annual';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

const RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** 表四 by hand, used when the litigation register holds no disclosure case of the year; 总计 is the sum. */
export function ReviewCountsModal({
  open,
  report,
  onClose,
  onSaved,
}: {
  open: boolean;
  report: StaffReport;
  onClose: () => void;
  onSaved: (r: StaffReport) => void;
}) {
  const [form] = Form.useForm<Table4Input>();
  const L = report.layout;
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) => {
      const counts = Object.fromEntries(
        L.table4Groups.map((g) => [
          g.key,
          Object.fromEntries(RESULTS.map((k) => [k, Number(v[g.key]?.[k] ?? 0)])),
        ]),
      ) as Table4Input;
      return annualApi.saveCounts(report.year, counts, report.town.id);
    },
    onSaved,
  );
  return (
    <Modal
      open={open}
      title={`${report.year}年因政府信息公开引起的行政复议、行政诉讼情况（表四）`}
      width={760}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} initialValues={report.sectionFour}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={L.table4Groups}
          columns={[
            { title: '', dataIndex: 'label' },
            ...RESULTS.map((k) => ({
              title: L.table4Results.find((x) => x.key === k)!.label,
              key: k,
              render: (_: unknown, g: { key: Table4Group }) => (
                <Form.Item name={[g.key, k]} noStyle rules={[{ required: true }]}>
                  <InputNumber
                    min={0}
                    precision={0}
                    style={{ width: 80 }}
                    data-testid={`counts-${g.key}-${k}`}
                  />
                </Form.Item>
              ),
            })),
          ]}
        />
      </Form>
    </Modal>
  );
}
