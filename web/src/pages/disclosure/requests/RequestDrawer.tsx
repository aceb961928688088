import { Divider, Drawer, Skeleton, Tag } from 'antd';
import { requestsApi, type RequestVocabulary } from '../../../api/disclosure-requests';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PrintButton } from '../../../components/PrintButton';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { useRequest } from '../../../lib/use-request';
import { RequestActions } from './RequestActions';
import { RequestDocuments } from './RequestDocuments';
import { requestPrints } from './request-prints';
import { RequestSummary } from './RequestSummary';

/** One application: its facts, clocks, documents, and the steps the caller may take now. */
export function RequestDrawer({
  id,
  vocab,
  onClose,
  onChanged,
}: {
  id: string | null;
  vocab: RequestVocabulary;
  onClose: () => void;
  onChanged: () => void;
}) {
  const {
    data: req,
    error,
    loading,
    reload,
  } = useRequest(() => requestsApi.get(id ?? ''), [id], !!id);
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={760}
      title={
        req ? (
          <>
            政府信息公开申请 <code>{req.trackingCode}</code> <Tag>{req.stateLabel}</Tag>
          </>
        ) : (
          '申请详情'
        )
      }
      extra={
        req && req.id === id && <PrintButton choices={requestPrints(req)} testId="request-print" />
      }
      data-testid="request-drawer"
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !req && <Skeleton active />}
      {req && req.id === id && (
        <>
          <Divider titlePlacement="start">可执行的操作</Divider>
          <RequestActions req={req} vocab={vocab} onChanged={changed} />
          <Divider titlePlacement="start">申请与期限</Divider>
          <RequestSummary req={req} />
          <Divider titlePlacement="start">文书与材料</Divider>
          <RequestDocuments req={req} />
          <Divider titlePlacement="start">流转记录</Divider>
          <WorkflowPath path={req.path} ahead={req.ahead} />
        </>
      )}
    </Drawer>
  );
}
