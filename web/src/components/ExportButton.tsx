import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorText } from '../api/client';

/** Downloads the list as it is filtered now (the server streams the XLSX); shows progress and errors. */
export function ExportButton({
  download,
  label = '导出 Excel',
  testId,
}: {
  download: () => Promise<void>;
  label?: string;
  testId: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await download();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
