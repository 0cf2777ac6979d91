import { type PageMessages, usePageMessages as usePageMessagesIn } from '@strata/ui/page-messages';
import { contentNs } from './register-content-messages';

export type { PageMessages };

/** A content page's own words (`@strata/ui/page-messages`), in the `content` namespace. */
export const usePageMessages = <T extends object>(key: string, messages: PageMessages<T>) =>
  usePageMessagesIn(contentNs, key, messages);
