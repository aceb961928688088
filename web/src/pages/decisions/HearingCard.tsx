import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { decisionProceduresApi, type DecisionProcedures } from '../../api/decision-procedures';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { requiredDate, requiredText } from './procedure-fields';

const D = Descriptions.Item;

interface HearingForm {
  hearingOn: string;
  place: string;
  matters: string;
  selectionRule: string;
  participants: string;
  announcedOn: string;
  materialsSentOn: string;
}

/** "姓名，身份" per line → the participants list. */
const participantsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name = '', ...role] = l.split(/[，,]/);
      return { name: name.trim(), role: role.join('，').trim() || '听证参加人' };
    });

/** 听证会 (条例 第十六、十七条): the notice published in advance, materials 7 days before, the record after. */
export function HearingCard({
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
  const [open, setOpen] = useState<'notice' | 'record' | null>(null);
  const h = data.hearing;
  const today = todayInShanghai();
  return (
    <Card
      variant="borderless"
      title="听证会"
      data-testid="decision-hearing"
      extra={
        <Space>
          {data.required.hearing && <Tag color="blue">目录要求听证</Tag>}
          {canHandle && !h?.record && (
            <Button onClick={() => setOpen('notice')} data-testid="hearing-notice">
              {h ? '修改听证公告' : '公告听证会'}
            </Button>
          )}
          {canHandle && h && !h.record && (
            <Button type="primary" onClick={() => setOpen('record')} data-testid="hearing-record">
              录入听证会记录
            </Button>
          )}
        </Space>
      }
    >
      {h ? (
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <D label="听证时间地点">
            {h.hearingOn} {h.place}
          </D>
          <D label="公告日期">{h.announcedOn}</D>
          <D label="听证事项" span={2}>
            {h.matters}
          </D>
          <D label="参加人遴选办法" span={2}>
            {h.selectionRule}
          </D>
          <D label="参加人名单" span={2}>
            {h.participants.map((p) => `${p.name}（${p.role}）`).join('、')}
          </D>
          <D label="材料送达" span={2}>
            {h.materialsSentOn}（最迟 {h.materialsDueBy}，听证会7日前）
          </D>
          <D label="听证会记录" span={2}>
            {h.record ? `${h.recordedOn} 确认：${h.record}` : '听证会后录入'}
          </D>
        </Descriptions>
      ) : (
        <ListEmpty
          text={data.required.hearing ? '尚未公告听证会（目录要求听证）' : '未召开听证会'}
        />
      )}
      {open === 'notice' && (
        <StepModal<HearingForm>
          open
          title="公告听证会"
          testId="hearing-notice-modal"
          onClose={() => setOpen(null)}
          initialValues={
            h
              ? {
                  ...h,
                  participants: h.participants.map((p) => `${p.name}，${p.role}`).join('\n'),
                }
              : { announcedOn: today, materialsSentOn: today }
          }
          onSubmit={async (v) => {
            await decisionProceduresApi.scheduleHearing(id, {
              ...v,
              participants: participantsOf(v.participants),
            });
            onChange();
          }}
        >
          {requiredDate('hearingOn', '听证会日期', 'hearing-on')}
          {requiredText('place', '听证地点', 1)}
          {requiredText('matters', '听证事项', 2)}
          {requiredText('selectionRule', '听证参加人遴选办法', 2)}
          {requiredText('participants', '参加人名单（每行一人：姓名，身份或代表方）', 4)}
          {requiredDate('announcedOn', '公布遴选办法、名单和时间地点的日期')}
          {requiredDate('materialsSentOn', '材料送达参加人的日期（须在听证会7日前）')}
        </StepModal>
      )}
      {open === 'record' && h && (
        <StepModal<{ record: string; recordedOn: string }>
          open
          title="录入听证会记录"
          testId="hearing-record-modal"
          onClose={() => setOpen(null)}
          initialValues={{ recordedOn: today }}
          onSubmit={async (v) => {
            await decisionProceduresApi.recordHearing(id, v);
            onChange();
          }}
        >
          {requiredText('record', '听证会记录（参加人已确认签字）', 8)}
          {requiredDate('recordedOn', '记录确认日期')}
        </StepModal>
      )}
    </Card>
  );
}
