import { App, Card, Descriptions, List, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { decisionsApi } from '../../api/decisions';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { WorkflowActions } from '../../components/WorkflowActions';
import { WorkflowPath } from '../../components/WorkflowPath';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { CommentsCard } from './CommentsCard';
import { decisionSteps } from './decision-steps';
import { NoticesCard } from './NoticesCard';
import { ProcedureCards } from './ProcedureCards';

const D = Descriptions.Item;
const or = (v: string | null | undefined) => v ?? '—';

/** One major decision: its steps from the kernel (refused ones with their article), draft, review, meeting, path. */
export default function DecisionPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const { can } = useAuth();
  const vocab = useVocabulary('decisions');
  const { data: d, error, reload } = useRequest(() => decisionsApi.get(id), [id]);
  if (!d) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  const participation = d.participationWithheld
    ? `依法不公开征求意见：${or(d.withheldReason)}`
    : d.commentOpensOn
      ? `${d.commentOpensOn} 至 ${d.commentClosesOn}${d.shortPeriodReason ? `（缩短理由：${d.shortPeriodReason}）` : ''}${d.commentClosedOn ? `，${d.commentClosedOn} 结束` : ''}`
      : '—';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={d.title}
        variant="borderless"
        extra={
          <Space>
            {d.affectsMarket && <Tag color="orange">涉及市场主体</Tag>}
            <Tag data-testid="decision-status">{d.statusLabel}</Tag>
          </Space>
        }
      >
        <WorkflowActions
          steps={decisionSteps(d, vocab.data)}
          blocked={d.blocked}
          onDone={(label) => {
            message.success(`${label}：已办理`);
            reload();
          }}
        />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <D label="目录">
            <Link to="/decisions/catalogue">{d.entry.year}年度决策事项目录</Link>（计划{' '}
            {d.entry.plannedBy}）
          </D>
          <D label="决策承办单位">{or(d.leadOffice)}</D>
          <D label="法律政策依据" span={2}>
            {d.entry.legalBasis}
          </D>
          <D label="公众参与" span={2}>
            <span data-testid="decision-participation">{participation}</span>
          </D>
          <D label="专家论证" span={2}>
            {or(d.expertSummary)}
          </D>
          <D label="风险评估" span={2}>
            {d.riskLevelLabel ? `${d.riskLevelLabel}：${d.riskReport}` : or(d.riskReport)}
          </D>
          {d.affectsMarket && (
            <D label="公平竞争审查" span={2}>
              {d.fcrConclusionLabel ? `${d.fcrConclusionLabel}：${d.fcrNote}` : '—'}
            </D>
          )}
          <D label="合法性审查" span={2}>
            <span data-testid="decision-legality">
              {d.legality ? (
                <>
                  <Link to={`/review/items/${d.legality.id}`}>{d.legality.title}</Link>（
                  {d.legality.stateLabel}
                  {d.legality.conclusionLabel
                    ? `，${d.legality.conclusionLabel} ${d.legality.opinionIssuedOn}`
                    : ''}
                  {d.legality.filedOn ? `，${d.legality.filedOn} 备案` : ''}）
                </>
              ) : (
                '尚未关联'
              )}
            </span>
          </D>
          <D label="向党委请示报告">{or(d.partyReportedOn)}</D>
          <D label="集体讨论">{d.meetingName ? `${d.meetingOn} ${d.meetingName}` : '—'}</D>
          {d.opinions.length > 0 && (
            <D label="会议发言（按顺序）" span={2}>
              {d.opinions.map((o) => `${o.member}：${o.opinion}`).join('；')}
              {d.departureReason && `。与多数意见不一致的理由：${d.departureReason}`}
              {d.dissent && `。不同意见：${d.dissent}`}
            </D>
          )}
          <D label="决定" span={2}>
            <span data-testid="decision-text">{or(d.decisionText)}</span>
          </D>
          <D label="公布">{d.publishedOn ? `${d.publishedOn} ${d.publicationNote ?? ''}` : '—'}</D>
          <D label="执行单位">{or(d.implementingUnit)}</D>
          {d.evaluationNote && (
            <D label="决策后评估" span={2}>
              {d.evaluationNote}
            </D>
          )}
          {d.changeReason && (
            <D label="调整或停止" span={2}>
              {d.changedOn} {d.changeReason}
            </D>
          )}
        </Descriptions>
      </Card>
      {d.draft && (
        <Card
          variant="borderless"
          title={`决策草案（第${d.draft.version}稿，${d.draft.createdOn}）`}
          extra={d.commentOpensOn && <Link to={`/portal/decisions/${d.id}`}>门户征求意见页</Link>}
        >
          <List
            size="small"
            dataSource={d.draft.articles}
            renderItem={(a) => (
              <List.Item>
                <b>{a.heading}</b>&nbsp;{a.text}
              </List.Item>
            )}
          />
        </Card>
      )}
      {d.status !== 'proposed' && <NoticesCard d={d} onChange={reload} />}
      {d.status !== 'proposed' && (
        <ProcedureCards
          id={d.id}
          status={d.status}
          canHandle={can('decisions.handle')}
          onChange={reload}
        />
      )}
      {d.commentOpensOn && (
        <CommentsCard id={d.id} canHandle={can('decisions.handle')} onChange={reload} />
      )}
      <Card title="决策过程记录" variant="borderless">
        <WorkflowPath path={d.path} ahead={d.ahead} />
      </Card>
    </Space>
  );
}
