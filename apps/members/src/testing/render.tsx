// Component tests (happy-dom): a component drawn with the providers the shell gives a remote (i18next with the
// members' words, antd's App for messages and confirm dialogs, the access of a signed-in user), and waited on.
import { createI18n } from '@strata/i18n/resources';
import { AccessProvider, type UnitAccess } from '@strata/ui';
import { App } from 'antd';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { membersNs } from '../common/register-members-messages';
import { members as enUS } from '../i18n/en-US';
import { members as zhCN } from '../i18n/zh-CN';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What a user may do: `can` holds where `allowed` says (permission -> unit ids), `has` where it holds anywhere. */
export function accessOf(allowed: Record<string, number[]>, unitId = 1): UnitAccess {
  return {
    userId: 1,
    unitId,
    can: (permission, unit) => (allowed[permission] ?? []).includes(unit ?? unitId),
    has: (permission) => (allowed[permission] ?? []).length > 0,
    mayGrant: () => false,
  };
}

export function testI18n(language: 'zh-CN' | 'en-US' = 'zh-CN') {
  const i18n = createI18n();
  i18n.addResourceBundle('zh-CN', membersNs, zhCN, true, false);
  i18n.addResourceBundle('en-US', membersNs, enUS, true, false);
  void i18n.changeLanguage(language);
  return i18n;
}

type Options = { access?: UnitAccess; language?: 'zh-CN' | 'en-US' };

/** Draws `ui` into the document; `unmount` takes it away again. */
export function render(ui: ReactNode, { access = accessOf({}), language = 'zh-CN' }: Options = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const draw = (next: ReactNode) =>
    act(() =>
      root.render(
        <I18nextProvider i18n={testI18n(language)}>
          <App>
            <AccessProvider value={access}>{next}</AccessProvider>
          </App>
        </I18nextProvider>,
      ),
    );
  draw(ui);
  return {
    container,
    rerender: draw,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets React, antd's effects and timers run (a select opening, a dialog appearing). */
export async function settle(ms = 0) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
