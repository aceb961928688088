import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { requestsApi, type RedactPreviewResult } from '../../../api/disclosure-requests';

const KIND_LABELS: Record<RedactPreviewResult['items'][number]['kind'], string> = {
  marked: '标注的文字',
  id_number: '身份证号码',
  phone: '电话号码',
};

/** Where in the Word package a match sits, in the words a reviewer knows. */
function partLabel(part: string): string {
  if (part === 'word/document.xml') return '正文（含修订、域代码）';
  if (/^word\/header\d*\.xml$/.test(part)) return '页眉';
  if (/^word\/footer\d*\.xml$/.test(part)) return '页脚';
  if (part === 'word/comments.xml') return '批注';
  if (part === 'word/footnotes.xml') return '脚注';
  if (part === 'word/endnotes.xml') return '尾注';
  if (part === 'docProps/core.xml') return '文档属性';
  if (part === 'docProps/app.xml') return '应用程序属性';
  if (part === 'docProps/custom.xml') return '自定义属性';
  return part;
}

/**
 * 区分处理 preview (第三十七条): before the released copy is made, what automatic redaction will remove —
 * how many matches per rule (masked samples only), in which parts of the document, and the released
 * text with ■ where text goes. `body()` gives the request body, or null with the reason it cannot.
 */
export function RedactPreview({
  requestId,
  body,
}: {
  requestId: string;
  body: () => Record<string, unknown> | string;
}) {
  const [result, setResult] = useState<RedactPreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const run = async () => {
    const b = body();
    setResult(null);
    if (typeof b === 'string') {
      setError(b);
      return;
    }
    setLoading(true);
    setError(null);
    try {
      setResult(await requestsApi.redactPreview(requestId, b));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div data-testid="redact-preview">
      <Button onClick={() => void run()} loading={loading} data-testid="redact-preview-run">
        预览将去除的内容
      </Button>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
      {result && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Descriptions size="small" column={1} bordered>
            {result.items.map((i, k) => (
              <Descriptions.Item key={k} label={KIND_LABELS[i.kind]}>
                {i.count} 处{' '}
                {i.samples.map((s) => (
                  <Tag key={s}>{s}</Tag>
                ))}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label="涉及部分">
              {result.parts.length
                ? result.parts.map((p) => (
                    <Tag key={p.part} data-testid="redact-preview-part">
                      {partLabel(p.part)} {p.count}
                    </Tag>
                  ))
                : '无'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">公开文本正文（■ 为遮盖处）</Typography.Text>
          <pre
            data-testid="redact-preview-text"
            style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto', margin: 0 }}
          >
            {result.text}
            {result.truncated ? '\n……' : ''}
          </pre>
        </Space>
      )}
    </div>
  );
}
