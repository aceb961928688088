import { Alert, App, Button, Card, Rate, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import { legalServicesApi, type Ticket, type Visit } from '../../api/legal-services';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { ListEmpty } from '../../components/ListEmpty';
import { PageSpin } from '../../components/PageSpin';
import { useRequest } from '../../lib/use-request';
import { useTown } from '../../lib/town';
import { QueueBoard } from './QueueBoard';
import { RatingModal } from './RatingModal';
import { AppointmentsTab, QuestionsTab } from './StationRequests';
import { VisitModal } from './VisitModal';

/**
 * 公共法律服务站: the window clerk's day — the queue at each "3+X" window, 办理登记 of the called number
 * with its outcome and referral, the visitor's rating, the portal's bookings and online questions.
 */
export default function StationPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const { townId } = useTown();
  const canHandle = can('legal_services.station.handle');
  const [serving, setServing] = useState<Ticket | null | 'walk-in'>(null);
  const [rating, setRating] = useState<Visit | null>(null);
  const [tick, setTick] = useState(0);
  const windows = useRequest(() => legalServicesApi.windows(townId), [townId, tick]);
  const queue = useRequest(() => legalServicesApi.queue(townId), [townId, tick]);
  const visits = useRequest(
    () => legalServicesApi.visits({ orgId: townId, page: 1, pageSize: 10 }),
    [townId, tick],
  );
  const refresh = (note?: string) => {
    if (note) message.success(note);
    setTick((t) => t + 1);
  };
  if (!windows.data || !queue.data)
    return windows.error || queue.error ? (
      <ErrorAlert error={windows.error ?? queue.error} onRetry={() => refresh()} />
    ) : (
      <PageSpin />
    );
  const open = windows.data.items.filter((w) => w.active);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`${windows.data.town} 公共法律服务站 · 今日排队（${queue.data.day}）`}
        variant="borderless"
        extra={
          canHandle && (
            <Button
              type="primary"
              onClick={() => setServing('walk-in')}
              disabled={!open.length}
              data-testid="visit-new"
            >
              登记来访服务
            </Button>
          )
        }
      >
        {!open.length && can('legal_services.window.manage') && (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            title="本站尚未开设窗口"
            action={
              <Button
                size="small"
                onClick={() =>
                  void legalServicesApi.openDefaults().then(() => refresh('已开设“3+X”窗口'))
                }
              >
                开设“3+X”窗口
              </Button>
            }
          />
        )}
        <QueueBoard
          windows={queue.data.windows}
          canHandle={canHandle}
          onChanged={refresh}
          onServe={(t) => setServing(t)}
        />
      </Card>
      <Card variant="borderless">
        <Tabs
          tabBarExtraContent={
            <ExportButton
              download={() => legalServicesApi.exportVisits({ orgId: townId })}
              label="导出服务登记台账"
              testId="visit-export"
            />
          }
          items={[
            {
              key: 'visits',
              label: '最近服务登记',
              children: (
                <>
                  <ErrorAlert error={visits.error} onRetry={() => refresh()} />
                  <Table<Visit>
                    rowKey="id"
                    size="small"
                    scroll={{ x: 900 }}
                    loading={visits.loading}
                    dataSource={visits.data?.items ?? []}
                    data-testid="visit-table"
                    locale={{ emptyText: <ListEmpty text="暂无服务登记" /> }}
                    pagination={false}
                    columns={[
                      { title: '日期', dataIndex: 'servedOn', width: 100 },
                      { title: '窗口', dataIndex: 'serviceKindLabel', width: 90 },
                      { title: '来访人', dataIndex: 'visitorName', width: 90 },
                      { title: '事项', dataIndex: 'topic' },
                      {
                        title: '结果',
                        width: 200,
                        render: (_, v) =>
                          `${v.outcomeLabel}${v.referral ? `（转 ${v.referral}）` : ''}`,
                      },
                      { title: '经办', dataIndex: 'handlerName', width: 80 },
                      {
                        title: '满意度',
                        width: 150,
                        render: (_, v) =>
                          v.rating !== null ? (
                            <Rate disabled value={v.rating} style={{ fontSize: 12 }} />
                          ) : (
                            canHandle && (
                              <Button size="small" onClick={() => setRating(v)}>
                                评价
                              </Button>
                            )
                          ),
                      },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'appointments',
              label: '网上预约',
              children: (
                <AppointmentsTab townId={townId} canHandle={canHandle} onChanged={refresh} />
              ),
            },
            {
              key: 'questions',
              label: '网上咨询',
              children: <QuestionsTab townId={townId} canHandle={canHandle} onChanged={refresh} />,
            },
          ]}
        />
      </Card>
      {serving && (
        <VisitModal
          windows={open}
          ticket={serving === 'walk-in' ? null : serving}
          onClose={() => setServing(null)}
          onLogged={(v) => {
            refresh('已登记');
            setRating(v);
          }}
        />
      )}
      {rating && (
        <RatingModal
          visit={rating}
          onClose={() => setRating(null)}
          onRated={() => refresh('感谢评价')}
        />
      )}
    </Space>
  );
}
