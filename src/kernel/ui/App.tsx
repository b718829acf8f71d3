import { useState } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { SessionProvider } from './session.tsx';

/** The shell around the router the composition root builds (src/app/web/routes.tsx). */
export function App({ createRouter }: { createRouter: () => ReturnType<typeof createBrowserRouter> }) {
  const [router] = useState(createRouter);
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
