import { Button, Card, Col, InputNumber, Row, Statistic, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { teamApi, type StudySession } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { useAuth } from '../../auth/auth-context';
import { SessionFormModal } from './SessionFormModal';
import { ShufaCard } from './ShufaCard';

/**
 * 学法述法: the year's 专题法治学习会, 会前学法 and 述法 counts, each session with attendance and materials,
 * and the year's 述法 reports.
 */
export default function StudyPage() {
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const { townId, townName } = useTown();
  const { can } = useAuth();
  const [adding, setAdding] = useState(false);
  const stats = useRequest(() => teamApi.stats(year, townId ?? undefined), [year, townId]);
  const sessions = useRequest(() => teamApi.sessions(year, townId ?? undefined), [year, townId]);
  const s = stats.data?.study;
  return (
    <>
      <Card
        title={`学法述法${townName ? `（${townName}）` : ''}`}
        variant="borderless"
        extra={
          <>
            年度{' '}
            <InputNumber min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
            {can('team.manage') && (
              <Button
                type="primary"
                style={{ marginLeft: 12 }}
                onClick={() => setAdding(true)}
                data-testid="session-create"
              >
                登记学法活动
              </Button>
            )}
          </>
        }
      >
        <ErrorAlert error={stats.error ?? sessions.error} onRetry={sessions.reload} />
        {s && (
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {(
              [
                ['专题法治学习会', s.thematicSessions, 'study-thematic'],
                ['会前学法', s.preMeetingSessions, 'study-premeeting'],
                ['述法人次', s.shufaReports, 'study-shufa'],
              ] as const
            ).map(([title, f, testId]) => (
              <Col xs={8} key={testId}>
                <Tooltip title={f.definition}>
                  <Statistic
                    title={title}
                    value={f.value}
                    valueRender={(v) => <span data-testid={testId}>{v}</span>}
                  />
                </Tooltip>
              </Col>
            ))}
          </Row>
        )}
        <Table<StudySession>
          rowKey="id"
          loading={sessions.loading}
          dataSource={sessions.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', width: 110 },
            { title: '类型', dataIndex: 'kindLabel', width: 130 },
            { title: '主题', dataIndex: 'title' },
            { title: '主讲', dataIndex: 'lecturer', width: 160 },
            { title: '出勤率', width: 90, render: (_, x) => `${x.attendanceRate}%` },
            { title: '缺席', render: (_, x) => x.absentees.join('；') || '—' },
            { title: '学习材料', render: (_, x) => x.materials.join('、') },
          ]}
        />
        <SessionFormModal
          open={adding}
          onClose={() => setAdding(false)}
          onDone={() => {
            sessions.reload();
            stats.reload();
          }}
        />
      </Card>
      <ShufaCard year={year} townId={townId ?? undefined} onChange={stats.reload} />
    </>
  );
}
