import { Card, Col, Row, Skeleton, Space, Tag, Tooltip } from 'antd';
import type { CalendarDay } from '../../../api/calendar';

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');

/** One month as a Monday-first grid: holidays red, make-up workdays marked 班, weekends grey. */
function MonthGrid({
  year,
  month,
  byDate,
}: {
  year: number;
  month: number;
  byDate: Map<string, CalendarDay>;
}) {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (number | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length }, (_, i) => i + 1),
  ];

  return (
    <Card size="small" title={`${month} 月`} variant="outlined">
      <div className="month-grid">
        {WEEK_HEAD.map((w) => (
          <div key={w} style={{ color: '#888' }}>
            {w}
          </div>
        ))}
        {cells.map((d, i) => {
          if (d === null) return <div key={`blank-${i}`} />;
          const date = `${year}-${pad(month)}-${pad(d)}`;
          const special = byDate.get(date);
          const weekend = i % 7 >= 5;
          const cls = special ? special.kind : weekend ? 'weekend' : '';
          const cell = (
            <div className={`cell ${cls}`} data-date={date} data-kind={special?.kind}>
              {d}
              {special && <span className="badge">{special.kind === 'holiday' ? '休' : '班'}</span>}
            </div>
          );
          return special ? (
            <Tooltip key={date} title={special.name}>
              {cell}
            </Tooltip>
          ) : (
            <div key={date}>{cell}</div>
          );
        })}
      </div>
    </Card>
  );
}

export function YearCalendar({
  year,
  days,
  loading,
}: {
  year: number;
  days: CalendarDay[];
  loading: boolean;
}) {
  if (loading) return <Skeleton active paragraph={{ rows: 8 }} />;
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <div data-testid="year-calendar">
      <Space style={{ marginBottom: 12 }} size="large">
        <span>
          <Tag color="red">休</Tag>法定节假日
        </span>
        <span>
          <Tag color="blue">班</Tag>调休上班
        </span>
        <span style={{ color: '#999' }}>灰色日期：周末</span>
      </Space>
      <Row gutter={[12, 12]}>
        {Array.from({ length: 12 }, (_, i) => (
          <Col key={i} xs={24} sm={12} md={8} xl={6}>
            <MonthGrid year={year} month={i + 1} byDate={byDate} />
          </Col>
        ))}
      </Row>
    </div>
  );
}
