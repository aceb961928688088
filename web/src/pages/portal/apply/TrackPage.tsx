import { Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { portalRequestsApi, type TrackView } from '../../../api/disclosure-requests';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { BackHome, PortalShell } from '../PortalShell';
import { TrackResult } from './TrackResult';

interface Values {
  code: string;
  phone: string;
}

/** 查询办理进度: tracking code + the phone given when applying; no account needed. */
export default function TrackPage() {
  const [params] = useSearchParams();
  const [who, setWho] = useState<Values | null>(null);
  const [view, setView] = useState<TrackView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const look = async (v: Values) => {
    setLoading(true);
    setError(null);
    try {
      setView(await portalRequestsApi.track(v.code.trim(), v.phone.trim()));
      setWho({ code: v.code.trim(), phone: v.phone.trim() });
    } catch (e) {
      setView(null);
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <PortalShell>
      <Card
        title="申请办理进度查询"
        variant="borderless"
        style={{ maxWidth: 860, margin: '0 auto' }}
        extra={<BackHome />}
      >
        <Form<Values>
          layout="inline"
          initialValues={{ code: params.get('code') ?? '' }}
          onFinish={(v) => void look(v)}
          style={{ rowGap: 12, marginBottom: 16 }}
          data-testid="track-form"
        >
          <Form.Item
            label="查询码"
            name="code"
            rules={[{ required: true, message: '请输入查询码' }]}
          >
            <Input
              placeholder="如 QT7K-M9XD-4HPA"
              style={{ width: 200 }}
              data-testid="track-code"
            />
          </Form.Item>
          <Form.Item
            label="联系电话"
            name="phone"
            rules={[{ required: true, message: '请输入申请时填写的联系电话' }]}
          >
            <Input style={{ width: 180 }} data-testid="track-phone" />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={loading} data-testid="track-submit">
                查询
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <ErrorAlert error={error} />
        {view && who && <TrackResult view={view} who={who} onChange={setView} />}
      </Card>
    </PortalShell>
  );
}
