/**
 * What a photo's own metadata say about it, read with exifr from the EXIF, IPTC and XMP blocks
 * sharp finds in any format (exifr alone does not read WebP): a caption, a credit, alt text (IPTC's
 * "Alt Text (Accessibility)"), the date it was taken, and whether it carries GPS coordinates.
 */
import exifr from 'exifr';
import type { Metadata } from 'sharp';

export interface PhotoFacts {
  caption?: string;
  credit?: string;
  alt?: string;
  /** Taken at, as the camera's clock said: `2016-10-13 17:45`. */
  date?: string;
  gps: boolean;
}

type Tags = Record<string, unknown>;

/** A value of a tag: text, a language alternative ({lang, value}) or a list of either. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'value' in value) return textOf((value as { value: unknown }).value);
  return undefined;
}

const first = (...values: unknown[]) => values.map(textOf).find((value) => value !== undefined);

async function parsed(block: Buffer | undefined, type: 'tiff' | 'xmp' | 'iptc', options: object): Promise<Tags> {
  if (!block?.length) return {};
  // sharp hands EXIF with its "Exif\0\0" header; exifr reads the TIFF structure after it.
  const data = type === 'tiff' && block.subarray(0, 4).toString('latin1') === 'Exif' ? block.subarray(6) : block;
  try {
    return ((await exifr.sidecar(data, options, type)) as Tags | undefined) ?? {};
  } catch {
    return {};
  }
}

const two = (value: number) => String(value).padStart(2, '0');

export async function readFacts(metadata: Metadata): Promise<PhotoFacts> {
  const exif = await parsed(metadata.exif, 'tiff', { tiff: true, exif: true, gps: true, reviveValues: true });
  const iptc = await parsed(metadata.iptc, 'iptc', { iptc: true });
  const xmp = await parsed(metadata.xmp, 'xmp', { xmp: true });
  const ns = (prefix: string) => (xmp[prefix] ?? {}) as Tags;
  const [dc, photoshop, core, exifXmp] = [ns('dc'), ns('photoshop'), ns('Iptc4xmpCore'), ns('exif')];
  const taken = exif.DateTimeOriginal ?? exif.CreateDate ?? photoshop.DateCreated;
  const date =
    taken instanceof Date && !Number.isNaN(taken.getTime())
      ? `${taken.getUTCFullYear()}-${two(taken.getUTCMonth() + 1)}-${two(taken.getUTCDate())} ${two(taken.getUTCHours())}:${two(taken.getUTCMinutes())}`
      : typeof taken === 'string'
        ? taken.replace('T', ' ').slice(0, 16)
        : undefined;
  return {
    caption: first(dc.description, exif.ImageDescription, iptc.Caption, dc.title, photoshop.Headline, iptc.Headline),
    credit: first(dc.creator, iptc.Byline, exif.Artist, photoshop.Credit, iptc.Credit),
    alt: first(core.AltTextAccessibility),
    date,
    gps: exif.latitude !== undefined || exif.GPSLatitude !== undefined || exifXmp.GPSLatitude !== undefined,
  };
}
