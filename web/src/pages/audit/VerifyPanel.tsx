import { Alert, Table, Tag } from 'antd';
import type { ChainCheck, VerifyResult } from '../../api/audit';
import { formatInstant } from '../../lib/format';

/**
 * Result of re-computing every keyed (HMAC-SM3) hash chain: green when intact, red with the first broken
 * event; a chain with no keyed event (未加密钥保护) is a warning, since only anchors can tell it from one
 * rewritten whole by someone without the key.
 */
export function VerifyPanel({ result, onClose }: { result: VerifyResult; onClose: () => void }) {
  const broken = result.chains.find((c) => !c.ok);
  const unprotected = result.chains.filter((c) => c.unprotected);
  const total = result.chains.reduce((n, c) => n + c.events, 0);
  return (
    <div data-testid="audit-verify-result" style={{ marginBottom: 16 }}>
      <Alert
        type={result.ok ? 'success' : 'error'}
        showIcon
        closable={{ onClose }}
        title={result.ok ? '校验通过：审计日志未被篡改' : '校验失败：审计日志哈希链断裂'}
        description={
          result.ok
            ? `已于 ${formatInstant(result.checkedAt)} 校验 ${result.chains.length} 条链、共 ${total} 条记录，哈希值全部吻合。`
            : broken?.break
              ? `链“${broken.name}”自第 ${broken.break.seq} 条记录起不一致：${broken.break.message}（事件编号 ${broken.break.eventId ?? '已缺失'}）`
              : '存在校验未通过的链，详见下表。'
        }
        style={{ marginBottom: 8 }}
      />
      {unprotected.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="audit-verify-unprotected"
          title={`${unprotected.length} 条链未加密钥保护`}
          description={`链“${unprotected.map((c) => c.name).join('”“')}”的记录全部为无密钥哈希：或是升级前的旧链、升级后尚无新记录，或是整条链被不掌握密钥的人改写（新安装的系统不应出现）。请用保存在库外的锚点文件核对（npx fazhi audit verify --anchors）。`}
          style={{ marginBottom: 8 }}
        />
      )}
      <Table<ChainCheck>
        size="small"
        rowKey="chainId"
        pagination={false}
        dataSource={result.chains}
        columns={[
          { title: '链', dataIndex: 'name' },
          { title: '记录数', dataIndex: 'events', width: 90 },
          {
            title: '结果',
            key: 'ok',
            width: 120,
            render: (_, c) =>
              !c.ok ? (
                <Tag color="red">断裂</Tag>
              ) : c.unprotected ? (
                <Tag color="orange">通过·未加密钥</Tag>
              ) : (
                <Tag color="green">通过</Tag>
              ),
          },
          {
            title: '首个问题',
            key: 'break',
            render: (_, c) =>
              c.break ? `#${c.break.seq} ${c.break.problem}：${c.break.message}` : '—',
          },
        ]}
      />
    </div>
  );
}
