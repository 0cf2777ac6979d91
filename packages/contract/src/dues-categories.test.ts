// A sheet's category cell: the code, either language's label (with or without its bracketed part) or the short name
// reads as the category; anything else as none.
import { describe, expect, it } from 'vitest';
import { duesCategories, duesCategoryLabels, duesCategoryOf } from './dues';

describe('duesCategoryOf', () => {
  it('reads every category by its code, its labels and its short name', () => {
    for (const category of duesCategories) {
      const labels = duesCategoryLabels[category];
      for (const name of [category, labels['zh-CN'], labels['en-US'], labels.short, ` ${labels.short} `])
        expect(duesCategoryOf(name), name).toBe(category);
    }
    expect(duesCategoryOf('在职党员')).toBe('salaried');
    expect(duesCategoryOf('SALARIED')).toBe('salaried');
    expect(duesCategoryOf('Retired')).toBe('retired');
  });

  it('reads nothing else', () => {
    for (const text of ['', '  ', '工人', 'salary', '在职党员（按工资）x'])
      expect(duesCategoryOf(text), text).toBeNull();
  });
});
