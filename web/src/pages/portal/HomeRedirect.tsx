import { Navigate } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { PageSpin } from '../../components/PageSpin';
import { HOME_PATH } from '../../nav';
import PortalPage from './PortalPage';

/** `/`: the public portal for visitors, the workbench for people already signed in. */
export default function HomeRedirect() {
  const auth = useAuth();
  if (auth.status === 'loading') return <PageSpin />;
  if (auth.status === 'active') return <Navigate to={HOME_PATH} replace />;
  return <PortalPage />;
}
