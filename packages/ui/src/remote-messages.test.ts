import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { remoteMessages } from './remote-messages';

const instance = () => {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: {}, lng: 'zh-CN', fallbackLng: 'zh-CN', initAsync: false });
  return i18n;
};

describe('remoteMessages', () => {
  it('adds the Chinese at once and fetches another language once, when it is the active one', async () => {
    const load = vi.fn(async () => ({ title: 'Articles' }));
    const register = remoteMessages('team', { title: '文章' }, { 'en-US': load });
    const i18n = instance();
    expect(register(i18n, 'zh-CN')).toBeUndefined();
    expect(i18n.t('team:title')).toBe('文章');
    expect(load).not.toHaveBeenCalled();
    const pending = register(i18n, 'en-US');
    expect(register(i18n, 'en-US')).toBe(pending);
    await pending;
    expect(register(i18n, 'en-US')).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
    expect(i18n.t('team:title', { lng: 'en-US' })).toBe('Articles');
  });

  it("still fetches a language a page's own words were added in first", async () => {
    const load = vi.fn(async () => ({ title: 'Articles' }));
    const register = remoteMessages('team', { title: '文章' }, { 'en-US': load });
    const i18n = instance();
    register(i18n, 'zh-CN');
    // A page of the remote opened in Chinese adds its words in both languages (usePageMessages).
    i18n.addResourceBundle('en-US', 'team', { page: { heading: 'Words' } }, true, false);
    await register(i18n, 'en-US');
    expect(load).toHaveBeenCalledTimes(1);
    expect(i18n.t('team:title', { lng: 'en-US' })).toBe('Articles');
    expect(i18n.t('team:page.heading', { lng: 'en-US' })).toBe('Words');
  });

  it('asks again after a failed fetch', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ title: 'Articles' });
    const register = remoteMessages('team', { title: '文章' }, { 'en-US': load });
    const i18n = instance();
    await expect(register(i18n, 'en-US')).rejects.toThrow('offline');
    await register(i18n, 'en-US');
    expect(load).toHaveBeenCalledTimes(2);
    expect(i18n.t('team:title', { lng: 'en-US' })).toBe('Articles');
  });

  it('knows a wrapper of the instance over the same resources (react-i18next makes one after a language change)', async () => {
    const load = vi.fn(async () => ({ title: 'Articles' }));
    const register = remoteMessages('team', { title: '文章' }, { 'en-US': load });
    const i18n = instance();
    await register(i18n, 'en-US');
    const wrapper = Object.create(Object.getPrototypeOf(i18n), Object.getOwnPropertyDescriptors(i18n));
    const add = vi.spyOn(wrapper, 'addResourceBundle');
    expect(register(wrapper, 'zh-CN')).toBeUndefined();
    expect(register(wrapper, 'en-US')).toBeUndefined();
    expect(add).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
