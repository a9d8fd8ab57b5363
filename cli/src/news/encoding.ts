/**
 * CuteNews 1.x stores text as the admin pages received it: UTF-8 on newer sites, windows-1251
 * (Cyrillic) or windows-1250 (Latin with č ć š ž đ) on older ones, with nothing in the file to say
 * which. Each file is read as UTF-8 when its bytes are valid UTF-8, else as the one-byte code page
 * whose text looks like words: one that turns Serbian Latin into words mixing Latin and Cyrillic
 * letters, or Cyrillic into runs of accented Latin letters, is the wrong one.
 */
export type CuteNewsEncoding = 'utf-8' | 'windows-1251' | 'windows-1250';

export const encodings: readonly CuteNewsEncoding[] = ['utf-8', 'windows-1251', 'windows-1250'];

const mixedWord = /(?=[\p{L}]*\p{Script=Latin})(?=[\p{L}]*\p{Script=Cyrillic})[\p{L}]+/gu;

function mixedWords(text: string): number {
  return text.match(mixedWord)?.length ?? 0;
}

/** Latin text in which accented letters outnumber plain ones is Cyrillic read in the wrong code page. */
function accentedRuns(text: string): boolean {
  const plain = text.match(/[A-Za-z]/g)?.length ?? 0;
  const accented = text.match(/[\u00C0-\u024F]/g)?.length ?? 0;
  return accented > plain;
}

export function detectEncoding(bytes: Uint8Array): CuteNewsEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not UTF-8: one of the code pages.
  }
  const cyrillic = new TextDecoder('windows-1251').decode(bytes);
  const latin = new TextDecoder('windows-1250').decode(bytes);
  const latinScore = accentedRuns(latin) ? Number.POSITIVE_INFINITY : mixedWords(latin);
  return latinScore < mixedWords(cyrillic) ? 'windows-1250' : 'windows-1251';
}

export function decode(
  bytes: Uint8Array,
  encoding: CuteNewsEncoding | 'auto',
): { text: string; encoding: CuteNewsEncoding } {
  const chosen = encoding === 'auto' ? detectEncoding(bytes) : encoding;
  return { text: new TextDecoder(chosen).decode(bytes).replace(/^\uFEFF/, ''), encoding: chosen };
}
