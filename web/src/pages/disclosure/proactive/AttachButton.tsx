import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { proactiveApi } from '../../../api/disclosure-proactive';

/** Uploads one file (PDF, images, DOCX, XLSX, OFD — checked by content on the server) and links it to the record. */
export function AttachButton({
  attach,
  onDone,
  testId,
}: {
  attach: (fileId: string) => Promise<unknown>;
  onDone: () => void;
  testId?: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      showUploadList={false}
      beforeUpload={(file) => {
        setBusy(true);
        proactiveApi
          .uploadFile(file)
          .then((f) => attach(f.id))
          .then(() => {
            message.success('附件已添加');
            onDone();
          })
          .catch((e: unknown) => message.error(errorText(e)))
          .finally(() => setBusy(false));
        return false;
      }}
    >
      <Button icon={<PaperClipOutlined />} loading={busy} data-testid={testId}>
        添加附件
      </Button>
    </Upload>
  );
}
