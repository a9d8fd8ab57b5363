/**
 * The published copies of one photo, made with sharp: turned upright by its EXIF orientation, the
 * full image (JPEG, PNG when it has transparency) no larger than `maxSize` on its long side, and
 * WebP (or AVIF) versions at the srcset widths, the smallest at least the thumbnail's width serving
 * as the grid's thumbnail. The photo is decoded once, at the full image's size, and every smaller
 * version is made from those pixels. No metadata is carried over — so no GPS position — except the
 * caption, credit and rights written anew as XMP; with `keepGps` the full image keeps all its EXIF.
 */
import { join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { writeFileAtomic } from '../lib/write.js';

export interface RenderSettings {
  widths: number[];
  thumbnail: number;
  maxSize: number;
  quality: number;
  avif: boolean;
  keepGps: boolean;
}

export interface Rendition {
  file: string;
  width: number;
  height: number;
}

export interface RenderedPhoto {
  /** The full image. */
  image: Rendition;
  /** The srcset versions, narrowest first (the full width included), in the feed's format. */
  srcset: Rendition[];
  thumbnail: Rendition;
  /** Every file written for this photo, relative to the output folder (WebP versions too with --avif). */
  files: string[];
}

/** The size a photo shows at after its EXIF orientation (5–8 turn it a quarter). */
export function uprightSize(metadata: Metadata): { width: number; height: number } {
  const { width = 0, height = 0, orientation = 1 } = metadata;
  return orientation >= 5 ? { width: height, height: width } : { width, height };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** XMP with the caption and credit the feed states (EXIF text is ASCII only; XMP is UTF-8). */
function xmpPacket({ caption, credit }: { caption?: string; credit?: string }): string | undefined {
  if (!caption && !credit) return undefined;
  const alt = (name: string, value: string) =>
    `<dc:${name}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></dc:${name}>`;
  return (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    (caption ? alt('description', caption) : '') +
    (credit ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(credit)}</rdf:li></rdf:Seq></dc:creator>` : '') +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}

/** The widths a photo gets: those of the settings narrower than it, and its own. */
export function srcsetWidths(fullWidth: number, settings: RenderSettings): number[] {
  const widths = new Set([...settings.widths, settings.thumbnail].filter((width) => width < fullWidth));
  return [...widths, fullWidth].sort((a, b) => a - b);
}

/** The files a photo will have, without making them: to tell whether an earlier run made them all. */
export function plannedFiles(stem: string, fullWidth: number, hasAlpha: boolean, settings: RenderSettings): string[] {
  const formats = settings.avif ? ['webp', 'avif'] : ['webp'];
  return [
    `images/${stem}.${hasAlpha ? 'png' : 'jpg'}`,
    ...formats.flatMap((format) =>
      srcsetWidths(fullWidth, settings).map((width) => `images/${stem}-${width}.${format}`),
    ),
  ];
}

export function fullSize(metadata: Metadata, maxSize: number): { width: number; height: number } {
  const { width, height } = uprightSize(metadata);
  const scale = Math.min(1, maxSize / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function renderPhoto(
  input: Buffer,
  metadata: Metadata,
  stem: string,
  outDir: string,
  settings: RenderSettings,
  text: { caption?: string; credit?: string },
): Promise<RenderedPhoto> {
  const full = fullSize(metadata, settings.maxSize);
  const hasAlpha = metadata.hasAlpha === true;
  const upright = sharp(input, { failOn: 'error' }).rotate();
  const { data, info } = await upright
    .clone()
    .resize(full.width, full.height)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const files: string[] = [];
  const write = async (file: string, bytes: Buffer) => {
    await writeFileAtomic(join(outDir, file), bytes);
    files.push(file);
  };

  const imageFile = `images/${stem}.${hasAlpha ? 'png' : 'jpg'}`;
  const source = settings.keepGps ? upright.clone().resize(full.width, full.height).keepExif() : pixels();
  const xmp = xmpPacket(text);
  const encoded = hasAlpha ? source.png({ compressionLevel: 9 }) : source.jpeg({ quality: 85, mozjpeg: true });
  await write(imageFile, await (xmp ? encoded.withXmp(xmp) : encoded).toBuffer());

  const formats: ('webp' | 'avif')[] = settings.avif ? ['webp', 'avif'] : ['webp'];
  const versions: Record<string, Rendition[]> = { webp: [], avif: [] };
  for (const width of srcsetWidths(full.width, settings)) {
    const height = Math.max(1, Math.round((full.height * width) / full.width));
    const resized = width === full.width ? pixels() : pixels().resize(width, height);
    for (const format of formats) {
      const file = `images/${stem}-${width}.${format}`;
      const encoder =
        format === 'webp'
          ? resized.clone().webp({ quality: settings.quality })
          : resized.clone().avif({ quality: Math.max(30, settings.quality - 25) });
      await write(file, await encoder.toBuffer());
      versions[format]!.push({ file, width, height });
    }
  }
  const srcset = versions[settings.avif ? 'avif' : 'webp']!;
  return {
    image: { file: imageFile, ...full },
    srcset,
    thumbnail: srcset.find((version) => version.width >= settings.thumbnail) ?? srcset.at(-1)!,
    files,
  };
}
