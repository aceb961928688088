import { type ButtonProps, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { teamApi, type MemberInput } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';

type Values = Omit<MemberInput, 'joinedOn'> & { joinedOn: Dayjs };

/** The server's TEAM_ROLES and DEGREES (team.vocabulary.ts). */
const ROLE_OPTIONS = [
  { value: 'legal_reviewer', label: '法审员' },
  { value: 'adviser', label: '法律顾问' },
  { value: 'enforcement', label: '执法人员' },
  { value: 'mediator', label: '调解员' },
  { value: 'cadre', label: '机关干部' },
];
const DEGREE_OPTIONS = [
  { value: 'doctor', label: '博士' },
  { value: 'master', label: '硕士' },
  { value: 'bachelor', label: '学士' },
  { value: 'none', label: '无学位' },
];

/** 新增人员: post, roles, degree and whether in law, 法律职业资格, town staff or not, joining date. */
export function MemberFormModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const qualified = Form.useWatch('legalQualification', form) === true;
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    ({ joinedOn, qualificationNo, ...v }) =>
      teamApi.addMember({
        ...v,
        qualificationNo:
          v.legalQualification && qualificationNo?.trim() ? qualificationNo : undefined,
        joinedOn: joinedOn.format('YYYY-MM-DD'),
      }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title="新增人员"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      okButtonProps={{ 'data-testid': 'member-save' } as ButtonProps}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          townStaff: true,
          lawMajor: false,
          legalQualification: false,
          degree: 'bachelor',
          joinedOn: dayjs(),
        }}
      >
        <Form.Item
          label="姓名"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写姓名' },
            { max: 20, message: '姓名不超过20字' },
          ]}
        >
          <Input data-testid="member-name" />
        </Form.Item>
        <Form.Item
          label="职务"
          name="post"
          rules={[
            { required: true, whitespace: true, message: '请填写职务' },
            { max: 40, message: '职务不超过40字' },
          ]}
        >
          <Input data-testid="member-post" />
        </Form.Item>
        <Form.Item
          label="职责"
          name="roles"
          rules={[{ required: true, message: '请选择至少一项职责' }]}
        >
          <Select mode="multiple" data-testid="member-roles" options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item label="机关干部（否：外聘法律顾问等）" name="townStaff" valuePropName="checked">
          <Switch data-testid="member-town-staff" />
        </Form.Item>
        <Form.Item
          label="最高学位"
          name="degree"
          rules={[{ required: true, message: '请选择最高学位' }]}
        >
          <Select data-testid="member-degree" options={DEGREE_OPTIONS} />
        </Form.Item>
        <Form.Item label="学位为法学" name="lawMajor" valuePropName="checked">
          <Switch data-testid="member-law-major" />
        </Form.Item>
        <Form.Item label="持有法律职业资格证书" name="legalQualification" valuePropName="checked">
          <Switch data-testid="member-qualified" />
        </Form.Item>
        {qualified && (
          <Form.Item
            label="法律职业资格证书编号"
            name="qualificationNo"
            rules={[{ max: 40, message: '证书编号不超过40字' }]}
          >
            <Input data-testid="member-qualification-no" />
          </Form.Item>
        )}
        <Form.Item
          label="加入队伍日期"
          name="joinedOn"
          rules={[{ required: true, message: '请选择加入队伍日期' }]}
        >
          <DatePicker format="YYYY-MM-DD" data-testid="member-joined-on" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
