import { BLANK_DATE } from './PrintSheet';

/** What a 送达回证 names: the letter served and to whom. */
interface Served {
  /** The serving authority (发文机关). */
  authority: string;
  letter: string;
  docNumber: string | null;
  recipient: string;
  address: string | null;
  /** The record the letter belongs to (查询码 / 事项名称), so the returned slip finds its file. */
  record: string;
}

/**
 * 送达回证: the slip the recipient signs when a letter is handed over or posted, kept in the record's
 * file as proof of the day of service. Everything the system knows is printed; the rest is written by hand.
 */
export function ServiceReceipt({ s }: { s: Served }) {
  return (
    <>
      <h1>送达回证</h1>
      <div className="print-org">{s.authority}</div>
      <table data-testid="service-receipt">
        <tbody>
          <tr>
            <th>送达文书</th>
            <td>{s.letter}</td>
          </tr>
          <tr>
            <th>文号</th>
            <td>{s.docNumber ?? '（未编号）'}</td>
          </tr>
          <tr>
            <th>所属事项</th>
            <td>{s.record}</td>
          </tr>
          <tr>
            <th>受送达人</th>
            <td>{s.recipient}</td>
          </tr>
          <tr>
            <th>送达地址</th>
            <td>{s.address ?? ''}</td>
          </tr>
          <tr>
            <th>送达方式</th>
            <td>{'□ 直接送达　□ 邮寄送达　□ 电子送达　□ 留置送达'}</td>
          </tr>
          <tr>
            <th>受送达人签名或盖章</th>
            <td className="print-sign">
              <div style={{ textAlign: 'right', marginTop: 36 }}>{BLANK_DATE}</div>
            </td>
          </tr>
          <tr>
            <th>代收人及代收理由</th>
            <td className="print-sign" />
          </tr>
          <tr>
            <th>送达人签名</th>
            <td className="print-sign">
              <div style={{ textAlign: 'right', marginTop: 36 }}>{BLANK_DATE}</div>
            </td>
          </tr>
          <tr>
            <th>备注</th>
            <td className="print-sign" />
          </tr>
        </tbody>
      </table>
      <p className="print-note">
        说明：受送达人应在本回证上签名或盖章并写明签收日期；拒绝签收的，由送达人在备注栏注明情况。本回证随案归档。
      </p>
    </>
  );
}
