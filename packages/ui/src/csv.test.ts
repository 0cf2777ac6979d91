import { describe, expect, it } from 'vitest';
import { defuseFormula, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes, starts with a BOM and ends lines with CRLF', () => {
    const csv = toCsv([{ title: '标题', value: (r: { t: string }) => r.t }], [{ t: 'a,"b"' }]);
    expect(csv).toBe('\uFEFF标题\r\n"a,""b"""\r\n');
  });

  it('defuses text a spreadsheet would evaluate, but not numbers', () => {
    expect(defuseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(defuseFormula('+1')).toBe("'+1");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('党建动态')).toBe('党建动态');
    expect(toCsv([{ title: 'n', value: (r: { n: number }) => r.n }], [{ n: -5 }])).toBe('\uFEFFn\r\n-5\r\n');
  });
});
