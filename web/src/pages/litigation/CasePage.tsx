import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useParams } from 'react-router';
import { litigationApi } from '../../api/litigation';
import { BasisText } from '../../components/BasisText';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { WorkflowActions } from '../../components/WorkflowActions';
import { WorkflowPath } from '../../components/WorkflowPath';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { caseSteps } from './case-steps';

const D = Descriptions.Item;

/** One case: its facts, the answer clock, the steps open to the caller (refused ones with their article), its path. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const vocab = useVocabulary('litigation');
  const { data: c, error, reload } = useRequest(() => litigationApi.get(id), [id]);
  if (!c) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  const appearance =
    c.leaderAppeared === null
      ? '—'
      : c.leaderAppeared
        ? `${c.leaderName}（${c.leaderTitle}）出庭${c.standIns ? `，${c.standIns}` : ''}`
        : `负责人未出庭（${c.standIns ?? ''}出庭）；情况说明：${c.absenceExplanation ?? ''}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${c.kindLabel} ${c.caseNo}`}
        variant="borderless"
        extra={
          <Space>
            {c.appearanceMandatory && <Tag color="red">负责人应当出庭</Tag>}
            <Tag data-testid="litigation-status">{c.statusLabel}</Tag>
          </Space>
        }
      >
        <WorkflowActions
          steps={caseSteps(c, vocab.data)}
          blocked={c.blocked}
          onDone={(label) => {
            message.success(`${label}：已办理`);
            reload();
          }}
        />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <D label="案由" span={2}>
            {c.title}
            {c.disclosureRelated && <Tag style={{ marginLeft: 6 }}>政府信息公开</Tag>}
          </D>
          <D label="申请人/原告">{c.claimantName}</D>
          <D label="被申请人/被告">
            {c.respondent}
            {c.entrustingBody && (
              <Tag style={{ marginLeft: 6 }}>受委托作出，委托机关为被申请人</Tag>
            )}
          </D>
          <D label="复议机关/法院">{c.reviewBody}</D>
          <D label="共同被告">{c.coDefendant ?? '—'}</D>
          <D label="收到副本">{c.receivedOn}</D>
          <D label="答复/答辩期限">
            <Space size={4} data-testid="litigation-answer-due">
              {c.answerDue}
              {c.answerClock && (
                <ClockStatusTag status={c.answerClock.status} clockId={c.answerClock.id} />
              )}
              {c.answerLate && <Tag color="red">逾期提交</Tag>}
            </Space>
          </D>
          <D label="会商" span={2}>
            {c.consultations.length ? (
              <Space orientation="vertical" size={2} data-testid="litigation-consultation">
                {c.consultations.map((x) => (
                  <span key={x.id}>
                    {x.heldOn}（{x.stageLabel}），{x.attendees.join('、')}：{x.decision}
                  </span>
                ))}
              </Space>
            ) : c.consultedOn ? (
              <span data-testid="litigation-consultation">
                {c.consultedOn}，{c.consultAttendees.join('、')}：{c.consultDecision}
              </span>
            ) : (
              '尚未会商'
            )}
          </D>
          <D label="提交答复/答辩">
            <Space size={4}>
              {c.answeredOn ?? '—'}
              {c.answerFileId && (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  data-testid="litigation-answer-download"
                  onClick={() =>
                    void litigationApi.downloadAnswer({
                      caseNo: c.caseNo,
                      kind: c.kind,
                      answerFileId: c.answerFileId!,
                    })
                  }
                >
                  {c.kind === 'litigation' ? '答辩状' : '答复书'}
                </Button>
              )}
            </Space>
          </D>
          <D label="开庭">{c.hearingOn ?? '—'}</D>
          <D label="出庭应诉" span={2}>
            <span data-testid="litigation-appearance">{appearance}</span>
          </D>
          <D label="结果">
            {c.outcomeLabel ? (
              <Space size={4}>
                {c.outcomeLabel}
                {(c.corrected || c.lost) && <Tag color="red">{c.corrected ? '纠错' : '败诉'}</Tag>}
              </Space>
            ) : (
              '—'
            )}
          </D>
          <D label="上诉期限">
            <Space size={4} data-testid="litigation-appeal-due">
              {c.appealDue ?? '—'}
              {c.appealClock && (
                <ClockStatusTag status={c.appealClock.status} clockId={c.appealClock.id} />
              )}
              {c.appealedOn && `${c.appealedOn} ${c.appealedByLabel ?? ''}`}
            </Space>
          </D>
          {c.outcomeBasis && (
            <D label="依据" span={2}>
              <BasisText text={c.outcomeBasis} />
            </D>
          )}
          <D label="一案一评" span={2}>
            {c.evaluation
              ? `${c.evaluation}（整改：${c.rectificationDept}，${c.rectificationMeasures}）`
              : '—'}
          </D>
          <D label="整改反馈" span={2}>
            <span data-testid="litigation-rectified">
              {c.rectifiedOn ? `${c.rectifiedOn} ${c.rectificationResult}` : '—'}
            </span>
          </D>
        </Descriptions>
      </Card>
      <Card title="流转记录" variant="borderless">
        <WorkflowPath path={c.path} ahead={c.ahead} />
      </Card>
    </Space>
  );
}
