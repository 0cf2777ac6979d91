// What the shell provides to remotes as the shared `react-i18next`: the exports the apps import
// (federation-shared.test.ts keeps the list complete).
export { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
