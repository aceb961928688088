import { Alert, Button, Card, Form, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { portalRequestsApi, type ApplicantValues } from '../../../api/disclosure-requests';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { ApplicantFields } from '../../disclosure/requests/ApplicantFields';
import { BackHome, PortalShell } from '../PortalShell';

/** 网上申请政府信息公开 (no account): the form of art 29, then the tracking code to keep. */
export default function ApplyPage() {
  const options = useRequest(() => portalRequestsApi.options(), []);
  const [form] = Form.useForm<ApplicantValues>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ trackingCode: string; submittedOn: string } | null>(null);

  const submit = async (v: ApplicantValues) => {
    setSaving(true);
    setError(null);
    try {
      const body = Object.fromEntries(
        Object.entries(v).filter(([, x]) => x !== undefined && x !== ''),
      ) as ApplicantValues;
      setDone(await portalRequestsApi.apply(body));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PortalShell>
      <Card
        title="网上申请政府信息公开"
        variant="borderless"
        style={{ maxWidth: 860, margin: '0 auto' }}
        extra={<BackHome />}
      >
        {done ? (
          <Result
            status="success"
            title="申请已提交"
            subTitle={
              <>
                请牢记查询码{' '}
                <Typography.Text copyable strong code data-testid="apply-tracking-code">
                  {done.trackingCode}
                </Typography.Text>
                <br />
                工作人员确认收到后开始计算答复期限（《政府信息公开条例》第三十一条第三项），您可凭查询码和联系电话查询办理进度和答复文书。
              </>
            }
            extra={
              <Link to={`/portal/disclosure/track?code=${encodeURIComponent(done.trackingCode)}`}>
                <Button type="primary" data-testid="apply-go-track">
                  查询办理进度
                </Button>
              </Link>
            }
          />
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="依据《政府信息公开条例》第二十九条，申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需信息的名称、文号或者特征性描述，以及获取信息的形式要求。"
              description="本机关将自收到申请之日起 20 个工作日内答复；需要延长的，将告知您（第三十三条）。依申请提供政府信息不收费，但申请数量、频次明显超过合理范围的除外（第四十二条）。"
            />
            <ErrorAlert error={error ?? options.error} />
            {options.data && (
              <Form<ApplicantValues>
                form={form}
                layout="vertical"
                onFinish={(v) => void submit(v)}
                initialValues={{
                  applicantKind: 'natural_person',
                  idType: 'resident_id',
                  formWanted: 'electronic',
                  delivery: 'email',
                }}
                data-testid="apply-form"
              >
                <ApplicantFields options={options.data} />
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={saving}
                  block
                  data-testid="apply-submit"
                >
                  提交申请
                </Button>
              </Form>
            )}
            <p style={{ marginTop: 16 }}>
              已提交过申请？<Link to="/portal/disclosure/track">查询办理进度</Link>
            </p>
          </>
        )}
      </Card>
    </PortalShell>
  );
}
