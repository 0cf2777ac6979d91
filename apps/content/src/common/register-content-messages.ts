import type { i18n } from 'i18next';
import { content as contentEnUS } from '../i18n/en-US';
import { content as contentZhCN } from '../i18n/zh-CN';

export const contentNs = 'content';
const registered = new WeakSet<i18n>();

/** Adds the `content` namespace to the shell's i18next instance once (both languages up front). */
export function registerContentMessages(instance: i18n): void {
  if (registered.has(instance)) return;
  registered.add(instance);
  instance.addResourceBundle('zh-CN', contentNs, contentZhCN, true, false);
  instance.addResourceBundle('en-US', contentNs, contentEnUS, true, false);
}
