// What an upload may be: the type read from the bytes (never the name), each kind within its limit, a name that
// means only itself, an image that decodes whole. Each refusal is a FileError with the code and words a person
// can act on.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { kindOfHead } from './detect-type';
import { FileError } from './file-error';
import { fileErrorMessage } from './file-messages';
import { inspectUpload } from './inspect-upload';
import {
  compoundFileBytes,
  docxBytes,
  elfBytes,
  jpegBytes,
  machOBytes,
  mp4Bytes,
  pdfBytes,
  peBytes,
  pngBytes,
  shellScriptBytes,
  svgWithScriptBytes,
  truncated,
  zipArchiveBytes,
} from './testing';

const mib = 1024 * 1024;
const limits = { image: 10 * mib, video: 500 * mib, audio: 50 * mib, document: 50 * mib };

/** The FileError an upload is refused with. */
async function refusal(name: string, bytes: Uint8Array, withLimits = limits): Promise<FileError> {
  const error = await inspectUpload(name, bytes, withLimits).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FileError)) throw new Error(`${name}: expected a FileError, got ${String(error)}`);
  return error;
}

describe('accepted uploads', () => {
  it.each([
    ['a PNG', '截图.png', () => pngBytes(), 'image', 'image/png'],
    ['a JPEG, whatever its name says', 'photo.png', () => jpegBytes(400, 300), 'image', 'image/jpeg'],
    [
      'a GIF',
      'a.gif',
      () =>
        sharp(Buffer.alloc(30 * 20 * 3, 9), { raw: { width: 30, height: 20, channels: 3 } })
          .gif()
          .toBuffer(),
      'image',
      'image/gif',
    ],
    [
      'a WebP',
      'a.webp',
      async () =>
        sharp(await pngBytes())
          .webp()
          .toBuffer(),
      'image',
      'image/webp',
    ],
    ['an MP4', '会议录像.mp4', () => mp4Bytes(), 'video', 'video/mp4'],
    ['a PDF', '通知.pdf', () => pdfBytes(), 'document', 'application/pdf'],
    [
      'a Word document',
      '报告.docx',
      () => docxBytes(),
      'document',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'a Word 97-2003 document',
      '旧报告.doc',
      () => compoundFileBytes(['WordDocument']),
      'document',
      'application/msword',
    ],
    [
      'an Excel 97-2003 workbook',
      '名册.xls',
      () => compoundFileBytes(['Workbook']),
      'document',
      'application/vnd.ms-excel',
    ],
    ['UTF-8 text named .txt', '说明.txt', () => Buffer.from('第一行\n第二行\n'), 'document', 'text/plain'],
    [
      'a UTF-8 CSV with a BOM',
      '名单.CSV',
      () => Buffer.from('\uFEFF姓名,支部\n张三,机关支部\n'),
      'document',
      'text/csv',
    ],
  ])('%s: kind and type from the bytes', async (_what, name, make, kind, mime) => {
    const bytes = await make();
    const upload = await inspectUpload(name, bytes, limits);
    expect(upload).toMatchObject({ name, kind, mime, size: bytes.length });
  });

  it('reads an image whole: its size as shown, and a WebP preview at most 800 px wide without EXIF', async () => {
    const bytes = await jpegBytes(1200, 900);
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const { image } = await inspectUpload('a.jpg', bytes, limits);
    expect([image?.width, image?.height]).toEqual([1200, 900]);
    const preview = await sharp(image!.preview).metadata();
    expect([preview.format, preview.width, preview.height, preview.exif]).toEqual(['webp', 800, 600, undefined]);
  });

  it('gives a rotated photo its upright size, and never enlarges a small one', async () => {
    const rotated = await sharp(await pngBytes(300, 200))
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { image } = await inspectUpload('a.jpg', rotated, limits);
    expect([image?.width, image?.height]).toEqual([200, 300]);
    expect((await sharp(image!.preview).metadata()).width).toBe(200);
  });

  it('keeps the name as given, Chinese and spaces included', async () => {
    const name = '  2026年 第一季度 “党建”简报（定稿）.pdf';
    expect((await inspectUpload(name, pdfBytes(), limits)).name).toBe(name);
  });
});

