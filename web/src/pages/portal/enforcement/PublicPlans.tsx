import { Card, Collapse, Empty, Pagination, Space, Typography } from 'antd';
import { useState } from 'react';
import { plansApi } from '../../../api/enforcement-plans';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { PlanDraw } from '../../enforcement/plans/PlanDraw';

/** 双随机、一公开 (《浙江省综合行政执法条例》第二十一条): published plans, each with its draw and seed. */
export function PublicPlans() {
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useRequest(() => plansApi.published(page), [page]);
  return (
    <Card
      title="双随机抽查计划和抽取结果（《浙江省综合行政执法条例》第二十一条）"
      variant="borderless"
      loading={loading && !data}
    >
      <ErrorAlert error={error} onRetry={reload} />
      {data && data.items.length === 0 ? (
        <Empty description="暂无公开的抽查计划" />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Collapse
            data-testid="public-plans"
            items={(data?.items ?? []).map((p) => ({
              key: p.id,
              label: `${p.year}年${p.period} · ${p.name}`,
              children: (
                <>
                  <Typography.Paragraph type="secondary">
                    抽查事项：{p.matter}；检查依据：{p.legalBasis}；从 {p.objects.length}{' '}
                    个对象中抽取 {p.drawCount} 个，每次检查 {p.officersPerInspection}{' '}
                    名执法人员；公开日期：{p.publishedOn}
                  </Typography.Paragraph>
                  {p.draw && <PlanDraw draw={p.draw} testId={`public-plan-draw-${p.id}`} />}
                </>
              ),
            }))}
          />
          {(data?.total ?? 0) > 10 && (
            <Pagination
              current={page}
              pageSize={10}
              total={data?.total ?? 0}
              onChange={setPage}
              showSizeChanger={false}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
