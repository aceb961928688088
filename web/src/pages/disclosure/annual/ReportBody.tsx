import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ReportView } from '../../../api/disclosure-annual';
import { Table2, Table3, Table4 } from './ReportTables';

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p, i) => (
      <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>
        {p}
      </Typography.Paragraph>
    ));

/**
 * The report's six sections as a web page; `edit` lets the staff page put editors in place of the
 * written sections (一、五、六).
 */
export function ReportBody({
  r,
  edit,
}: {
  r: ReportView;
  edit?: { overview: ReactNode; problems: ReactNode; otherMatters: ReactNode };
}) {
  const [s1, s2, s3, s4, s5, s6] = r.layout.sections;
  return (
    <div data-testid="report-body">
      <Typography.Title level={5}>{s1}</Typography.Title>
      {edit?.overview ?? paragraphs(r.narrative.overview)}
      <Typography.Title level={5}>{s2}</Typography.Title>
      <Table2 r={r} />
      <Typography.Title level={5}>{s3}</Typography.Title>
      <Table3 r={r} />
      <Typography.Title level={5}>{s4}</Typography.Title>
      <Table4 r={r} />
      <Typography.Title level={5}>{s5}</Typography.Title>
      {edit?.problems ?? paragraphs(r.narrative.problems)}
      <Typography.Title level={5}>{s6}</Typography.Title>
      <Typography.Paragraph style={{ textIndent: '2em' }} data-testid="report-fee-line">
        {r.fees.line}
      </Typography.Paragraph>
      {edit?.otherMatters ?? paragraphs(r.narrative.otherMatters)}
    </div>
  );
}
