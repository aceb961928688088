import { App, Card, InputNumber, Switch, Table, Tag, Typography } from 'antd';
import { errorText } from '../../api/client';
import { reviewApi, type ReviewSettingsView } from '../../api/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';

/** 审查期限等可配置规则: each value with where its default comes from; leaders may change them. */
export function SettingsCard() {
  const { message } = App.useApp();
  const { townId } = useTown();
  const { data, error, reload } = useRequest(() => reviewApi.settings(townId), [townId]);
  const save = async (body: Record<string, unknown>) => {
    try {
      await reviewApi.updateSettings(body, townId);
      message.success('已保存');
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const manage = !!data?.abilities.manage;
  const yuan = (v: { value: number; source: string }, key: string) => (
    <div style={{ marginTop: 8 }}>
      <InputNumber
        key={v.value}
        disabled={!manage}
        defaultValue={v.value / 100}
        min={0}
        suffix="元"
        style={{ width: 180 }}
        onBlur={(e) => {
          const fen = Math.round(Number(e.target.value.replace(/,/g, '')) * 100);
          if (Number.isFinite(fen) && fen !== v.value) void save({ [key]: fen });
        }}
      />
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
        {v.source}
      </Typography.Text>
    </div>
  );
  return (
    <Card title="审查期限与规则设置" variant="borderless" data-testid="review-settings">
      <ErrorAlert error={error} onRetry={reload} />
      {data && (
        <>
          <Table<ReviewSettingsView['periods'][number]>
            size="small"
            rowKey="type"
            pagination={false}
            dataSource={data.periods}
            columns={[
              { title: '事项类型', dataIndex: 'typeLabel', width: 180 },
              {
                title: '审查期限（工作日）',
                dataIndex: 'days',
                width: 150,
                render: (d: number, r) => (
                  <InputNumber
                    size="small"
                    disabled={!manage}
                    defaultValue={d}
                    min={r.type === 'major_decision' ? 7 : 1}
                    max={60}
                    onBlur={(e) =>
                      Number(e.target.value) !== d &&
                      void save({ periods: { [r.type]: Number(e.target.value) } })
                    }
                  />
                ),
              },
              {
                title: '默认值来源',
                dataIndex: 'source',
                render: (s: string, r) => (
                  <>
                    {r.confirmed ? <Tag color="green">已核对</Tag> : <Tag>可调整</Tag>}
                    {s}
                  </>
                ),
              },
            ]}
          />
          <div style={{ marginTop: 12 }}>
            县乡协审期间暂停计算期限{' '}
            <Switch
              disabled={!manage}
              checked={data.pauseDuringCoReview.value}
              onChange={(v) => void save({ pauseDuringCoReview: v })}
            />
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {data.pauseDuringCoReview.source}
            </Typography.Text>
          </div>
          {yuan(data.tradingThresholdFen, 'tradingThresholdFen')}
          {yuan(data.majorContractThresholdFen, 'majorContractThresholdFen')}
        </>
      )}
    </Card>
  );
}
