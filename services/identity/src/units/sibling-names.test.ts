import { describe, expect, it } from 'vitest';
import { assertNameFree, clashingSibling } from './sibling-names';

const family = {
  parent: { id: 1, name: '西山镇', archived: false },
  activeChildren: [
    { id: 2, name: '西山镇第一村支部' },
    { id: 3, name: 'Party Office' },
    { id: 4, name: '西山镇（一）组' },
  ],
};

describe('one name among active siblings', () => {
  it('finds the sibling with the same name, trimmed, in any Latin case and in full or half width', () => {
    expect(clashingSibling(family, '西山镇第一村支部')?.id).toBe(2);
    expect(clashingSibling(family, '  party office ')?.id).toBe(3);
    expect(clashingSibling(family, 'ＰＡＲＴＹ ＯＦＦＩＣＥ')?.id).toBe(3);
    expect(clashingSibling(family, '西山镇(一)组')?.id).toBe(4);
  });

  it('takes a name no active sibling uses, and a unit keeps its own name', () => {
    expect(clashingSibling(family, '西山镇第二村支部')).toBeUndefined();
    expect(clashingSibling(family, 'Party Offices')).toBeUndefined();
    expect(clashingSibling(family, 'PARTY OFFICE', 3)).toBeUndefined();
  });

  it('refuses a taken name on the given field, naming the sibling as stored and the parent', () => {
    expect(() => assertNameFree(family, 'party office', 'parentId')).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        key: 'unitNameTaken',
        field: 'parentId',
        vars: { name: 'Party Office', parent: '西山镇' },
      }),
    );
    expect(() => assertNameFree(family, '西山镇第三村支部', 'name')).not.toThrow();
  });
});
