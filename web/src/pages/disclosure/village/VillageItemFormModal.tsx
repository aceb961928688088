import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import {
  villageApi,
  type VillageItemDetail,
  type VillageItemInput,
} from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useVocabulary } from '../../../lib/use-vocabulary';

interface Values extends Omit<VillageItemInput, 'occurredOn'> {
  occurredOn?: Dayjs;
}

/** Drafts a 三务公开 item: a regular one names its period, a major one the day it was decided. */
export function VillageItemFormModal(props: {
  open: boolean;
  item?: VillageItemDetail | null;
  villages: { id: string; name: string }[];
  complaintId?: string;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { data: vocab } = useVocabulary('village');
  const category = Form.useWatch('category', form);
  const matterKind = Form.useWatch('matterKind', form);

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (props.item) {
      const { category, matterKind, subject, title, body } = props.item;
      form.setFieldsValue({
        category,
        matterKind,
        subject,
        title,
        body,
        period: props.item.period ?? undefined,
        occurredOn: props.item.occurredOn ? dayjs(props.item.occurredOn) : undefined,
      });
    }
  }, [props.open, props.item, form]);

  // A cadre of one village drafts for it; the list may arrive after the dialog opened, and must not
  // clear what was already picked when it does.
  const onlyVillage = props.villages.length === 1 ? props.villages[0]!.id : undefined;
  useEffect(() => {
    if (props.open && !props.item && onlyVillage) form.setFieldValue('orgId', onlyVillage);
  }, [props.open, props.item, onlyVillage, form]);

  const { error, saving, close, submit } = useFormSubmit(
    form,
    props.onClose,
    (v) => {
      const body = {
        ...v,
        occurredOn: v.matterKind === 'major' ? v.occurredOn?.format('YYYY-MM-DD') : undefined,
        period: v.matterKind === 'regular' ? v.period : undefined,
      };
      return props.item
        ? villageApi.update(props.item.id, { ...body, orgId: undefined })
        : villageApi.create({
            ...body,
            ...(props.complaintId ? { complaintId: props.complaintId } : {}),
          });
    },
    (saved) => props.onSaved(saved.id),
  );

  const subjects = Object.entries(vocab?.subjects ?? {}).filter(
    ([, s]) => !category || s.category === category,
  );
  return (
    <Modal
      open={props.open}
      title={props.item ? '修改公开事项' : props.complaintId ? '按镇政府要求公布' : '起草公开事项'}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      width={680}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ matterKind: 'regular', category: 'finance' }}
      >
        {!props.item && (
          <Form.Item
            label="村（社区）"
            name="orgId"
            rules={[{ required: true, message: '请选择村（社区）' }]}
          >
            <Select
              options={props.villages.map((v) => ({ value: v.id, label: v.name }))}
              data-testid="village-item-org"
            />
          </Form.Item>
        )}
        <Form.Item label="类别" name="category" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={Object.entries(vocab?.categories ?? {}).map(([value, label]) => ({
              value,
              label,
            }))}
            onChange={() => form.setFieldValue('subject', undefined)}
          />
        </Form.Item>
        <Form.Item
          label="公开事项"
          name="subject"
          rules={[{ required: true, message: '请选择法定公开事项' }]}
        >
          <Select
            options={subjects.map(([value, s]) => ({ value, label: s.label }))}
            data-testid="village-item-subject"
          />
        </Form.Item>
        <Form.Item
          label="事项性质"
          name="matterKind"
          extra="一般事项至少每季度公布一次，财务往来较多的村财务收支每月公布；涉及村民利益的重大事项应当随时公布（《村民委员会组织法》第三十条）"
        >
          <Radio.Group
            options={Object.entries(vocab?.matterKinds ?? {}).map(([value, label]) => ({
              value,
              label,
            }))}
          />
        </Form.Item>
        {matterKind === 'major' ? (
          <Form.Item
            label="决定或发生日期"
            name="occurredOn"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        ) : (
          <Form.Item
            label="所属期间"
            name="period"
            rules={[
              {
                required: true,
                pattern: /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/,
                message: '格式：2024-Q3（季度）或 2024-09（月）',
              },
            ]}
          >
            <Input placeholder="2024-Q3 或 2024-09" data-testid="village-item-period" />
          </Form.Item>
        )}
        <Form.Item
          label="标题"
          name="title"
          rules={[{ required: true, whitespace: true, max: 200, message: '请填写标题' }]}
        >
          <Input data-testid="village-item-title" />
        </Form.Item>
        <Form.Item
          label="公开内容"
          name="body"
          rules={[{ required: true, whitespace: true, message: '请填写公开内容' }]}
        >
          <Input.TextArea rows={6} data-testid="village-item-body" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
