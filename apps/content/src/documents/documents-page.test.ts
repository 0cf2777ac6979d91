// The library page's pure parts: its URL state read into the server's input and its words in both languages.
import { parseListQuery } from '@strata/ui/list-page';
import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { documentListSpec, toDocumentListInput } from './document-list-spec';
import { documentMessages } from './document-messages';

const read = (search: string) => parseListQuery(documentListSpec, new URLSearchParams(search));

describe('document list state', () => {
  it('reads its parameters into the server input', () => {
    const search = `page=2&unit=9&category=${encodeURIComponent('会议记录')}&visibility=public&q=100%25&sort=title&order=asc`;
    expect(toDocumentListInput(read(search), 5)).toEqual({
      unitId: 9,
      category: '会议记录',
      visibility: 'public',
      search: '100%',
      sort: 'title',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
  });

  it('starts at the current unit, newest first, and drops what it cannot read', () => {
    const junk = `visibility=secret&category=${'类'.repeat(21)}&q=%20%20&sort=size&unit=-3`;
    expect(toDocumentListInput(read(junk), 5)).toEqual({
      unitId: 5,
      sort: 'updatedAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
  });
});

it('names every Chinese word of the page in English', () => {
  expect(wordGaps(documentMessages['zh-CN'], documentMessages['en-US'])).toEqual({
    missingInEnglish: [],
    onlyInEnglish: [],
  });
});
