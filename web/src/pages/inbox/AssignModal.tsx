import { Alert, Form, Modal, Select } from 'antd';
import { inboxApi } from '../../api/inbox';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useRequest } from '../../lib/use-request';

/** The choice that puts the tasks back in their role's pool (退回岗位). */
const POOL = '__pool__';

interface Values {
  userId: string;
}

/**
 * 分派: hands the selected tasks of the person's role pool to one colleague holding that role, or
 * puts them back in the pool. The server checks every task again and moves all of them or none.
 */
export function AssignModal({
  ids,
  onClose,
  onDone,
}: {
  ids: string[];
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const candidates = useRequest(() => inboxApi.assignees(ids), [ids.join(',')]);
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) => inboxApi.assign(ids, v.userId === POOL ? null : v.userId),
    (r) => onDone(r.assigned),
  );
  const roles = candidates.data?.roles.map((r) => r.label).join('、') ?? '';

  return (
    <Modal
      open
      title={`分派所选 ${ids.length} 项待办`}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="分派"
      forceRender
    >
      <ErrorAlert error={candidates.error ?? error} />
      {roles && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`只能交给同一岗位（${roles}）的本镇在岗人员；分派后仍可改派或退回岗位。`}
        />
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="userId" label="交由" rules={[{ required: true, message: '请选择承办人' }]}>
          <Select
            data-testid="assign-user"
            loading={candidates.loading}
            placeholder="选择承办人"
            options={[
              ...(candidates.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
              { value: POOL, label: '退回岗位待办池（不指定个人）' },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
