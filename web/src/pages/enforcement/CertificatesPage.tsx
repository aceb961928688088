import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { enforcementApi, type Certificate } from '../../api/enforcement';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { certificateState } from './certificate-expiry';
import { FieldsItem } from './FieldsSelect';
import { TrainingModal } from './TrainingModal';

interface Values {
  userId: string;
  certNo: string;
  fields: string[];
  issuedOn: Dayjs;
  expiresOn: Dayjs;
}

function NewCertificateModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const vocab = useVocabulary('enforcement');
  const staff = useRequest(() => enforcementApi.staff(), []);
  return (
    <StepModal<Values>
      open
      title="登记行政执法证"
      okText="登记"
      onClose={onClose}
      onSubmit={async ({ issuedOn, expiresOn, ...v }) => {
        await enforcementApi.createCertificate({
          ...v,
          issuedOn: issuedOn.format('YYYY-MM-DD'),
          expiresOn: expiresOn.format('YYYY-MM-DD'),
        });
        onDone();
      }}
      testId="certificate-new"
    >
      <ErrorAlert error={staff.error} />
      <Form.Item name="userId" label="持证人" rules={[{ required: true, message: '请选择持证人' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={staff.loading}
          options={(staff.data?.items ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName}（${u.username}）`,
          }))}
          data-testid="certificate-holder"
        />
      </Form.Item>
      <Form.Item name="certNo" label="执法证号" rules={[{ required: true, message: '请填写' }]}>
        <Input maxLength={40} data-testid="certificate-no" />
      </Form.Item>
      <FieldsItem label="执法领域" options={vocab.data?.fields ?? []} />
      <Form.Item name="issuedOn" label="发证日期" rules={[{ required: true, message: '请选择' }]}>
        <DatePicker data-testid="certificate-issued" />
      </Form.Item>
      <Form.Item name="expiresOn" label="有效期至" rules={[{ required: true, message: '请选择' }]}>
        <DatePicker data-testid="certificate-expires" />
      </Form.Item>
    </StepModal>
  );
}

/**
 * 行政执法证登记 (《浙江省综合行政执法条例》第二十八条): each officer's certificate, expiring ones flagged.
 * A case step needing certified officers is refused when fewer than two hold a valid one. Each holder's
 * training hours this year are shown against the town's requirement (第三十一条; 60 学时 by default).
 */
export default function CertificatesPage() {
  const { can } = useAuth();
  const { townId } = useTown();
  const [creating, setCreating] = useState(false);
  const [training, setTraining] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => enforcementApi.certificates(townId),
    [townId],
  );
  const today = todayInShanghai();
  const expiring = (data?.items ?? []).filter((c) => certificateState(c, today).expiring);
  return (
    <Card
      title="行政执法证"
      variant="borderless"
      extra={
        can('enforcement.authority.manage') && (
          <Space>
            <Button onClick={() => setTraining(true)} data-testid="training-create">
              登记培训
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="certificate-create"
            >
              登记执法证
            </Button>
          </Space>
        )
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      {expiring.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="certificates-expiring"
          title={`${expiring.length} 张执法证即将到期：${expiring.map((c) => `${c.holder}（${c.expiresOn}）`).join('、')}，请及时换证`}
        />
      )}
      <Table<Certificate>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="certificates-table"
        locale={{ emptyText: <ListEmpty text="尚未登记执法证" /> }}
        columns={[
          { title: '持证人', dataIndex: 'holder' },
          { title: '执法证号', dataIndex: 'certNo' },
          {
            title: '执法领域',
            key: 'fields',
            render: (_, c) => c.fields.map((f) => <Tag key={f.key}>{f.label}</Tag>),
          },
          { title: '发证日期', dataIndex: 'issuedOn' },
          { title: '有效期至', dataIndex: 'expiresOn' },
          {
            title: `${data?.trainingYear ?? ''}年培训学时`,
            key: 'training',
            render: (_, c) => (
              <span data-testid={`certificate-training-${c.certNo}`}>
                {c.trainingHours}
                {c.trainingBelow && (
                  <Tag color="orange" style={{ marginLeft: 6 }}>
                    未达{data?.trainingRequired}学时
                  </Tag>
                )}
              </span>
            ),
          },
          {
            title: '状态',
            key: 'state',
            render: (_, c) => {
              const s = certificateState(c, today);
              return (
                <Tag color={s.color} data-testid={`certificate-state-${c.certNo}`}>
                  {s.label}
                </Tag>
              );
            },
          },
        ]}
      />
      {training && (
        <TrainingModal
          holders={data?.items ?? []}
          onClose={() => setTraining(false)}
          onDone={reload}
        />
      )}
      {creating && (
        <NewCertificateModal
          onClose={() => setCreating(false)}
          onDone={() => {
            reload();
          }}
        />
      )}
    </Card>
  );
}
