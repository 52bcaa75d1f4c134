import { Layout, Menu, Typography, Input, Space, Tooltip } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { getOperator, setOperator } from '../lib/api';
import { menu } from './menu';
import { GlobalSearch } from './GlobalSearch';
import { useApiQuery } from '../lib/query';
import { installDialogKeys } from '../lib/dialogKeys';

const { Sider, Header, Content } = Layout;

export function AppLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  const [operator, setOp] = useState(getOperator());
  // The committee's own name (设置 → 单位信息) heads every page, as on its letterhead.
  const office = useApiQuery('settings.getOffice', {});
  useEffect(() => installDialogKeys(), []);
  const selected = '/' + location.pathname.split('/').filter(Boolean).slice(0, 2).join('/');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={208} theme="dark" style={{ background: '#7f1d1d' }}>
        <div style={{ color: '#fff', fontSize: 18, fontWeight: 600, padding: '18px 20px', letterSpacing: 2 }}>政协办公</div>
        <Menu
          mode="inline"
          theme="dark"
          style={{ background: 'transparent' }}
          selectedKeys={[selected === '/' ? '/' : selected]}
          defaultOpenKeys={['base', 'system']}
          items={menu.map((m) => ({ key: m.key, icon: m.icon, label: m.label, children: m.children?.map((c) => ({ key: c.key, label: c.label })) }))}
          onClick={(e) => navigate(e.key)}
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #eee' }}>
          <Space size="large">
            <Typography.Text strong>{office.data ? `${office.data.shortName}机关办公系统` : '县政协机关办公系统'}</Typography.Text>
            <GlobalSearch />
          </Space>
          <Space>
            <Typography.Text type="secondary">操作人：</Typography.Text>
            <Tooltip title="您的姓名，写入操作日志">
              <Input
                aria-label="操作人"
                prefix={<UserOutlined />}
                style={{ width: 160 }}
                value={operator}
                onChange={(e) => setOp(e.target.value)}
                onBlur={() => setOperator(operator || '办公室')}
              />
            </Tooltip>
          </Space>
        </Header>
        <Content style={{ margin: 16 }}>
          <div style={{ background: '#fff', padding: 20, minHeight: 'calc(100vh - 96px)', borderRadius: 4 }}>
            <Outlet />
          </div>
        </Content>
      </Layout>
    </Layout>
  );
}
