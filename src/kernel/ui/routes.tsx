import { createBrowserRouter } from 'react-router';
import { organisationRoutes } from '../../organisation/web/routes.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';
import { RouteError } from './RouteError.tsx';

/** Every page of the app. A capability brings its own routes; the shell adds the frame. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [...organisationRoutes, { path: '*', element: <NotFound /> }],
        },
      ],
    },
  ]);
}
