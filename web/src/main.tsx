import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { isValidationFailure } from './lib/use-form-submit';
import { router } from './router';
import './styles.css';

dayjs.locale('zh-cn');

// A dialog whose own submit awaits validateFields() directly rejects when a field is wrong; the form
// already shows why beside the field, so that rejection is not a script error.
window.addEventListener('unhandledrejection', (e) => {
  if (isValidationFailure(e.reason)) e.preventDefault();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f4e9c', borderRadius: 4 } }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
