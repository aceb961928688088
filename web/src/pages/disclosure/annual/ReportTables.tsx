import type { CSSProperties, ReactNode } from 'react';
import type { ReportView } from '../../../api/disclosure-annual';

/**
 * The three statistical tables drawn as the 2021 template lays them out (merged header cells, the
 * vertical 三、本年度办理结果 label), from the layout and figures the server sends.
 */
const table: CSSProperties = {
  borderCollapse: 'collapse',
  width: '100%',
  fontSize: 13,
  marginBottom: 16,
  background: '#fff',
};
const cell: CSSProperties = {
  border: '1px solid #8c8c8c',
  padding: '4px 6px',
  textAlign: 'center',
};
const left: CSSProperties = { ...cell, textAlign: 'left' };

const Td = ({
  children,
  style = cell,
  ...span
}: {
  children: ReactNode;
  style?: CSSProperties;
  colSpan?: number;
  rowSpan?: number;
}) => (
  <td style={style} {...span}>
    {children}
  </td>
);

export function Table2({ r }: { r: ReportView }) {
  const f = r.sectionTwo;
  const [b1, b5, b6, b8] = r.layout.table2Blocks;
  const head = (b: { header: string[] }) =>
    b.header.length === 4
      ? b.header.map((h) => (
          <Td key={h}>
            <b>{h}</b>
          </Td>
        ))
      : [
          <Td key="a">
            <b>{b.header[0]}</b>
          </Td>,
          <Td key="b" colSpan={3}>
            <b>{b.header[1]}</b>
          </Td>,
        ];
  const one = (label: string, v: number | string) => (
    <tr>
      <Td style={left}>{label}</Td>
      <Td colSpan={3}>{v}</Td>
    </tr>
  );
  const iss = (label: string, c: { issued: number; abolished: number; inForce: number }) => (
    <tr>
      <Td style={left}>{label}</Td>
      <Td>{c.issued}</Td>
      <Td>{c.abolished}</Td>
      <Td>{c.inForce}</Td>
    </tr>
  );
  const caption = (b: { caption: string }) => (
    <tr>
      <Td colSpan={4}>
        <b>{b.caption}</b>
      </Td>
    </tr>
  );
  return (
    <table style={table} data-testid="report-table2">
      <tbody>
        {caption(b1!)}
        <tr>{head(b1!)}</tr>
        {iss('规章', f.article20Item1.rules)}
        {iss('行政规范性文件', f.article20Item1.normativeDocuments)}
        {caption(b5!)}
        <tr>{head(b5!)}</tr>
        {one('行政许可', f.article20Item5.licensingDecisions)}
        {caption(b6!)}
        <tr>{head(b6!)}</tr>
        {one('行政处罚', f.article20Item6.penaltyDecisions)}
        {one('行政强制', f.article20Item6.coercionDecisions)}
        {caption(b8!)}
        <tr>{head(b8!)}</tr>
        {one('行政事业性收费', Number(f.article20Item8.feesWan.toFixed(4)))}
      </tbody>
    </table>
  );
}

const GROUPED = new Set(['withheld', 'unavailable', 'rejected', 'other']);

export function Table3({ r }: { r: ReportView }) {
  const L = r.layout;
  const cols = L.columns;
  const rows = L.table3Rows;
  const results = rows.slice(2, -1);
  const nums = (values: Record<string, number>) =>
    cols.map((c) => <Td key={c.key}>{values[c.key]}</Td>);
  return (
    <table style={table} data-testid="report-table3">
      <tbody>
        <tr>
          <Td colSpan={3} rowSpan={3}>
            {L.table3Caption}
          </Td>
          <Td colSpan={7}>
            <b>申请人情况</b>
          </Td>
        </tr>
        <tr>
          <Td rowSpan={2}>{cols[0]!.label}</Td>
          <Td colSpan={5}>法人或其他组织</Td>
          <Td rowSpan={2}>{cols[6]!.label}</Td>
        </tr>
        <tr>
          {cols.slice(1, 6).map((c) => (
            <Td key={c.key}>{c.label}</Td>
          ))}
        </tr>
        {rows.slice(0, 2).map((row) => (
          <tr key={row.key}>
            <Td colSpan={3} style={left}>
              {row.label}
            </Td>
            {nums(row.values)}
          </tr>
        ))}
        {results.map((row, i) => {
          const grouped = !!row.group && GROUPED.has(row.group);
          const first = grouped && results.findIndex((x) => x.group === row.group) === i;
          const size = results.filter((x) => x.group === row.group).length;
          return (
            <tr key={row.key} data-testid={`report-row-${row.key}`}>
              {i === 0 && (
                <Td rowSpan={results.length} style={{ ...cell, writingMode: 'vertical-rl' }}>
                  {L.resultsLabel}
                </Td>
              )}
              {first && <Td rowSpan={size}>{L.groupLabels[row.group!]}</Td>}
              {grouped ? (
                <Td style={left}>{row.label}</Td>
              ) : (
                <Td colSpan={2} style={left}>
                  {row.label}
                </Td>
              )}
              {nums(row.values)}
            </tr>
          );
        })}
        {rows.slice(-1).map((row) => (
          <tr key={row.key}>
            <Td colSpan={3} style={left}>
              {row.label}
            </Td>
            {nums(row.values)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Table4({ r }: { r: ReportView }) {
  const L = r.layout;
  return (
    <table style={table} data-testid="report-table4">
      <tbody>
        <tr>
          <Td colSpan={5}>
            <b>行政复议</b>
          </Td>
          <Td colSpan={10}>
            <b>行政诉讼</b>
          </Td>
        </tr>
        <tr>
          {L.table4Results.map((x) => (
            <Td key={x.key} rowSpan={2}>
              {x.label}
            </Td>
          ))}
          <Td colSpan={5}>{L.table4Groups[1]!.label}</Td>
          <Td colSpan={5}>{L.table4Groups[2]!.label}</Td>
        </tr>
        <tr>
          {[1, 2].flatMap((g) =>
            L.table4Results.map((x) => <Td key={`${g}-${x.key}`}>{x.label}</Td>),
          )}
        </tr>
        <tr>
          {L.table4Groups.flatMap((g) =>
            L.table4Results.map((x) => (
              <Td key={`${g.key}-${x.key}`}>{r.sectionFour[g.key][x.key]}</Td>
            )),
          )}
        </tr>
      </tbody>
    </table>
  );
}
