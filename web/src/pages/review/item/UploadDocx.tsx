import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { reviewApi } from '../../../api/review';

/** Uploads one file and hands its id to the form (value/onChange, for Form.Item). */
export function UploadDocx({
  value,
  onChange,
  accept = '.docx',
  label = '选择 Word 文档（.docx）',
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  accept?: string;
  label?: string;
}) {
  const { message } = App.useApp();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept={accept}
      maxCount={1}
      showUploadList={false}
      beforeUpload={(file) => {
        setBusy(true);
        reviewApi
          .uploadFile(file)
          .then((f) => {
            setName(f.name);
            onChange?.(f.id);
          })
          .catch((e: unknown) => message.error(errorText(e)))
          .finally(() => setBusy(false));
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid="review-upload">
        {value && name ? `已上传：${name}` : label}
      </Button>
    </Upload>
  );
}
