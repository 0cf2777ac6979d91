// Images are decoded before they are kept: a damaged or truncated one is refused (it would show broken on every
// page), its size is recorded, and a small WebP preview is made for lists and pages.
import type { Sharp, SharpOptions } from 'sharp';
import { FileError } from './file-error';

type SharpFactory = (input: Uint8Array, options: SharpOptions) => Sharp;
let loaded: Promise<SharpFactory> | undefined;

/**
 * sharp, loaded with the first image rather than at start: libvips costs about 20 MB of resident memory, which an
 * idle server need not hold. The server decodes few images, each once, so sharp's operation cache (up to 50 MB)
 * is off.
 */
const loadSharp = () => {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loaded;
};

/** Widest preview, in pixels (lists and article pages never show an image wider). */
export const previewWidth = 800;
/** The most pixels decoded (a 10 MB PNG can unpack to gigabytes): 100 megapixels, above any camera's photo. */
export const maxImagePixels = 100_000_000;

const decodable = new Set(['jpeg', 'png', 'gif', 'webp']);

export type ReadImage = { width: number; height: number; preview: Buffer };

/** Width and height as the image is shown (EXIF orientation applied), and its preview. */
export async function readImage(bytes: Uint8Array): Promise<ReadImage> {
  try {
    // failOn 'truncated': libvips otherwise fills a cut-off image with grey and calls it done.
    const sharp = await loadSharp();
    const image = sharp(bytes, { failOn: 'truncated', limitInputPixels: maxImagePixels });
    const meta = await image.metadata();
    // Only the formats detect-type accepted: sharp also reads SVG, TIFF and more, never wanted here.
    if (!meta.format || !decodable.has(meta.format)) throw new FileError('damaged-image');
    const { width, height } = meta.autoOrient;
    // Turned upright, at most previewWidth wide, and without metadata (sharp keeps none unless asked): no EXIF,
    // so no camera position.
    const preview = await image
      .autoOrient()
      .resize({ width: previewWidth, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return { width, height, preview };
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (/pixel limit/i.test(String((error as Error)?.message)))
      throw new FileError('too-large', { reason: 'pixels', vars: { max: maxImagePixels / 1_000_000 } });
    throw new FileError('damaged-image');
  }
}
