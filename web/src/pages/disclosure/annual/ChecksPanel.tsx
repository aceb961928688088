import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { List } from 'antd';
import type { Check } from '../../../api/disclosure-annual';

/** V1–V5 with their verdicts; a failing check lists the cells that break it. Publication needs all five. */
export function ChecksPanel({ checks }: { checks: Check[] }) {
  return (
    <List
      size="small"
      bordered
      header="校验（国办公开办函〔2021〕30号表三勾稽关系）"
      dataSource={checks}
      data-testid="report-checks"
      renderItem={(c) => (
        <List.Item data-testid={`check-${c.code}`}>
          <List.Item.Meta
            avatar={
              c.ok ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              ) : (
                <CloseCircleTwoTone twoToneColor="#cf1322" />
              )
            }
            title={`${c.code} ${c.title}`}
            description={
              c.ok ? '通过' : <span style={{ color: '#cf1322' }}>{c.failures.join('；')}</span>
            }
          />
        </List.Item>
      )}
    />
  );
}
