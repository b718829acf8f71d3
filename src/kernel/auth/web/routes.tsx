import './auth.css';
import type { RouteObject } from 'react-router';
import { LoginPage } from './LoginPage.tsx';

/** The login page: public, the one page someone who is not logged in can use. */
export const authRoutes: RouteObject[] = [{ path: 'login', element: <LoginPage /> }];
