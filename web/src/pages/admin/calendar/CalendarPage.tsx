import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { calendarApi, type EnteredNotice, type NoticeSummary } from '../../../api/calendar';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { formatDate, formatInstant } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';
import { NoticeFormModal } from './NoticeFormModal';
import { NoticeImportModal } from './NoticeImportModal';
import { YearCalendar } from './YearCalendar';

const SOURCES: Record<NoticeSummary['source'], string> = {
  'chinese-days': '系统预置',
  form: '表单录入',
  csv: 'CSV 导入',
};
const thisYear = new Date().getFullYear();

/** 工作日历: the State Council holiday notices per year; years without one make deadlines provisional. */
export default function CalendarPage() {
  const auth = useAuth();
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear);
  const [dialog, setDialog] = useState<'form' | 'csv' | null>(null);
  const years = useRequest(() => calendarApi.years(), []);
  const days = useRequest(() => calendarApi.days(year), [year]);
  const notices = useRequest(() => calendarApi.notices(year), [year]);

  const known = years.data?.items ?? [];
  const yearOptions = [...new Set([...known.map((y) => y.year), thisYear, thisYear + 1, year])]
    .sort()
    .map((y) => ({ value: y, label: `${y} 年` }));
  const canManage = years.data?.abilities.manage ?? auth.can('calendar.manage');
  const provisional = days.data
    ? !days.data.covered
    : (known.find((y) => y.year === year)?.provisional ?? false);

  const reloadAll = () => {
    years.reload();
    days.reload();
    notices.reload();
  };
  const saved = (r: EnteredNotice) => {
    message.success(
      `已保存 ${r.notice.year} 年放假安排第 ${r.notice.version} 版，重新计算了 ${r.redated.count} 个在办期限`,
    );
    reloadAll();
  };
  useEffect(() => setDialog(null), [year]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            工作日历
            <Select
              value={year}
              options={yearOptions}
              onChange={setYear}
              style={{ width: 110 }}
              data-testid="calendar-year"
            />
          </Space>
        }
        variant="borderless"
        extra={
          canManage && (
            <Space>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog('form')}
                data-testid="calendar-add-notice"
              >
                录入放假安排
              </Button>
              <Button
                icon={<FileTextOutlined />}
                onClick={() => setDialog('csv')}
                data-testid="calendar-import-csv"
              >
                导入 CSV
              </Button>
            </Space>
          )
        }
      >
        {provisional && !days.loading && (
          <Alert
            type="warning"
            showIcon
            data-testid="calendar-provisional"
            title={`${year} 年国务院放假安排尚未录入`}
            description="该年度的法定期限暂按周末推算，结果标注为“暂定”。国务院办公厅通知发布后，请系统管理员及时录入，系统将自动重新计算受影响的期限。"
            style={{ marginBottom: 16 }}
          />
        )}
        <ErrorAlert error={days.error ?? years.error} onRetry={reloadAll} />
        <YearCalendar year={year} days={days.data?.days ?? []} loading={days.loading} />
      </Card>
      <Card title={`${year} 年放假安排通知`} variant="borderless">
        <ErrorAlert error={notices.error} onRetry={notices.reload} />
        <Table<NoticeSummary>
          rowKey="id"
          size="small"
          loading={notices.loading}
          dataSource={notices.data?.items ?? []}
          pagination={false}
          data-testid="calendar-notices"
          locale={{ emptyText: <ListEmpty text="该年度尚未录入放假安排" /> }}
          columns={[
            { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第 ${v} 版` },
            { title: '标题', dataIndex: 'title' },
            { title: '文号', dataIndex: 'docNumber', render: (v: string | null) => v ?? '—' },
            { title: '发布日期', dataIndex: 'publishedOn', render: formatDate },
            {
              title: '放假 / 调休',
              key: 'count',
              render: (_, n) => `${n.holidayCount} 天 / ${n.workdayCount} 天`,
            },
            {
              title: '来源',
              dataIndex: 'source',
              render: (s: NoticeSummary['source']) => <Tag>{SOURCES[s] ?? s}</Tag>,
            },
            { title: '录入人', dataIndex: 'enteredBy', render: (v: string | null) => v ?? '系统' },
            { title: '录入时间', dataIndex: 'enteredAt', render: formatInstant },
            {
              title: '状态',
              dataIndex: 'effective',
              render: (e: boolean) =>
                e ? <Tag color="green">现行有效</Tag> : <Tag>已被新版本替代</Tag>,
            },
          ]}
        />
      </Card>
      <NoticeFormModal
        open={dialog === 'form'}
        year={year}
        onClose={() => setDialog(null)}
        onSaved={saved}
      />
      <NoticeImportModal
        open={dialog === 'csv'}
        year={year}
        onClose={() => setDialog(null)}
        onSaved={saved}
      />
    </Space>
  );
}
