import { LoginOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { DeadlineCalculator } from './DeadlineCalculator';
import { PortalShell } from './PortalShell';

const SERVICES = [
  {
    title: '政府信息公开申请',
    text: '依据《政府信息公开条例》第三十三条，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复。',
  },
  {
    title: '人民调解',
    text: '依据《人民调解法》，当事人可以向村（居）人民调解委员会、镇矛盾纠纷调处化解中心申请调解，调解不收费。',
  },
  {
    title: '公共法律服务',
    text: '镇公共法律服务站提供法律咨询、法律援助申请受理等服务；法律援助依据《法律援助法》办理。',
    link: { to: '/portal/legal-services', label: '预约到站、在线咨询、村法律顾问' },
  },
];

/** Everything of 政务公开 a citizen can use without an account. */
const DISCLOSURE_LINKS = [
  {
    to: '/portal/disclosure',
    label: '政府信息公开目录（主动公开）',
    testId: 'portal-link-catalogue',
  },
  { to: '/portal/disclosure/guide', label: '政府信息公开指南', testId: 'portal-link-guide' },
  { to: '/portal/disclosure/apply', label: '申请政府信息公开', testId: 'portal-link-apply' },
  { to: '/portal/disclosure/track', label: '申请办理进度查询', testId: 'portal-link-track' },
  {
    to: '/portal/disclosure/annual',
    label: '政府信息公开工作年度报告',
    testId: 'portal-link-annual',
  },
  {
    to: '/portal/disclosure/villages',
    label: '村务公开（三务公开）',
    testId: 'portal-link-villages',
  },
  { to: '/portal/enforcement', label: '行政执法公示', testId: 'portal-link-enforcement' },
  {
    to: '/portal/decisions',
    label: '重大行政决策（事项目录、草案征求意见）',
    testId: 'portal-link-decisions',
  },
];

/** The public home: what the town offers and a deadline calculator anyone can use. */
export default function PortalPage() {
  const auth = useAuth();
  const actions =
    auth.status === 'active' ? (
      <Link to="/inbox">
        <Button ghost>进入工作台</Button>
      </Link>
    ) : (
      <Space>
        <Link to="/login" data-testid="portal-login">
          <Button ghost icon={<LoginOutlined />}>
            登录
          </Button>
        </Link>
        <Link to="/portal/register" data-testid="portal-register">
          <Button ghost icon={<UserAddOutlined />}>
            公众注册
          </Button>
        </Link>
      </Space>
    );

  return (
    <PortalShell actions={actions}>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <DeadlineCalculator />
          <Card
            title="政务公开"
            variant="borderless"
            style={{ marginTop: 24 }}
            data-testid="portal-disclosure-card"
          >
            <Space wrap size="large">
              {DISCLOSURE_LINKS.map((l) => (
                <Link key={l.to} to={l.to} data-testid={l.testId}>
                  {l.label}
                </Link>
              ))}
            </Space>
          </Card>
          <Card title="桥尚法 · 普法" variant="borderless" style={{ marginTop: 24 }}>
            <Link to="/portal/quiz" data-testid="portal-link-quiz">
              知识竞赛（反诈反邪等）
            </Link>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title="便民服务" variant="borderless">
            <Space orientation="vertical" size="middle">
              {SERVICES.map((s) => (
                <div key={s.title}>
                  <Typography.Text strong>{s.title}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    {s.text}
                  </Typography.Paragraph>
                  {'link' in s && s.link && (
                    <Link to={s.link.to} data-testid="portal-link-legal-services">
                      {s.link.label}
                    </Link>
                  )}
                </div>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </PortalShell>
  );
}
