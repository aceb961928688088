import { Button, List } from 'antd';
import { download } from '../../api/client';
import type { CaseDetail } from '../../api/enforcement';
import { useAuth } from '../../auth/auth-context';

/**
 * The case's letters issued through the letter office (文号): the 事先告知书, the 行政处罚决定书 and the 催告书.
 * A letter recorded with its paper 文号 only (cases entered after the fact) has no file to download.
 * Town staff download the whole 案卷 as a ZIP (卷内目录 and every document, 行政处罚法 第四十七条).
 */
export function CaseDocuments({ detail }: { detail: CaseDetail }) {
  const { user } = useAuth();
  const docs = [
    {
      key: 'notice',
      title: '行政处罚事先告知书',
      no: detail.noticeDocNo,
      fileId: detail.noticeFileId,
    },
    {
      key: 'decision',
      title: '行政处罚决定书',
      no: detail.decisionDocNo,
      fileId: detail.decisionFileId,
    },
    { key: 'urge', title: '催告书', no: detail.urgeDocNo, fileId: detail.urgeFileId },
  ].filter((d) => d.no || d.fileId);
  return (
    <List
      size="small"
      footer={
        user?.town ? (
          <Button
            size="small"
            onClick={() =>
              void download(
                `/enforcement/cases/${detail.id}/case-file`,
                undefined,
                `案卷-${detail.caseNo}.zip`,
              )
            }
            data-testid="case-file-download"
          >
            下载案卷（ZIP）
          </Button>
        ) : null
      }
      dataSource={docs}
      locale={{ emptyText: '尚未出具文书' }}
      data-testid="case-documents"
      renderItem={(d) => (
        <List.Item
          actions={
            d.fileId
              ? [
                  <Button
                    key="dl"
                    size="small"
                    type="link"
                    onClick={() =>
                      void download(`/files/${d.fileId}`, undefined, `${d.title}.docx`)
                    }
                    data-testid={`case-doc-${d.key}`}
                  >
                    下载
                  </Button>,
                ]
              : [<span key="paper">纸质文书</span>]
          }
        >
          <List.Item.Meta title={d.title} description={d.no ?? '—'} />
        </List.Item>
      )}
    />
  );
}
