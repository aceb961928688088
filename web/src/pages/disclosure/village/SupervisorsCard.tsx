import { App, Button, DatePicker, Form, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { usersApi } from '../../../api/users';
import { villageApi } from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';

/**
 * A village's 村务监督委员会: only its members may review the village's publications, and they may
 * not draft them (浙江实施办法 第三十条、第三十二条).
 */
export function SupervisorsCard({
  villages,
  canManage,
}: {
  villages: { id: string; name: string }[];
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const [villageId, setVillageId] = useState<string | undefined>(villages[0]?.id);
  const members = useRequest(() => villageApi.supervisors(villageId!), [villageId], !!villageId);
  const people = useRequest(
    () => usersApi.list({ orgId: villageId, page: 1, pageSize: 100 }),
    [villageId],
    !!villageId && canManage,
  );
  const [form] = Form.useForm<{
    userId: string;
    role: 'chair' | 'member';
    electedOn: import('dayjs').Dayjs;
  }>();
  const add = async () => {
    const v = await form.validateFields();
    try {
      await villageApi.addSupervisor(villageId!, {
        userId: v.userId,
        role: v.role,
        electedOn: v.electedOn.format('YYYY-MM-DD'),
      });
      form.resetFields();
      members.reload();
      message.success('已登记');
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <>
      <Select
        value={villageId}
        onChange={setVillageId}
        options={villages.map((v) => ({ value: v.id, label: v.name }))}
        style={{ width: 180, marginBottom: 12 }}
        data-testid="supervisors-village"
      />
      <ErrorAlert error={members.error} onRetry={members.reload} />
      <Typography.Paragraph type="secondary">{members.data?.basis}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={members.data?.members ?? []}
        locale={{ emptyText: '尚未登记监委会成员' }}
        columns={[
          { title: '姓名', dataIndex: 'displayName' },
          {
            title: '职务',
            dataIndex: 'role',
            render: (r: string) => (r === 'chair' ? '主任' : '委员'),
          },
          { title: '推选日期', dataIndex: 'electedOn' },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'end',
                  render: (_: unknown, m: { id: string }) => (
                    <Popconfirm
                      title="登记该成员卸任？"
                      onConfirm={() =>
                        void villageApi
                          .endSupervisor(villageId!, m.id)
                          .then(members.reload, (e: unknown) => message.error(errorText(e)))
                      }
                    >
                      <Button size="small" danger>
                        卸任
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12 }}
          initialValues={{ role: 'member' }}
        >
          <Form.Item name="userId" rules={[{ required: true, message: '请选择村民账号' }]}>
            <Select
              placeholder="本村账号"
              style={{ width: 160 }}
              options={people.data?.items.map((u) => ({ value: u.id, label: u.displayName }))}
            />
          </Form.Item>
          <Form.Item name="role">
            <Select
              style={{ width: 90 }}
              options={[
                { value: 'chair', label: '主任' },
                { value: 'member', label: '委员' },
              ]}
            />
          </Form.Item>
          <Form.Item name="electedOn" rules={[{ required: true, message: '推选日期' }]}>
            <DatePicker placeholder="推选日期" />
          </Form.Item>
          <Space>
            <Button onClick={() => void add()}>登记成员</Button>
          </Space>
        </Form>
      )}
    </>
  );
}
