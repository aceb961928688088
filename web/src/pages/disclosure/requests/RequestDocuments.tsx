import { Button, List, Tag } from 'antd';
import { download } from '../../../api/client';
import type { RequestDetail } from '../../../api/disclosure-requests';
import { formatInstant } from '../../../lib/format';

/** Letters, originals and released copies; a tag says whether the applicant can see each one. */
export function RequestDocuments({ req }: { req: RequestDetail }) {
  return (
    <>
      <List
        size="small"
        dataSource={req.documents}
        locale={{ emptyText: '暂无文书' }}
        data-testid="request-documents"
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button
                key="dl"
                size="small"
                type="link"
                onClick={() => void download(`/files/${d.fileId}`, undefined, `${d.title}.docx`)}
                data-testid={`doc-${d.kind}`}
              >
                下载
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {d.kindLabel}
                  {d.docNumber && (
                    <span style={{ marginLeft: 8, color: '#666' }}>{d.docNumber}</span>
                  )}
                </>
              }
              description={
                <>
                  {formatInstant(d.createdAt)}{' '}
                  {d.visibleToApplicant ? (
                    <Tag color="green">申请人可见</Tag>
                  ) : (
                    <Tag>仅工作人员可见</Tag>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {req.redactions.map((r) => (
        <div
          key={r.id}
          style={{ fontSize: 12, color: '#666', marginTop: 8 }}
          data-testid="request-redaction"
        >
          区分处理（{r.method === 'auto_docx' ? '自动遮盖' : '上传处理后文本'}）：
          {r.items
            .map(
              (i) =>
                `${i.groundLabel}${i.count ? ` ${i.count} 处` : ''}${i.samples.length ? `（如 ${i.samples.join('、')}）` : ''}`,
            )
            .join('；')}
          ；理由：{r.grounds}
        </div>
      ))}
    </>
  );
}
