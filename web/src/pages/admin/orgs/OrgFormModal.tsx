import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { orgsApi, type Org, type OrgInput, type OrgKind } from '../../../api/orgs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

/** Mirrors the server's hierarchy rule so the form offers only kinds the parent may hold. */
export const CHILD_KINDS: Record<OrgKind, { kind: OrgInput['kind']; label: string }[]> = {
  province: [
    { kind: 'unit', label: '内设机构' },
    { kind: 'external', label: '外部机构' },
  ],
  city: [
    { kind: 'unit', label: '内设机构' },
    { kind: 'external', label: '外部机构' },
  ],
  county: [
    { kind: 'unit', label: '内设机构' },
    { kind: 'external', label: '外部机构' },
  ],
  town: [
    { kind: 'unit', label: '内设机构' },
    { kind: 'external', label: '外部机构' },
    { kind: 'village', label: '村' },
    { kind: 'community', label: '社区' },
  ],
  village: [],
  community: [],
  unit: [],
  external: [],
};

export type OrgFormTarget = { mode: 'create'; parent: Org } | { mode: 'rename'; org: Org };

interface Values {
  name: string;
  kind: OrgInput['kind'];
  code?: string;
}

export function OrgFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: OrgFormTarget | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    async (v) => {
      if (target?.mode === 'create')
        await orgsApi.create({
          parentId: target.parent.id,
          name: v.name.trim(),
          kind: v.kind,
          ...(v.code?.trim() ? { code: v.code.trim() } : {}),
        });
      else if (target) await orgsApi.update(target.org.id, { name: v.name.trim() });
    },
    onSaved,
  );

  useEffect(() => {
    if (target?.mode === 'rename') form.setFieldsValue({ name: target.org.name });
    if (target?.mode === 'create')
      form.setFieldsValue({ name: '', code: '', kind: CHILD_KINDS[target.parent.kind][0]?.kind });
  }, [target, form]);

  const title =
    target?.mode === 'create'
      ? `在“${target.parent.name}”下新建机构`
      : target
        ? `重命名“${target.org.name}”`
        : '';
  return (
    <Modal
      open={!!target}
      title={title}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical">
        {target?.mode === 'create' && (
          <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
            <Select
              options={CHILD_KINDS[target.parent.kind].map((k) => ({
                value: k.kind,
                label: k.label,
              }))}
              data-testid="org-kind"
            />
          </Form.Item>
        )}
        <Form.Item
          label="名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请输入机构名称' },
            { min: 2, max: 60, message: '名称为 2–60 个字' },
          ]}
        >
          <Input data-testid="org-name" />
        </Form.Item>
        {target?.mode === 'create' && (
          <Form.Item
            label="机构代码（可不填，自动编号）"
            name="code"
            rules={[
              { pattern: /^[0-9A-Za-z-]{2,40}$/, message: '机构代码只能包含数字、字母和连字符' },
            ]}
          >
            <Input placeholder="村级单位请填 12 位统计用区划代码" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
