import { App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useNavigate } from 'react-router';
import { reviewApi, type ReviewInput } from '../../api/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useFormSubmit } from '../../lib/use-form-submit';
import { ContractFieldsForm, fieldsFromForm } from './item/ContractFieldsForm';
import { UploadDocx } from './item/UploadDocx';
import { useVocabulary } from '../../lib/use-vocabulary';

interface Values {
  type: ReviewInput['type'];
  title: string;
  summary?: string;
  orgId?: string;
  source: 'text' | 'docx';
  text?: string;
  docxFileId?: string;
  affectsMarket?: boolean;
  [field: string]: unknown;
}

/** 新建送审事项: type, submitting office or village, the text (pasted or a Word file) and its facts. */
export function CreateItemModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: meta } = useVocabulary('review');
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const source = Form.useWatch('source', form);

  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      reviewApi.create({
        type: v.type,
        title: v.title,
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.orgId ? { orgId: v.orgId } : {}),
        ...(v.source === 'docx' ? { docxFileId: v.docxFileId } : { text: v.text ?? '' }),
        fields: fieldsFromForm(v),
        affectsMarket: !!v.affectsMarket,
      }),
    (created) => {
      message.success('已新建，请补充送审材料后送审');
      void navigate(`/review/items/${created.id}`);
    },
  );

  return (
    <Modal
      open={open}
      title="新建送审事项"
      onCancel={close}
      onOk={() => void submit()}
      okText="保存草稿"
      confirmLoading={saving}
      width={760}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ source: 'text' }}
        data-testid="review-create-form"
      >
        <Form.Item
          name="type"
          label="事项类型"
          rules={[{ required: true, message: '请选择事项类型' }]}
        >
          <Select options={meta?.types} placeholder="请选择" data-testid="review-create-type" />
        </Form.Item>
        <Form.Item
          name="title"
          label="事项名称"
          rules={[{ required: true, min: 4, message: '事项名称至少 4 个字' }]}
        >
          <Input
            maxLength={120}
            placeholder="如：上林湖村工业区3号厂房租赁合同"
            data-testid="review-create-title"
          />
        </Form.Item>
        <Form.Item
          name="orgId"
          label="送审单位"
          extra="默认为本人所在科室或村；村级合同、村规民约须由村（社区）送审"
        >
          <OrgTreeSelect allowClear placeholder="本人所在机构" />
        </Form.Item>
        <Form.Item name="summary" label="事项简介">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="source" label="送审稿">
          <Radio.Group
            options={[
              { value: 'text', label: '粘贴全文' },
              { value: 'docx', label: '上传 Word 文档' },
            ]}
          />
        </Form.Item>
        {source === 'docx' ? (
          <Form.Item name="docxFileId" rules={[{ required: true, message: '请上传送审稿' }]}>
            <UploadDocx />
          </Form.Item>
        ) : (
          <Form.Item name="text" rules={[{ required: true, message: '请粘贴送审稿全文' }]}>
            <Input.TextArea
              rows={8}
              placeholder="粘贴送审稿全文，送审时将自动进行智能预审"
              data-testid="review-create-text"
            />
          </Form.Item>
        )}
        <Form.Item name="affectsMarket" valuePropName="checked">
          <Checkbox>涉及市场主体经济活动（须开展公平竞争审查）</Checkbox>
        </Form.Item>
        <ContractFieldsForm type={type} />
      </Form>
    </Modal>
  );
}
