import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, List, Typography } from 'antd';
import type { CaseDetail } from '../../api/enforcement';

/**
 * 案卷评查: the papers the case's stage requires, each with its article, the missing ones first
 * (《行政处罚法》第四十七条: the whole process recorded and archived).
 */
export function CaseFileReview({ detail: d }: { detail: CaseDetail }) {
  const items = [...d.fileReview.items].sort((a, b) => Number(a.present) - Number(b.present));
  return (
    <div data-testid="case-file-review">
      <Alert
        style={{ marginBottom: 8 }}
        type={d.fileReview.complete ? 'success' : 'warning'}
        showIcon
        title={
          d.fileReview.complete
            ? '案卷材料齐全'
            : `案卷缺少 ${items.filter((i) => !i.present).length} 项材料`
        }
      />
      <List
        size="small"
        dataSource={items}
        renderItem={(i) => (
          <List.Item data-testid={i.present ? 'file-item-present' : 'file-item-missing'}>
            <span>
              {i.present ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              ) : (
                <CloseCircleTwoTone twoToneColor="#ff4d4f" />
              )}{' '}
              {i.item}
            </span>
            <Typography.Text type="secondary">{i.basis}</Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
