import EnvironmentOutlined from '@ant-design/icons-svg/lib/asn/EnvironmentOutlined.js';
import HeartFilled from '@ant-design/icons-svg/lib/asn/HeartFilled.js';
import HeartTwoTone from '@ant-design/icons-svg/lib/asn/HeartTwoTone.js';
import { describe, expect, it } from 'vitest';
import { menuIcon } from './menu-icon';

const definition = (imported: unknown) =>
  (imported as { default?: unknown }).default ?? (imported as { icon: unknown });

describe('menuIcon', () => {
  it('gives an outlined icon’s view box and paths, whichever way its file was imported', () => {
    const glyph = menuIcon(EnvironmentOutlined);
    expect(glyph.viewBox).toBe('64 64 896 896');
    expect(glyph.paths).toHaveLength(1);
    expect(glyph.paths[0]).toMatch(/^M854\.6 289\.1/);
    // The CommonJS module (Node's default import) and the definition itself give the same glyph.
    expect(menuIcon(definition(EnvironmentOutlined) as Parameters<typeof menuIcon>[0])).toEqual(glyph);
    expect(menuIcon({ default: definition(EnvironmentOutlined) } as Parameters<typeof menuIcon>[0])).toEqual(glyph);
  });

  it('takes a filled icon and refuses a two-tone one, and anything but paths', () => {
    expect(menuIcon(HeartFilled).paths.length).toBeGreaterThan(0);
    expect(() => menuIcon(HeartTwoTone)).toThrow(/two-tone/);
    const circle = {
      name: 'dot',
      theme: 'outlined',
      icon: { tag: 'svg', attrs: { viewBox: '0 0 10 10' }, children: [{ tag: 'circle', attrs: { r: '5' } }] },
    };
    expect(() => menuIcon(circle)).toThrow(/only paths/);
    expect(() => menuIcon({ ...circle, icon: { ...circle.icon, children: [] } })).toThrow(/no SVG paths/);
  });
});
