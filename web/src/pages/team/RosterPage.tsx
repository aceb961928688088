import { Button, Card, Col, InputNumber, Row, Statistic, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { teamApi, type TeamMember } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { useAuth } from '../../auth/auth-context';
import { MemberFormModal } from './MemberFormModal';

/**
 * 法治队伍: the year's figures (each with its definition on hover) and the roster — degree, 法律职业资格,
 * roles, 行政执法证 from the enforcement registry with its expiry, training hours.
 */
export default function RosterPage() {
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const { townId, townName } = useTown();
  const { can } = useAuth();
  const [adding, setAdding] = useState(false);
  const stats = useRequest(() => teamApi.stats(year, townId ?? undefined), [year, townId]);
  const roster = useRequest(() => teamApi.members(year, townId ?? undefined), [year, townId]);
  const t = stats.data?.team;
  const figures = t
    ? ([
        ['法学硕士法审员', t.lawMasterReviewers, 'team-master'],
        ['法学学士机关干部', t.lawBachelors, 'team-bachelor'],
        ['持法律职业资格', t.legalQualified, 'team-qualified'],
        ['法律顾问团队', t.adviserTeams, 'team-advisers'],
        ['培训学时', t.trainingHours, 'team-hours'],
      ] as const)
    : [];
  return (
    <Card
      title={`法治队伍${townName ? `（${townName}）` : ''}`}
      variant="borderless"
      extra={
        <>
          年度 <InputNumber min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
          {can('team.manage') && (
            <Button
              type="primary"
              style={{ marginLeft: 12 }}
              onClick={() => setAdding(true)}
              data-testid="member-create"
            >
              新增人员
            </Button>
          )}
        </>
      }
    >
      <ErrorAlert error={stats.error ?? roster.error} onRetry={roster.reload} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {figures.map(([title, f, testId]) => (
          <Col xs={12} md={4} key={testId}>
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
      <Table<TeamMember>
        rowKey="id"
        loading={roster.loading}
        dataSource={roster.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            width: 90,
            render: (t: string) => <span data-testid="member-row">{t}</span>,
          },
          { title: '职务', dataIndex: 'post' },
          { title: '职责', render: (_, m) => m.roles.map((r) => <Tag key={r.key}>{r.label}</Tag>) },
          { title: '学位', dataIndex: 'degreeLabel', width: 100 },
          {
            title: '法律职业资格',
            width: 110,
            render: (_, m) => (m.legalQualification ? '有' : '—'),
          },
          {
            title: '执法证',
            render: (_, m) =>
              m.certificates.map((c) => (
                <Tag key={c.certNo} color={c.valid ? 'blue' : 'red'}>
                  {c.certNo}（至 {c.expiresOn}）
                </Tag>
              )),
          },
          { title: '培训学时', dataIndex: 'trainingHours', width: 90 },
          {
            title: '身份',
            width: 90,
            render: (_, m) => (m.leftOn ? `已离开 ${m.leftOn}` : m.townStaff ? '机关干部' : '外聘'),
          },
        ]}
      />
      <MemberFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onDone={() => {
          roster.reload();
          stats.reload();
        }}
      />
    </Card>
  );
}
