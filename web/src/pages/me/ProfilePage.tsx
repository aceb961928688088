import { App, Button, Card, Col, Descriptions, Modal, Row, Space, Tag } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/auth-context';
import { ChangePasswordForm } from '../../components/ChangePasswordForm';
import { MfaEnrollStep } from '../login/MfaEnrollStep';
import { LoginHistoryCard } from './LoginHistoryCard';
import { NotificationSettingsCard } from './NotificationSettingsCard';
import { SessionsCard } from './SessionsCard';

/** 个人中心: who I am, my password, how I am notified, where I am signed in, and my sign-in record. */
export default function ProfilePage() {
  const auth = useAuth();
  const { message } = App.useApp();
  const user = auth.user;
  const [enrolling, setEnrolling] = useState(false);
  if (!user) return null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="个人信息" variant="borderless" data-testid="profile-card">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="姓名">{user.displayName}</Descriptions.Item>
              <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
              <Descriptions.Item label="所在机构">{user.org.name}</Descriptions.Item>
              <Descriptions.Item label="角色">
                {user.roles.map((r) => (
                  <Tag key={r.key}>{r.name}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label="动态口令">
                {user.totpEnabled ? (
                  <Tag color="green">已绑定</Tag>
                ) : (
                  <Space>
                    <Tag>未绑定</Tag>
                    <Button
                      size="small"
                      onClick={() => setEnrolling(true)}
                      data-testid="profile-mfa-enrol"
                    >
                      绑定动态口令
                    </Button>
                  </Space>
                )}
              </Descriptions.Item>
              {user.isDemo && (
                <Descriptions.Item label="账号类型">
                  <Tag color="gold">演示账号</Tag>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="修改密码" variant="borderless">
            <ChangePasswordForm
              username={user.username}
              onDone={() => message.success('密码已修改，您在其他设备上的登录已全部退出')}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={enrolling}
        title="绑定动态口令（TOTP）"
        footer={null}
        destroyOnHidden
        onCancel={() => setEnrolling(false)}
      >
        <MfaEnrollStep
          onDone={() => {
            setEnrolling(false);
            message.success('动态口令已绑定，今后登录时须输入');
            void auth.refresh();
          }}
        />
      </Modal>
      <NotificationSettingsCard />
      <SessionsCard />
      <LoginHistoryCard />
    </Space>
  );
}
