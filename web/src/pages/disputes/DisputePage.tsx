import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { disputesApi } from '../../api/disputes';
import { BasisText } from '../../components/BasisText';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { WorkflowActions } from '../../components/WorkflowActions';
import { WorkflowPath } from '../../components/WorkflowPath';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { disputeSteps } from './dispute-steps';
import { SignaturesCard } from './SignaturesCard';

const D = Descriptions.Item;

/**
 * One dispute: its summary and parties (masked as the server serves them), the mediation and 司法确认
 * clocks, the steps open to the caller (refused ones with their article), the sessions, the outcome with
 * the 调解协议书 download, and its path.
 */
export default function DisputePage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const vocab = useVocabulary('disputes');
  const { data: d, error, reload } = useRequest(() => disputesApi.get(id), [id]);
  if (!d) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  const fileId = d.agreementFileId;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${d.code} ${d.title}`}
        variant="borderless"
        extra={<Tag data-testid="dispute-status">{d.statusLabel}</Tag>}
      >
        {d.duplicateOf && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={
              <span>
                可能与 <Link to={`/disputes/${d.duplicateOf.id}`}>{d.duplicateOf.code}</Link>{' '}
                重复登记
              </span>
            }
          />
        )}
        <WorkflowActions
          steps={disputeSteps(d, vocab.data)}
          blocked={d.blocked}
          onDone={(label) => {
            message.success(`${label}：已办理`);
            reload();
          }}
        />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <D label="受理渠道">
            {d.channelLabel}
            {d.sourceLabel && <Tag style={{ marginLeft: 6 }}>{d.sourceLabel}</Tag>}
          </D>
          <D label="渠道编号">{d.channelRef ?? '—'}</D>
          <D label="受理日期">{d.receivedOn}</D>
          <D label="纠纷类型">{d.categoryLabel}</D>
          <D label="主要事实和争议事项" span={2}>
            {d.facts}
          </D>
          <D label="承办调解组织">
            {d.handlerName
              ? `${d.handlerName}（${d.handlerKindLabel ?? ''}）${d.mediatorName ? `，调解员${d.mediatorName}` : ''}`
              : '—'}
            {d.chosenByParties && <Tag style={{ marginLeft: 6 }}>当事人选择</Tag>}
          </D>
          <D label="退回理由">{d.returnReason ?? '—'}</D>
          <D label="期限" span={2}>
            <Space orientation="vertical" size={2} data-testid="dispute-clocks">
              {d.clocks.length === 0 && '受理后开始计算调解期限'}
              {d.clocks.map((c) => (
                <Space key={c.id} size={4} wrap>
                  {c.purpose}：{c.startDate} 起 {c.limitDays} 日
                  {c.extensionDays > 0 && `（延长 ${c.extensionDays} 日）`}，截至 {c.dueDate}
                  <ClockStatusTag status={c.status} clockId={c.id} />
                  <span>
                    依据
                    <BasisText text={c.basis} />
                  </span>
                </Space>
              ))}
            </Space>
          </D>
          <D label="调解结果" span={2}>
            <Space wrap data-testid="dispute-outcome">
              {d.outcomeLabel ?? '—'}
              {d.concludedOn && `（${d.concludedOn}办结${d.onTime === false ? '，超期' : ''}）`}
              {d.outcomeNote}
              {fileId && (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  data-testid="dispute-agreement-download"
                  onClick={() =>
                    void disputesApi.downloadAgreement({ code: d.code, agreementFileId: fileId })
                  }
                >
                  人民调解协议书
                </Button>
              )}
            </Space>
          </D>
          <D label="司法确认" span={2}>
            <span data-testid="dispute-confirmation-state">
              {d.confirmationAppliedOn
                ? `${d.confirmationAppliedOn} 已向${d.confirmationCourt ?? ''}申请司法确认`
                : d.confirmationDue
                  ? `可于 ${d.confirmationDue} 前共同申请司法确认`
                  : '—'}
            </span>
          </D>
          <D label="回访" span={2}>
            {d.closedOn
              ? `${d.closedOn} 回访，满意度 ${d.rating ?? '—'}/5${d.revisitNote ? `：${d.revisitNote}` : ''}`
              : '—'}
          </D>
        </Descriptions>
      </Card>
      <Card title="当事人" variant="borderless">
        <Table
          rowKey={(p) => `${p.role}:${p.name}`}
          size="small"
          pagination={false}
          scroll={{ x: 600 }}
          dataSource={d.parties}
          data-testid="dispute-parties"
          columns={[
            { title: '身份', dataIndex: 'roleLabel', width: 90 },
            { title: '姓名或名称', dataIndex: 'name' },
            { title: '证件号码', dataIndex: 'idNumber', render: (v) => v ?? '—' },
            { title: '联系电话', dataIndex: 'phone', render: (v) => v ?? '—' },
            { title: '住址', dataIndex: 'address', render: (v) => v ?? '—' },
          ]}
        />
      </Card>
      <SignaturesCard d={d} onChange={reload} />
      <Card title="调解记录" variant="borderless">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 600 }}
          dataSource={d.sessions}
          data-testid="dispute-sessions"
          locale={{ emptyText: '尚未记录调解情况' }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', width: 110 },
            { title: '地点', dataIndex: 'place', width: 160 },
            { title: '参加人员', dataIndex: 'attendees', width: 180 },
            { title: '调解情况', dataIndex: 'summary' },
          ]}
        />
      </Card>
      <Card title="流转记录" variant="borderless">
        <WorkflowPath path={d.path} ahead={d.ahead} />
      </Card>
    </Space>
  );
}
