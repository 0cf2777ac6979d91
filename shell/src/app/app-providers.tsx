import { createQueryClient, createStrataTrpcClient, setLocaleForRequests, TRPCProvider } from '@strata/client';
import { usePrefersReducedMotion } from '@strata/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { i18n } from 'i18next';
import { type ReactNode, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { antdLocaleFor } from './i18n';

// Secondary and hint text dark enough to read (WCAG AA, 4.5:1 on white and on the page's grey); antd's
// defaults (45 % black) fall short of it. So do its links and link buttons (#1677ff, 4.1:1), danger text
// (#ff4d4f, 3.3:1) and the text of the green, gold and orange tags on their tints (palette step 7): these
// take a darker step. An empty table's message too (antd draws it in its disabled grey, 1.8:1): it is text to read,
// not a control switched off. axe-core checks every page (tests/e2e/axe.ts, run by the page walks).
const theme = {
  token: {
    colorPrimary: '#c8102e',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    // Both spellings: antd writes each palette step under two names into one CSS variable.
    green7: '#237804',
    'green-7': '#237804',
    gold7: '#874d00',
    'gold-7': '#874d00',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  components: { Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.65)' } },
};

// Without motion for a reader whose system asks for less of it: antd then opens dialogs, drawers and menus at once
// (its motion durations become 0 s and no enter or leave classes are set).
const stillTheme = { ...theme, token: { ...theme.token, motion: false } };

function AntdConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = antdLocaleFor(i18n.language);
  const still = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={locale} theme={still ? stillTheme : theme}>
      {children}
    </ConfigProvider>
  );
}

/**
 * Everything remotes inherit: query client, tRPC client, i18next and antd configuration (antd's App, with
 * its message and modal hooks, comes with the signed-in console: signed-in-console.tsx).
 */
export function AppProviders({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => {
    setLocaleForRequests(i18n.language);
    return createStrataTrpcClient();
  });
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nextProvider i18n={i18n}>
          <AntdConfig>{children}</AntdConfig>
        </I18nextProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
