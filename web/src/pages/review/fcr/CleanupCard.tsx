import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Statistic, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { fcrApi, type CleanupRow } from '../../../api/review';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagedTable } from '../../../components/PagedTable';
import { useTown } from '../../../lib/town';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useRequest } from '../../../lib/use-request';
import { ExportButton } from '../../../components/ExportButton';

const COLORS = { kept: 'green', revised: 'orange', abolished: 'red' } as const;

/** 存量清理台账: existing documents checked for fair competition and kept, revised or abolished. */
export function CleanupCard() {
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Record<string, unknown>>();
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => fcrApi.cleanups({ ...page, orgId: townId }),
    [JSON.stringify(page), townId],
  );
  const day = (d: unknown) => (d as Dayjs | undefined)?.format('YYYY-MM-DD');
  const {
    error: addError,
    saving,
    close,
    submit,
  } = useFormSubmit(
    form,
    () => setAdding(false),
    (v) =>
      fcrApi.addCleanup(
        Object.fromEntries(
          Object.entries({ ...v, issuedOn: day(v.issuedOn), reviewedOn: day(v.reviewedOn) }).filter(
            ([, x]) => x,
          ),
        ),
      ),
    reload,
  );
  return (
    <Card
      title="存量政策措施清理台账"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.create && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="cleanup-add"
            >
              登记清理结果
            </Button>
          )}
          <ExportButton
            download={() => fcrApi.exportCleanups(townId)}
            testId="fcr-cleanup-export"
          />
        </Space>
      }
    >
      {data && (
        <Space size="large" style={{ marginBottom: 16 }}>
          <Statistic title="继续有效" value={data.counts.kept} />
          <Statistic title="修订" value={data.counts.revised} />
          <Statistic title="废止" value={data.counts.abolished} />
        </Space>
      )}
      <ErrorAlert error={error} onRetry={reload} />
      <PagedTable<CleanupRow>
        rowKey="id"
        loading={loading}
        data={data}
        paging={page}
        onPaging={setPage}
        emptyText="暂无清理记录"
        columns={[
          { title: '文件名称', dataIndex: 'docTitle' },
          { title: '文号', dataIndex: 'docNumber', width: 150 },
          {
            title: '清理结果',
            dataIndex: 'outcomeLabel',
            width: 100,
            render: (l: string, r) => <Tag color={COLORS[r.outcome]}>{l}</Tag>,
          },
          { title: '理由', dataIndex: 'reason' },
          { title: '清理日期', dataIndex: 'reviewedOn', width: 110 },
        ]}
      />
      <Modal
        open={adding}
        title="登记清理结果"
        onCancel={close}
        onOk={() => void submit()}
        confirmLoading={saving}
        destroyOnHidden
      >
        <ErrorAlert error={addError} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="docTitle"
            label="文件名称"
            rules={[{ required: true, min: 4, message: '请填写文件名称' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="docNumber" label="文号">
            <Input />
          </Form.Item>
          <Form.Item name="issuedOn" label="印发日期">
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="outcome"
            label="清理结果"
            rules={[{ required: true, message: '请选择' }]}
          >
            <Select
              options={[
                { value: 'kept', label: '继续有效' },
                { value: 'revised', label: '修订' },
                { value: 'abolished', label: '废止' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label="理由"
            rules={[{ required: true, min: 4, message: '请说明理由' }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="reviewedOn"
            label="清理日期"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="campaign" label="清理批次">
            <Input placeholder="如：2024年涉企政策文件公平竞争审查清查" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
