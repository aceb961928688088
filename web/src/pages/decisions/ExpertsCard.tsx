import { Button, Card, Checkbox, Form, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { decisionProceduresApi, type DecisionProcedures } from '../../api/decision-procedures';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { requiredDate, requiredText } from './procedure-fields';

type Chosen = DecisionProcedures['experts'][number];

/**
 * 专家论证 (条例 第十九至二十一条): experts chosen from the town's pool — those with a direct interest
 * (declared, or employed by the 承办单位) cannot be chosen — and each one's signed written opinion.
 */
export function ExpertsCard({
  id,
  data,
  canHandle,
  onChange,
}: {
  id: string;
  data: DecisionProcedures;
  canHandle: boolean;
  onChange: () => void;
}) {
  const [open, setOpen] = useState<'choose' | 'conflict' | null>(null);
  const [opinionOf, setOpinionOf] = useState<Chosen | null>(null);
  const today = todayInShanghai();
  const excluded = data.candidates.filter((c) => c.conflict);
  return (
    <Card
      variant="borderless"
      title="专家论证"
      data-testid="decision-experts"
      extra={
        <Space>
          {data.required.experts && <Tag color="blue">目录要求专家论证</Tag>}
          <Link to="/decisions/experts">专家库</Link>
          {canHandle && (
            <>
              <Button onClick={() => setOpen('conflict')}>登记回避声明</Button>
              <Button type="primary" onClick={() => setOpen('choose')} data-testid="experts-choose">
                选择专家
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Table<Chosen>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.experts}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <ListEmpty text="尚未选择论证专家" /> }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '专业领域', dataIndex: 'field' },
          { title: '工作单位', dataIndex: 'employer' },
          { title: '选择日期', dataIndex: 'chosenOn' },
          {
            title: '书面论证意见',
            key: 'opinion',
            render: (_: unknown, e) =>
              e.signedOn ? `${e.opinion}（${e.signedOn} 署名）` : <Tag color="orange">待提交</Tag>,
          },
          {
            title: '操作',
            key: 'ops',
            render: (_: unknown, e) =>
              canHandle && (
                <Button size="small" onClick={() => setOpinionOf(e)} data-testid="expert-opinion">
                  录入意见
                </Button>
              ),
          },
        ]}
      />
      {excluded.length > 0 && (
        <p style={{ marginTop: 8 }}>
          回避（条例第二十条）：
          {excluded.map((c) => `${c.name}（${c.conflictLabel}）`).join('、')}
        </p>
      )}
      {open === 'choose' && (
        <StepModal<{ expertIds: string[]; chosenOn: string }>
          open
          title="选择论证专家"
          testId="experts-choose-modal"
          onClose={() => setOpen(null)}
          initialValues={{ chosenOn: today, expertIds: [] }}
          onSubmit={async (v) => {
            await decisionProceduresApi.chooseExperts(id, v);
            onChange();
          }}
        >
          {data.candidates.length === 0 ? (
            <ListEmpty text="专家库中没有可选择的专家，请先在专家库中新增" />
          ) : (
            <Form.Item
              name="expertIds"
              label="专家库（有利害关系的专家不能选择）"
              rules={[{ required: true, message: '请至少选择一位专家' }]}
            >
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={data.candidates.map((c) => ({
                  value: c.id,
                  disabled: c.conflict !== null,
                  label: (
                    <span>
                      {c.name}（{c.field}，{c.employer}）
                      {c.conflictLabel && <Tag color="red">{c.conflictLabel}</Tag>}
                    </span>
                  ),
                }))}
              />
            </Form.Item>
          )}
          {requiredDate('chosenOn', '选择日期')}
        </StepModal>
      )}
      {open === 'conflict' && (
        <StepModal<{ expertId: string; reason: string; declaredOn: string }>
          open
          title="登记专家回避声明"
          onClose={() => setOpen(null)}
          initialValues={{ declaredOn: today }}
          onSubmit={async (v) => {
            await decisionProceduresApi.declareConflict(id, v);
            onChange();
          }}
        >
          <Form.Item
            name="expertId"
            label="专家"
            rules={[{ required: true, message: '请选择专家' }]}
          >
            <Select
              options={[...data.experts, ...data.candidates].map((e) => ({
                value: e.id,
                label: `${e.name}（${e.employer}）`,
              }))}
            />
          </Form.Item>
          {requiredText('reason', '利害关系说明', 3)}
          {requiredDate('declaredOn', '声明日期')}
          <p>已选择的专家声明回避后，其选择和论证意见一并撤回。</p>
        </StepModal>
      )}
      {opinionOf && (
        <StepModal<{ opinion: string; signedOn: string }>
          open
          title={`录入${opinionOf.name}的书面论证意见`}
          testId="expert-opinion-modal"
          onClose={() => setOpinionOf(null)}
          initialValues={{
            opinion: opinionOf.opinion ?? '',
            signedOn: opinionOf.signedOn ?? today,
          }}
          onSubmit={async (v) => {
            await decisionProceduresApi.recordOpinion(id, opinionOf.id, v);
            onChange();
          }}
        >
          {requiredText('opinion', '书面论证意见（专家署名）', 6)}
          {requiredDate('signedOn', '署名日期')}
        </StepModal>
      )}
    </Card>
  );
}
