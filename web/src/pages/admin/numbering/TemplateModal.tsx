import { Alert, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { numberingApi, type NumberTemplate } from '../../../api/numbering';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Values {
  kind: string;
  name: string;
  template: string;
}

/** A 文号 template must hold the year in 六角括号 and the number: 桥法审〔{year}〕{n}号 (GB/T 9704-2012 第7.2.5条). */
export function TemplateModal({
  target,
  onClose,
  onSaved,
}: {
  target: NumberTemplate | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const existing = target && target !== 'new' ? target : null;
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      numberingApi.saveTemplate(v.kind, {
        name: v.name.trim(),
        template: v.template.trim(),
        ...(existing ? { orgId: existing.orgId } : {}),
      }),
    onSaved,
  );

  useEffect(() => {
    if (target === 'new')
      form.setFieldsValue({ kind: '', name: '', template: '桥〔{year}〕{n}号' });
    else if (target)
      form.setFieldsValue({ kind: target.kind, name: target.name, template: target.template });
  }, [target, form]);

  return (
    <Modal
      open={!!target}
      title={existing ? `修改文号模板：${existing.name}` : '新增文号模板'}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title="模板须包含“〔{year}〕”和“{n}号”，如 桥政发〔{year}〕{n}号。依据 GB/T 9704-2012 第7.2.5条，年份用六角括号，顺序号不编虚位。"
        style={{ marginBottom: 12 }}
      />
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          label="类别代码"
          name="kind"
          rules={[
            {
              required: true,
              pattern: /^[a-z][a-z0-9_]{1,39}$/,
              message: '小写字母开头，只含小写字母、数字和下划线（2–40 位）',
            },
          ]}
        >
          <Input disabled={!!existing} placeholder="如 town_document" />
        </Form.Item>
        <Form.Item
          label="文件类别名称"
          name="name"
          rules={[
            { required: true, whitespace: true, min: 2, max: 40, message: '名称为 2–40 个字' },
          ]}
        >
          <Input placeholder="如 镇政府发文" />
        </Form.Item>
        <Form.Item
          label="文号模板"
          name="template"
          rules={[
            { required: true, message: '请输入文号模板' },
            {
              validator: async (_, v: string) => {
                if (v && (!v.includes('〔{year}〕') || !v.includes('{n}号')))
                  throw new Error('模板须包含“〔{year}〕”和“{n}号”');
              },
            },
          ]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
