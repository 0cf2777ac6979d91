// Standalone harness: the members remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { createQueryClient, createStrataTrpcClient, TRPCProvider } from '@strata/client';
import { defaultLocale, locales } from '@strata/i18n';
import { baseResources } from '@strata/i18n/resources';
import { createGuardedHistory } from '@strata/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { DevHarness } from './dev-harness';

void i18next.use(initReactI18next).init({
  resources: baseResources,
  lng: new URLSearchParams(location.search).get('lng') ?? defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  initAsync: false,
});

// The shell's kind of history, so the remote's forms can guard unsaved changes.
const history = createGuardedHistory();
const queryClient = createQueryClient();
const trpcClient = createStrataTrpcClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <ConfigProvider locale={zhCN}>
          <AntApp>
            <HistoryRouter history={history}>
              <DevHarness history={history} />
            </HistoryRouter>
          </AntApp>
        </ConfigProvider>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
