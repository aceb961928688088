import { Card, Col, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { reviewApi, type Dashboard, type ReviewStats } from '../../api/review';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { SettingsCard } from './SettingsCard';

const StatsCharts = lazy(() => import('./StatsCharts'));
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** 审查看板: the year's figures (as the annual report states them), rates, per-rule precision and every open deadline. */
export default function DashboardPage() {
  const [year, setYear] = useState<number>(() => Number(new Date().toISOString().slice(0, 4)));
  const { townId } = useTown();
  const stats = useRequest(() => reviewApi.stats(year, townId), [year, townId]);
  const board = useRequest(() => reviewApi.dashboard(townId), [townId]);
  const s: ReviewStats | undefined = stats.data;
  // Open on the latest year that has records (the demo's are 2024).
  useEffect(() => {
    if (
      s &&
      s.reviewedOnPlatform === 0 &&
      s.report.offlineVillageContracts === 0 &&
      s.years.length &&
      !s.years.includes(year)
    )
      setYear(s.years[s.years.length - 1]!);
  }, [s, year]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="合法性审查统计"
        variant="borderless"
        extra={
          <Select
            value={year}
            onChange={setYear}
            options={[...new Set([...(s?.years ?? []), year])]
              .sort()
              .map((y) => ({ value: y, label: `${y}年` }))}
            style={{ width: 110 }}
            data-testid="review-stats-year"
          />
        }
      >
        <ErrorAlert error={stats.error} onRetry={stats.reload} />
        {s && (
          <>
            <Row gutter={[16, 16]} data-testid="review-stats">
              <Col xs={12} md={8} xl={4}>
                <Statistic title="合同类（平台）" value={s.report.contracts} suffix="个" />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title="村规民约" value={s.report.villageRules} suffix="个" />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic
                  title="重大行政决策备案审查"
                  value={s.report.majorDecisionFilings}
                  suffix="个"
                />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title="其他事项" value={s.report.other} suffix="个" />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic
                  title="线下村级合同"
                  value={s.report.offlineVillageContracts}
                  suffix="件"
                />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title="应审尽审率" value={pct(s.coverage.rate)} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic
                  title="平均审查用时"
                  value={s.averageWorkingDaysToOpinion ?? '—'}
                  suffix="个工作日"
                />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title="按期出具意见" value={pct(s.onTime.rate)} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic
                  title="村规民约按期备案"
                  value={`${s.filings.villageRulesOnTime}/${s.filings.villageRulesDue}`}
                />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title="报县级中心备案" value={s.filings.county} suffix="件" />
              </Col>
            </Row>
            <Suspense fallback={null}>
              <StatsCharts stats={s} />
            </Suspense>
          </>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title="按村（科室）统计" variant="borderless">
            <Table
              size="small"
              rowKey="orgId"
              dataSource={s?.byOrg ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: '送审单位', dataIndex: 'name' },
                { title: '平台审查', dataIndex: 'platform' },
                { title: '线下审查', dataIndex: 'offline' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="智能预审规则命中与采纳率" variant="borderless">
            <Table
              size="small"
              rowKey="ruleId"
              data-testid="review-rule-stats"
              dataSource={s?.rules ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: '规则', dataIndex: 'ruleId', width: 70 },
                { title: '名称', dataIndex: 'title' },
                { title: '命中', dataIndex: 'hits', width: 60 },
                {
                  title: '采纳/不采纳',
                  key: 'd',
                  width: 100,
                  render: (_, r) => `${r.accepted}/${r.dismissed}`,
                },
                { title: '采纳率', dataIndex: 'precision', width: 80, render: pct },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        title="未办结期限"
        variant="borderless"
        extra={
          board.data && (
            <Space>
              {board.data.byState
                .filter((b) => b.count && !['archived', 'withdrawn'].includes(b.state))
                .map((b) => (
                  <Tag key={b.state}>
                    {b.label} {b.count}
                  </Tag>
                ))}
            </Space>
          )
        }
      >
        <ErrorAlert error={board.error} onRetry={board.reload} />
        <Table<Dashboard['deadlines'][number]>
          size="small"
          rowKey={(r) => r.clock.id}
          loading={board.loading}
          dataSource={board.data?.deadlines ?? []}
          data-testid="review-deadlines"
          locale={{ emptyText: <ListEmpty text="没有未办结的期限" /> }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            {
              title: '状态',
              key: 's',
              width: 100,
              render: (_, r) => <ClockStatusTag status={r.clock.status} clockId={r.clock.id} />,
            },
            {
              title: '事项',
              dataIndex: 'title',
              render: (t: string, r) => <Link to={`/review/items/${r.itemId}`}>{t}</Link>,
            },
            { title: '期限', dataIndex: 'kind', width: 120 },
            { title: '送审单位', dataIndex: 'orgName', width: 140 },
            {
              title: '届满日',
              key: 'due',
              width: 110,
              render: (_, r) => formatDate(r.clock.dueDate),
            },
            { title: '事项状态', dataIndex: 'stateLabel', width: 130 },
          ]}
        />
      </Card>
      <SettingsCard />
    </Space>
  );
}
