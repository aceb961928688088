import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { proactiveApi, type ItemDetail, type ItemInput } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { ItemPicker } from './ItemPicker';
import { useVocabulary } from '../../../lib/use-vocabulary';

interface Values extends Omit<ItemInput, 'createdOn' | 'issuedOn'> {
  createdOn: Dayjs;
  issuedOn?: Dayjs | null;
}

const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

/** Drafts a new entry, or changes a draft. The art 26 period counts from the 生成日期. */
export function ItemFormModal({
  open,
  item,
  onClose,
  onSaved,
}: {
  open: boolean;
  item?: ItemDetail | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { data: vocab } = useVocabulary('proactive');
  const category = Form.useWatch('category', form);
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (item)
      // The detail states its vocabularies as plain strings; they hold the keys the form offers.
      form.setFieldsValue({
        kind: item.kind as Values['kind'],
        category: item.category as Values['category'],
        title: item.title,
        summary: item.summary,
        body: item.body,
        docNumber: item.docNumber,
        groupClass: item.groupClass,
        publishMode: item.publishMode as Values['publishMode'],
        normativeKind: item.normativeKind as Values['normativeKind'],
        createdOn: dayjs(item.createdOn),
        issuedOn: item.issuedOn ? dayjs(item.issuedOn) : null,
        explainsId: item.explainsId,
      });
  }, [open, item, form]);

  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) => {
      const body = {
        ...v,
        createdOn: day(v.createdOn)!,
        issuedOn: v.category === 'regulations' ? day(v.issuedOn) : null,
        normativeKind: v.category === 'regulations' ? (v.normativeKind ?? null) : null,
      };
      return item
        ? proactiveApi.update(item.id, { ...body, kind: undefined, orgId: undefined })
        : proactiveApi.create(body);
    },
    (saved) => onSaved(saved.id),
  );

  return (
    <Modal
      open={open}
      title={item ? '修改草稿' : '起草主动公开信息'}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      width={720}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'information', publishMode: 'proactive', createdOn: dayjs() }}
      >
        {!item && (
          <Form.Item label="信息类型" name="kind">
            <Select
              options={[
                { value: 'information', label: '政府信息' },
                { value: 'interpretation', label: '政策解读（须关联所解读的文件）' },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          label="公开类别"
          name="category"
          rules={[{ required: true, message: '请选择公开类别' }]}
          extra="《政府信息公开条例》第二十条所列15类、第二十一条所列乡镇8类"
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={vocab?.categories.map((c) => ({
              value: c.key,
              label: `${c.label} — ${c.article}`,
            }))}
            data-testid="item-category"
          />
        </Form.Item>
        <Form.Item
          label="标题"
          name="title"
          rules={[
            { required: true, whitespace: true, max: 200, message: '请填写标题（不超过 200 字）' },
          ]}
        >
          <Input data-testid="item-title" />
        </Form.Item>
        <Form.Item
          label="内容概述（目录显示）"
          name="summary"
          rules={[
            {
              required: true,
              whitespace: true,
              max: 500,
              message: '请填写内容概述（不超过 500 字）',
            },
          ]}
        >
          <Input.TextArea rows={2} data-testid="item-summary" />
        </Form.Item>
        <Form.Item label="正文" name="body">
          <Input.TextArea rows={6} placeholder="纯文本，空行分段" data-testid="item-body" />
        </Form.Item>
        <Form.Item
          label="生成日期"
          name="createdOn"
          rules={[{ required: true, message: '请选择生成日期' }]}
          extra="信息形成或变更之日；应自此日起 20 个工作日内公开（第二十六条）"
        >
          <DatePicker
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            data-testid="item-created-on"
          />
        </Form.Item>
        <Form.Item label="文号" name="docNumber">
          <Input placeholder="如 桥政发〔2024〕8号" />
        </Form.Item>
        <Form.Item label="组配分类" name="groupClass">
          <Input placeholder="如 政策文件、申报通知、政策解读" />
        </Form.Item>
        <Form.Item label="公开方式" name="publishMode">
          <Select
            options={Object.entries(vocab?.publishModes ?? {}).map(([value, label]) => ({
              value,
              label,
            }))}
          />
        </Form.Item>
        {category === 'regulations' && (
          <>
            <Form.Item label="文件类别" name="normativeKind">
              <Select
                allowClear
                options={Object.entries(vocab?.normativeKinds ?? {}).map(([value, label]) => ({
                  value,
                  label,
                }))}
              />
            </Form.Item>
            <Form.Item
              label="制发日期"
              name="issuedOn"
              extra="年度报告表二按制发日期、废止日期统计"
            >
              <DatePicker />
            </Form.Item>
          </>
        )}
        {(kind === 'interpretation' || item?.explainsId) && (
          <Form.Item
            label="所解读的政策文件"
            name="explainsId"
            rules={[{ required: kind === 'interpretation', message: '政策解读须注明所解读的文件' }]}
            extra="政策解读应与所解读的文件同步或在其后公开"
          >
            <ItemPicker />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
