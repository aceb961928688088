import { Space } from 'antd';
import type { CaseDetail } from '../../api/enforcement';
import { BasisText } from '../../components/BasisText';
import { ClockStatusTag } from '../../components/ClockStatusTag';

/**
 * The case's statutory clocks as disputes show theirs: each period from its start, its due day, the
 * traffic light (hover: how the date was counted) and its article.
 */
export function CaseClocks({ detail: d }: { detail: CaseDetail }) {
  return (
    <Space orientation="vertical" size={2} data-testid="case-clocks">
      {d.clocks.length === 0 &&
        (d.procedure === 'simple' ? '简易程序案件当场作出决定' : '立案后开始计算办案期限')}
      {d.clocks.map((c) => (
        <Space key={c.id} size={4} wrap>
          {c.purpose}：{c.startDate} 起 {c.limitDays} {c.unit === 'working' ? '个工作日' : '日'}
          {c.extensionDays > 0 && `（延长 ${c.extensionDays} 日）`}，截至 {c.dueDate}
          {c.stoppedOn && `，${c.stoppedOn}办结`}
          <ClockStatusTag status={c.status} clockId={c.id} />
          <span>
            依据
            <BasisText text={c.basis} />
          </span>
        </Space>
      ))}
    </Space>
  );
}