describe('refused uploads', () => {
  it.each([
    ['a Linux program named .jpg', 'photo.jpg', elfBytes, 'executable', 'ELF'],
    ['a Windows program named .pdf', 'a.pdf', peBytes, 'executable', 'EXE'],
    ['a macOS program named .txt', 'a.txt', machOBytes, 'executable', 'MACHO'],
    ['a shell script named .txt', 'a.txt', shellScriptBytes, 'executable', 'script'],
    ['an SVG with a script', 'logo.svg', svgWithScriptBytes, 'svg', 'SVG'],
    ['an SVG named .txt', 'logo.txt', svgWithScriptBytes, 'svg', 'SVG'],
    ['a zip archive', 'files.zip', zipArchiveBytes, 'other', 'ZIP'],
    [
      'an installer (a compound file that is no Office document)',
      'setup.doc',
      () => compoundFileBytes(['SummaryInformation']),
      'other',
      'CFB',
    ],
    [
      'a Word 97-2003 document with macros',
      'a.doc',
      () => compoundFileBytes(['WordDocument', 'Macros/VBA/_VBA_PROJECT']),
      'macros',
      '',
    ],
    [
      'text in GBK named .csv',
      'a.csv',
      () => Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31]),
      'text-encoding',
      'CSV',
    ],
    ['text with NUL named .txt', 'a.txt', () => Buffer.from('abc\u0000def'), 'text-encoding', 'TXT'],
    ['UTF-8 text without a text name', 'a.md', () => Buffer.from('# title'), 'unknown', ''],
  ])('%s: type-not-allowed (415), naming it', async (_what, name, make, reason, found) => {
    const error = await refusal(name, await make());
    expect([error.code, error.status, error.details.reason, error.details.vars?.found]).toEqual([
      'type-not-allowed',
      415,
      reason,
      found,
    ]);
  });

  it('refuses a file over its kind’s limit (413), naming the kind and the limit', async () => {
    const error = await refusal('big.mp4', mp4Bytes(0.6 * mib), { ...limits, video: 0.5 * mib });
    expect([error.code, error.status]).toEqual(['too-large', 413]);
    expect(fileErrorMessage(error, 'zh-CN')).toBe('视频文件不能超过 0.5 MB');
    const image = await refusal('big.jpg', await jpegBytes(600, 450), { ...limits, image: 0.1 * mib });
    expect(fileErrorMessage(image, 'en-US')).toBe('Image files may be at most 0.1 MB');
    expect(await inspectUpload('fits.mp4', mp4Bytes(0.5 * mib), { ...limits, video: 0.5 * mib })).toMatchObject({
      kind: 'video',
    });
  });

  it.each([
    ['../x.png', 'path'],
    ['a/b.png', 'path'],
    ['..\\x.png', 'path'],
    ['..', 'path'],
    ['a\u0000.png', 'control'],
    ['a\nb.png', 'control'],
    ['a\u0085.png', 'control'],
    ['invoice\u202Egpj.exe', 'control'],
    ['bad\uD800.png', 'control'],
    ['   ', 'blank'],
    [`${'长'.repeat(197)}.png`, 'too-long'],
  ])('refuses the name %j (400, %s), never cleaning it', async (name, reason) => {
    const error = await refusal(name, await pngBytes());
    expect([error.code, error.status, error.details.reason, error.field]).toEqual(['bad-name', 400, reason, 'file']);
  });

  it('takes a name of exactly 200 characters', async () => {
    const name = `${'长'.repeat(196)}.png`;
    expect((await inspectUpload(name, await pngBytes(), limits)).name).toBe(name);
  });

  it.each([
    ['PNG', () => pngBytes(300, 300)],
    ['JPEG', () => jpegBytes(300, 200)],
    [
      'GIF',
      () =>
        sharp(Buffer.alloc(300 * 300 * 3, 90), { raw: { width: 300, height: 300, channels: 3 } })
          .gif()
          .toBuffer(),
    ],
    [
      'WebP',
      async () =>
        sharp(await pngBytes(400, 300))
          .webp()
          .toBuffer(),
    ],
  ])('refuses a truncated %s as damaged (400)', async (_format, make) => {
    const error = await refusal('cut.img', truncated(await make(), 0.7));
    expect([error.code, error.status]).toEqual(['damaged-image', 400]);
    expect(fileErrorMessage(error, 'en-US')).toMatch(/^The image is damaged or truncated/);
  });

  it('refuses an empty file', async () => {
    expect((await refusal('a.pdf', Buffer.alloc(0))).code).toBe('empty');
  });
});

describe('the kind from the first bytes, while an upload arrives', () => {
  it.each([
    ['PNG', () => pngBytes(), 'image'],
    ['MP4', () => mp4Bytes(), 'video'],
    ['docx (a zip, so far)', () => docxBytes(), 'document'],
    ['text', () => Buffer.from('a,b\n'), 'document'],
  ])('%s: %s', async (_what, make, kind) => {
    expect(await kindOfHead('x', (await make()).subarray(0, 65536))).toBe(kind);
  });

  it('stops a program at its first bytes', async () => {
    await expect(kindOfHead('x.jpg', elfBytes())).rejects.toMatchObject({ code: 'type-not-allowed' });
  });
});
