import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/app-providers';
import { initI18n, initialLocale } from './app/i18n';
import { SessionGate } from './session/session-gate';

// The default language is in the page; another one is fetched before the first render. Not a top-level await:
// the language's chunk imports modules of this one, which would wait for this module to finish evaluating.
void initI18n(initialLocale()).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders i18n={i18n}>
        <SessionGate />
      </AppProviders>
    </StrictMode>,
  ),
);
