import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/app-providers';
import { initI18n, initialLocale } from './app/i18n';
import { SessionGate } from './session/session-gate';

const i18n = initI18n(initialLocale());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders i18n={i18n}>
      <SessionGate />
    </AppProviders>
  </StrictMode>,
);
