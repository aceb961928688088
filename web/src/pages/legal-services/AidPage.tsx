import { App, Card, Descriptions, Space, Tag } from 'antd';
import type { ClockBadge } from '@fazhi/shared';
import { useParams } from 'react-router';
import { legalServicesApi } from '../../api/legal-services';
import { BasisText } from '../../components/BasisText';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { WorkflowActions } from '../../components/WorkflowActions';
import { WorkflowPath } from '../../components/WorkflowPath';
import { useRequest } from '../../lib/use-request';
import { aidSteps } from './aid-steps';

const D = Descriptions.Item;

const Due = ({
  due,
  clock,
  testId,
}: {
  due: string | null;
  clock: ClockBadge | null;
  testId: string;
}) =>
  due ? (
    <Space size={4} data-testid={testId}>
      {due}
      {clock && <ClockStatusTag status={clock.status} clockId={clock.id} />}
    </Space>
  ) : (
    '—'
  );

/** One legal-aid application: its matter and means, the three clocks, the steps open now (refused ones with their article), its path. */
export default function AidPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { data: a, error, reload } = useRequest(() => legalServicesApi.aid(id), [id]);
  if (!a) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`法律援助申请 ${a.appNo}`}
        variant="borderless"
        extra={
          <Space>
            {a.advanced && <Tag color="orange">先行提供</Tag>}
            {a.advanceAllowed && a.status === 'received' && <Tag color="red">期限不足七日</Tag>}
            <Tag data-testid="aid-status">{a.statusLabel}</Tag>
          </Space>
        }
      >
        <WorkflowActions
          steps={aidSteps(a)}
          blocked={a.blocked}
          onDone={(label) => {
            message.success(`${label}：已办理`);
            reload();
          }}
        />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <D label="申请人">{a.applicantName}</D>
          <D label="受理日期">{a.receivedOn}</D>
          <D label="申请事项" span={2}>
            {a.matterLabel}（<BasisText text={a.matterBasis} />）
          </D>
          <D label="案情摘要" span={2}>
            {a.summary}
          </D>
          <D label="经济困难状况">
            {a.meansMethodLabel}
            {a.pledgeSigned && '（已签署诚信承诺书）'}
            {a.exemptionLabel && `：${a.exemptionLabel}`}
          </D>
          <D label="时效或期限届满日">{a.deadlineOn ?? '—'}</D>
          <D label="转交">{a.forwardedOn ? `${a.forwardedOn} ${a.centre}` : '—'}</D>
          <D label="决定期限（第四十三条）">
            <Due due={a.decisionDue} clock={a.decisionClock} testId="aid-decision-due" />
          </D>
          {a.materialsList.length > 0 && (
            <D label="一次性告知补充材料" span={2}>
              {a.materialsList.join('、')}（补充期限 {a.materialsDueOn}）
            </D>
          )}
          <D label="决定">
            {a.decidedOn
              ? `${a.decidedOn}${a.refusalReason ? ` 不予援助：${a.refusalReason}` : ' 给予援助'}`
              : '—'}
          </D>
          <D label="指派期限（第四十三条）">
            <Due due={a.assignDue} clock={a.assignClock} testId="aid-assign-due" />
          </D>
          <D label="法律援助人员" span={2}>
            <span data-testid="aid-lawyer-shown">
              {a.lawyerName ? `${a.lawyerFirm} ${a.lawyerName}（${a.assignedOn} 指派）` : '—'}
            </span>
          </D>
          {a.objectedOn && (
            <D label="异议（第四十九条）" span={2}>
              {a.objectedOn} 提出，审查期限{' '}
              <Due due={a.objectionDue} clock={a.objectionClock} testId="aid-objection-due" />
              {a.objectionResult && `；${a.objectionResult}`}
            </D>
          )}
          <D label="结案">{a.closedOn ?? '—'}</D>
        </Descriptions>
      </Card>
      <Card title="流转记录" variant="borderless">
        <WorkflowPath path={a.path} ahead={a.ahead} />
      </Card>
    </Space>
  );
}
