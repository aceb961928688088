import { App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../api/client';
import { reviewApi } from '../../api/review';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ContractFieldsForm, fieldsFromForm } from './item/ContractFieldsForm';
import { UploadDocx } from './item/UploadDocx';
import { useVocabulary } from '../../lib/use-vocabulary';

interface Values {
  type: string;
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
  const [busy, setBusy] = useState(false);
  const type = Form.useWatch('type', form);
  const source = Form.useWatch('source', form);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const created = await reviewApi.create({
        type: v.type,
        title: v.title,
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.orgId ? { orgId: v.orgId } : {}),
        ...(v.source === 'docx' ? { docxFileId: v.docxFileId } : { text: v.text ?? '' }),
        fields: fieldsFromForm(v),
        affectsMarket: !!v.affectsMarket,
      });
      message.success('已新建，请补充送审材料后送审');
      form.resetFields();
      onClose();
      void navigate(`/review/items/${created.id}`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="新建送审事项"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存草稿"
      confirmLoading={busy}
      width={760}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
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
