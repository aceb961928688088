import {
  AutoComplete,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Statistic,
  Table,
} from 'antd';
import { useState } from 'react';
import { legalServicesApi, type AssistanceRecord } from '../../api/legal-services';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { useTown } from '../../lib/town';

/**
 * 司法协助 (help given to courts and other organs, any subtype) and the station's figures of the year:
 * 法律咨询、化解矛盾、法律援助、司法协助, each counted from the records with its definition.
 */
export default function AssistancePage() {
  const { can } = useAuth();
  const { townId } = useTown();
  const [tick, setTick] = useState(0);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const list = useRequest(
    () => legalServicesApi.assistance({ orgId: townId, ...page }),
    [townId, tick, JSON.stringify(page)],
  );
  const stats = useRequest(
    () => legalServicesApi.stats({ year, orgId: townId }),
    [year, townId, tick],
  );
  const s = stats.data;
  return (
    <>
      <Card
        title={`公共法律服务统计（${year} 年）`}
        variant="borderless"
        style={{ marginBottom: 16 }}
        extra={
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
            data-testid="legal-services-stats-year"
          />
        }
      >
        <ErrorAlert error={stats.error} onRetry={stats.reload} />
        {s && (
          <Row gutter={16} data-testid="legal-services-stats">
            {(
              [
                ['consultations', '法律咨询（次）'],
                ['mediations', '化解矛盾（件）'],
                ['legalAid', '法律援助（件）'],
                ['judicialAssistance', '司法协助（次）'],
              ] as const
            ).map(([k, label]) => (
              <Col xs={12} md={6} key={k}>
                <Statistic title={label} value={s[k]} />
                <div style={{ fontSize: 12, color: '#888' }}>{s.definitions[k]}</div>
              </Col>
            ))}
          </Row>
        )}
        {s?.satisfaction.average != null && (
          <p style={{ marginTop: 12 }}>
            满意度：{s.satisfaction.rated} 人次评价，平均 {s.satisfaction.average} 星
          </p>
        )}
      </Card>
      <Card
        title="司法协助记录"
        variant="borderless"
        extra={
          can('legal_services.assistance.record') && (
            <Button type="primary" onClick={() => setAdding(true)}>
              登记司法协助
            </Button>
          )
        }
      >
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<AssistanceRecord>
          rowKey="id"
          size="small"
          scroll={{ x: 900 }}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <ListEmpty text="暂无司法协助记录" /> }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
          }}
          columns={[
            { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
            { title: '类别', dataIndex: 'subtype', width: 140 },
            { title: '协助机关', dataIndex: 'requester', width: 200 },
            { title: '案号', dataIndex: 'caseRef', width: 200 },
            { title: '事项', dataIndex: 'summary' },
            { title: '完成日期', dataIndex: 'doneOn', width: 110, render: (d) => d ?? '办理中' },
            { title: '承办人', dataIndex: 'handlerName', width: 90 },
          ]}
        />
      </Card>
      {adding && (
        <StepModal<Record<string, string>>
          open
          title="登记司法协助"
          onClose={() => setAdding(false)}
          initialValues={{ receivedOn: todayInShanghai() }}
          onSubmit={async (v) => {
            const body: Record<string, unknown> = { ...v };
            for (const k of Object.keys(body)) if (!body[k]) delete body[k];
            await legalServicesApi.recordAssistance(body);
            setTick((t) => t + 1);
          }}
        >
          <Form.Item
            name="subtype"
            label="协助类别"
            rules={[{ required: true, message: '请填写协助类别' }]}
          >
            <AutoComplete
              options={(list.data?.subtypes ?? []).map((v) => ({ value: v }))}
              placeholder="可选择或自行填写"
            />
          </Form.Item>
          <Form.Item
            name="requester"
            label="提出协助的机关"
            rules={[{ required: true, message: '请填写协助机关' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="caseRef" label="案号或文号">
            <Input />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label="收到日期"
            rules={[{ required: true, message: '请填写日期' }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="doneOn" label="完成日期">
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="handlerName"
            label="承办人"
            rules={[{ required: true, message: '请填写承办人' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="summary"
            label="协助事项"
            rules={[{ required: true, message: '请填写协助事项' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="result" label="协助结果">
            <Input.TextArea rows={2} />
          </Form.Item>
        </StepModal>
      )}
    </>
  );
}
