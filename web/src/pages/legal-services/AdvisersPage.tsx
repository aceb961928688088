import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { legalServicesApi, type Adviser } from '../../api/legal-services';
import { orgsApi } from '../../api/orgs';
import { useAuth } from '../../auth/auth-context';
import { BasisText } from '../../components/BasisText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { useTown } from '../../lib/town';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';
import { AdviserEvaluationsModal } from './AdviserEvaluationsModal';

/**
 * 一村一法律顾问: each village's adviser with the hours, place and contact the village publishes, this
 * year's services by kind, 聘任 of a new adviser, the adviser's service log and yearly evaluation.
 */
export default function AdvisersPage() {
  const { can } = useAuth();
  const { townId } = useTown();
  const vocab = useVocabulary('legalServices');
  const [tick, setTick] = useState(0);
  const [appointing, setAppointing] = useState(false);
  const [logging, setLogging] = useState<Adviser | null>(null);
  const [evaluating, setEvaluating] = useState<Adviser | null>(null);
  const { data, error, loading, reload } = useRequest(
    () => legalServicesApi.advisers(townId),
    [townId, tick],
  );
  const orgs = useRequest(() => orgsApi.list(), [], appointing);
  const villages = (orgs.data?.items ?? [])
    .filter((o) => o.kind === 'village' || o.kind === 'community')
    .map((o) => ({ value: o.id, label: o.name }));
  const kinds = vocab.data?.adviserLogKinds ?? {};
  return (
    <Card
      title="一村一法律顾问"
      variant="borderless"
      extra={
        can('legal_services.adviser.manage') && (
          <Button type="primary" onClick={() => setAppointing(true)} data-testid="adviser-appoint">
            聘任法律顾问
          </Button>
        )
      }
    >
      {data && (
        <p>
          村法律顾问的接待时间、场所和联系方式向村民公布（
          <BasisText text={data.basis} />
          ）。
        </p>
      )}
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Adviser>
        rowKey="id"
        size="small"
        scroll={{ x: 900 }}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <ListEmpty text="暂无村法律顾问" /> }}
        pagination={false}
        columns={[
          { title: '村（社区）', dataIndex: 'village', width: 120 },
          { title: '法律顾问', dataIndex: 'name', width: 90 },
          { title: '所在机构', dataIndex: 'firm', width: 180 },
          { title: '接待时间', dataIndex: 'hours', width: 170 },
          { title: '接待场所', dataIndex: 'place' },
          { title: '联系电话', dataIndex: 'phone', width: 130 },
          {
            title: '本年度服务',
            width: 220,
            render: (_, a) =>
              Object.entries(a.logs ?? {})
                .map(([k, n]) => `${kinds[k] ?? k} ${n}`)
                .join('，') || '—',
          },
          {
            title: '',
            width: 180,
            render: (_, a) => (
              <Space>
                {can('legal_services.adviser.log') && (
                  <Button size="small" onClick={() => setLogging(a)}>
                    记录服务
                  </Button>
                )}
                <Button
                  size="small"
                  onClick={() => setEvaluating(a)}
                  data-testid={`adviser-evaluations-${a.name}`}
                >
                  年度考核
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {appointing && (
        <StepModal<Record<string, string>>
          open
          title="聘任村法律顾问"
          onClose={() => setAppointing(false)}
          initialValues={{ since: todayInShanghai() }}
          onSubmit={async (v) => {
            await legalServicesApi.appointAdviser(v);
            setTick((t) => t + 1);
          }}
        >
          <Form.Item
            name="villageId"
            label="村（社区）"
            rules={[{ required: true, message: '请选择村' }]}
          >
            <Select options={villages} loading={orgs.loading} />
          </Form.Item>
          {(
            [
              ['name', '法律顾问姓名'],
              ['firm', '所在律师事务所或法律服务所'],
              ['phone', '联系电话'],
              ['hours', '接待时间'],
              ['place', '接待场所'],
            ] as const
          ).map(([name, label]) => (
            <Form.Item
              key={name}
              name={name}
              label={label}
              rules={[{ required: true, message: `请填写${label}` }]}
            >
              <Input />
            </Form.Item>
          ))}
          <Form.Item
            name="since"
            label="聘任日期"
            rules={[{ required: true, message: '请填写聘任日期' }]}
          >
            <Input type="date" />
          </Form.Item>
        </StepModal>
      )}
      {evaluating && (
        <AdviserEvaluationsModal adviser={evaluating} onClose={() => setEvaluating(null)} />
      )}
      {logging && (
        <StepModal<Record<string, string>>
          open
          title={`记录服务：${logging.village} ${logging.name}`}
          onClose={() => setLogging(null)}
          initialValues={{ onDate: todayInShanghai(), kind: 'meeting' }}
          onSubmit={async (v) => {
            await legalServicesApi.logAdviser(logging.id, v);
            setTick((t) => t + 1);
          }}
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Form.Item name="kind" label="服务类别">
              <Select options={optionsOf(kinds)} />
            </Form.Item>
            <Form.Item
              name="onDate"
              label="服务日期"
              rules={[{ required: true, message: '请填写日期' }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="subject"
              label="会议或事项"
              rules={[{ required: true, message: '请填写事项' }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="summary"
              label="服务内容"
              rules={[{ required: true, message: '请填写服务内容' }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          </Space>
        </StepModal>
      )}
    </Card>
  );
}
