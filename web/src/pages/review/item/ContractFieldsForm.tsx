import { Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useVocabulary } from '../../../lib/use-vocabulary';

const CONTRACTS = ['gov_contract', 'village_contract'];
const VOTED = ['village_contract', 'village_rules'];
const day = (d: unknown) =>
  d && typeof (d as Dayjs).format === 'function' ? (d as Dayjs).format('YYYY-MM-DD') : undefined;
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );

/** The item's structured facts from the flat form values (money in 元 on screen, 分 on the wire). */
export function fieldsFromForm(v: Record<string, unknown>): Record<string, unknown> {
  const vote = v.voteBody
    ? defined({
        body: v.voteBody,
        entitled: v.voteEntitled,
        present: v.votePresent,
        votesFor: v.voteFor,
        households: v.voteHouseholds,
        householdsPresent: v.voteHouseholdsPresent,
      })
    : undefined;
  return defined({
    counterparty: v.counterparty,
    amountFen: typeof v.amountYuan === 'number' ? Math.round(v.amountYuan * 100) : undefined,
    termYears: v.termYears,
    startDate: day(v.startDate),
    endDate: day(v.endDate),
    liquidatedDamagesPercent: v.liquidatedDamagesPercent,
    depositPercent: v.depositPercent,
    collectiveAsset: v.collectiveAsset || undefined,
    assetTransfer: v.assetTransfer || undefined,
    toNonMember: v.toNonMember || undefined,
    isTemplate: v.isTemplate || undefined,
    plannedDecisionDate: day(v.plannedDecisionDate),
    vote,
  });
}

/** Facts the pre-review and the vote checks read: amount, term, collective assets, the meeting's counts. */
export function ContractFieldsForm({ type }: { type: string | undefined }) {
  const { data: meta } = useVocabulary('review');
  if (!type) return null;
  return (
    <>
      {CONTRACTS.includes(type) && (
        <>
          <Divider titlePlacement="start">合同要素</Divider>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="counterparty" label="合同相对方">
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="amountYuan" label="合同金额（元）">
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="termYears" label="期限（年）">
                <InputNumber min={0.1} max={200} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="startDate" label="起始日期">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="endDate" label="终止日期">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="liquidatedDamagesPercent" label="违约金比例（%）">
                <InputNumber min={0} max={1000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="depositPercent" label="定金比例（%）">
                <InputNumber min={0} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          {type === 'village_contract' && (
            <Row>
              {[
                ['collectiveAsset', '处置、出租、发包集体资产资源'],
                ['assetTransfer', '转让或入股、合资合作（须评估）'],
                ['toNonMember', '发包给本集体经济组织以外的单位或个人'],
                ['isTemplate', '使用示范文本（简易程序）'],
              ].map(([name, label]) => (
                <Col span={12} key={name}>
                  <Form.Item name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
                    <Checkbox>{label}</Checkbox>
                  </Form.Item>
                </Col>
              ))}
            </Row>
          )}
        </>
      )}
      {type === 'major_decision' && (
        <Form.Item
          name="plannedDecisionDate"
          label="拟提交集体讨论日期"
          extra="送请合法性审查应当保证不少于7个工作日的审查时间（《重大行政决策程序暂行条例》第二十六条）"
        >
          <DatePicker />
        </Form.Item>
      )}
      {VOTED.includes(type) && (
        <>
          <Divider titlePlacement="start">会议表决情况（用于核对法定人数和三分之二要求）</Divider>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="voteBody" label="表决机构">
                <Select allowClear options={meta?.villageBodies} />
              </Form.Item>
            </Col>
            {[
              ['voteEntitled', '应到人数'],
              ['votePresent', '实到人数'],
              ['voteFor', '同意人数'],
              ['voteHouseholds', '总户数（村民会议）'],
              ['voteHouseholdsPresent', '到会户数（村民会议）'],
            ].map(([name, label]) => (
              <Col span={8} key={name}>
                <Form.Item name={name} label={label}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </>
      )}
    </>
  );
}
