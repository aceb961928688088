import { UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Radio, Select, Upload, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import {
  requestsApi,
  type RequestDetail,
  type RequestVocabulary,
} from '../../../api/disclosure-requests';
import { StepModal } from '../../../components/StepModal';
import { RedactPreview } from './RedactPreview';

interface Values {
  originalFileId?: string;
  mode: 'auto' | 'uploaded';
  marks?: string;
  markGround?: string;
  idNumbers?: boolean;
  phones?: boolean;
  grounds?: string[];
  note?: string;
}

/** 区分处理 (第三十七条): keep the original, release a copy without what must not be disclosed, say why. */
export function RedactModal({
  open,
  req,
  vocab,
  onClose,
  onDone,
}: {
  open: boolean;
  req: RequestDetail;
  vocab: RequestVocabulary;
  onClose: () => void;
  onDone: () => void;
}) {
  const [original, setOriginal] = useState<File | null>(null);
  const [released, setReleased] = useState<File | null>(null);
  const originals = req.documents.filter((d) => d.kind === 'original');

  /** The auto-mode rules of the form, as the API takes them. */
  const autoRules = (v: Values) => {
    const ground = v.markGround ?? 'personal_privacy';
    return {
      marks: (v.marks ?? '')
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ text, ground })),
      ...(v.idNumbers ? { idNumbers: 'personal_privacy' } : {}),
      ...(v.phones ? { phones: 'personal_privacy' } : {}),
    };
  };

  const submit = async (v: Values) => {
    let originalFileId = v.originalFileId;
    if (original) {
      const up = await requestsApi.uploadFile(original);
      await requestsApi.original(req.id, up.id);
      originalFileId = up.id;
    }
    if (!originalFileId) throw new Error('请先上传原件');
    const body: Record<string, unknown> = {
      originalFileId,
      mode: v.mode,
      ...(v.note ? { note: v.note } : {}),
    };
    if (v.mode === 'auto') Object.assign(body, autoRules(v));
    else {
      if (!released) throw new Error('请上传已作区分处理的公开文本');
      body.releasedFileId = (await requestsApi.uploadFile(released)).id;
      body.grounds = v.grounds ?? [];
    }
    await requestsApi.redact(req.id, body);
    setOriginal(null);
    setReleased(null);
    onDone();
  };

  const pick = (set: (f: File) => void, testId: string, label: string) => (
    <span data-testid={testId}>
      <Upload
        maxCount={1}
        beforeUpload={(f) => {
          set(f);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{label}</Button>
      </Upload>
    </span>
  );

  return (
    <StepModal<Values>
      open={open}
      title="区分处理（第十五条、第三十七条）"
      okText="生成公开文本"
      onClose={onClose}
      testId="redact"
      onSubmit={submit}
      initialValues={{
        mode: 'auto',
        idNumbers: true,
        phones: true,
        markGround: 'personal_privacy',
        originalFileId: originals[0]?.fileId,
      }}
    >
      {(form) => (
        <>
          <Form.Item
            label="原件（不向申请人提供）"
            name="originalFileId"
            extra="DOCX 可自动遮盖；PDF、图片请上传已处理的公开文本"
          >
            <Select
              allowClear
              placeholder="已保存的原件"
              options={originals.map((d) => ({ value: d.fileId, label: d.title }))}
            />
          </Form.Item>
          <Form.Item>{pick(setOriginal, 'redact-original-upload', '上传新的原件')}</Form.Item>
          <Form.Item label="处理方式" name="mode">
            <Radio.Group
              options={[
                { value: 'auto', label: '自动遮盖（DOCX）' },
                { value: 'uploaded', label: '上传已处理的公开文本' },
              ]}
              data-testid="redact-mode"
            />
          </Form.Item>
          <ModeFields
            form={form}
            vocab={vocab}
            pickReleased={pick(setReleased, 'redact-released-upload', '上传公开文本')}
            preview={
              <RedactPreview
                requestId={req.id}
                body={() => {
                  const v = form.getFieldsValue(true) as Values;
                  if (!v.originalFileId || original)
                    return '请先选择已保存的原件（新上传的原件在生成公开文本时保存）';
                  return { originalFileId: v.originalFileId, ...autoRules(v) };
                }}
              />
            }
          />
          <Form.Item label="备注" name="note">
            <Input />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

function ModeFields({
  form,
  vocab,
  pickReleased,
  preview,
}: {
  form: FormInstance<Values>;
  vocab: RequestVocabulary;
  pickReleased: ReactNode;
  preview: ReactNode;
}) {
  const mode = Form.useWatch('mode', form) as Values['mode'] | undefined;
  const grounds = vocab.redactionGrounds.map((g) => ({
    value: g.value,
    label: `${g.label}（${g.basis}）`,
  }));
  if (mode === 'uploaded') {
    return (
      <>
        <Form.Item>{pickReleased}</Form.Item>
        <Form.Item
          label="已遮盖内容的理由"
          name="grounds"
          rules={[{ required: true, message: '请注明理由' }]}
        >
          <Select mode="multiple" options={grounds} data-testid="redact-grounds" />
        </Form.Item>
      </>
    );
  }
  return (
    <>
      <Form.Item label="需遮盖的文字（每行一项，如姓名）" name="marks">
        <Input.TextArea rows={3} data-testid="redact-marks" />
      </Form.Item>
      <Form.Item label="标注文字的理由" name="markGround">
        <Select options={grounds} />
      </Form.Item>
      <Form.Item name="idNumbers" valuePropName="checked">
        <Checkbox>自动遮盖身份证号码（个人隐私，第十五条）</Checkbox>
      </Form.Item>
      <Form.Item name="phones" valuePropName="checked">
        <Checkbox>自动遮盖电话号码（个人隐私，第十五条）</Checkbox>
      </Form.Item>
      <Form.Item label="预览">{preview}</Form.Item>
    </>
  );
}
