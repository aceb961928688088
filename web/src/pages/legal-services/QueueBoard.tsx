import { Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { legalServicesApi, type QueueWindow, type Ticket } from '../../api/legal-services';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * 今日排队: each open window with the visitor at it, the numbers waiting, and the clerk's buttons —
 * 取号 for a walk-in, 叫号, 办理登记 for the called number, 过号 when the visitor is gone.
 */
export function QueueBoard({
  windows,
  canHandle,
  onChanged,
  onServe,
}: {
  windows: QueueWindow[];
  canHandle: boolean;
  onChanged: (note: string) => void;
  onServe: (t: Ticket) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const act = async (run: () => Promise<Ticket>, note: (t: Ticket) => string) => {
    setError(null);
    try {
      onChanged(note(await run()));
    } catch (e) {
      setError(e);
    }
  };
  if (!windows.length) return <Empty description="本站尚未开设窗口" />;
  return (
    <>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        {windows.map((w) => (
          <Col xs={24} md={12} xl={6} key={w.windowId}>
            <Card
              size="small"
              title={`${w.code} ${w.name}`}
              extra={<Typography.Text type="secondary">已办结 {w.served}</Typography.Text>}
              data-testid={`queue-window-${w.code}`}
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                {w.current.map((t) => (
                  <Space key={t.id} wrap>
                    <Tag color="blue" data-testid="queue-current">
                      {t.label} 办理中
                    </Tag>
                    {canHandle && (
                      <>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => onServe(t)}
                          data-testid={`serve-${t.label}`}
                        >
                          办理登记
                        </Button>
                        <Button
                          size="small"
                          onClick={() =>
                            void act(
                              () => legalServicesApi.skip(t.id),
                              (x) => `${x.label} 已过号`,
                            )
                          }
                        >
                          过号
                        </Button>
                      </>
                    )}
                  </Space>
                ))}
                <div data-testid="queue-waiting">
                  等候：
                  {w.waiting.length ? w.waiting.map((t) => <Tag key={t.id}>{t.label}</Tag>) : '无'}
                </div>
                {canHandle && (
                  <Space>
                    <Button
                      size="small"
                      onClick={() =>
                        void act(
                          () => legalServicesApi.takeTicket(w.windowId),
                          (t) => `已取号 ${t.label}`,
                        )
                      }
                      data-testid={`take-${w.code}`}
                    >
                      取号
                    </Button>
                    <Button
                      size="small"
                      disabled={!w.waiting.length}
                      onClick={() =>
                        void act(
                          () => legalServicesApi.callNext(w.windowId),
                          (t) => `请 ${t.label} 号到 ${w.code} 窗口`,
                        )
                      }
                      data-testid={`call-${w.code}`}
                    >
                      叫号
                    </Button>
                  </Space>
                )}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
