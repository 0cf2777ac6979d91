import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/app-providers';
import { initI18n, initialLocale } from './app/i18n';
import { SessionGate } from './session/session-gate';

const i18n = initI18n(initialLocale());
// A data router (so forms can block leaving with unsaved changes); the console's routes are declared below it.
const router = createBrowserRouter([{ path: '*', element: <SessionGate /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
