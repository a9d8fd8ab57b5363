// Output is written as UTF-16 code units into one reusable typed array and decoded once: in V8, building a
// long string by concatenation costs far more than the letter mapping itself. Input that is read several
// times is first copied into a typed array too: charCodeAt slows down once one call site has seen strings of
// several representations (DOM strings are external, substrings are sliced), and typed-array loads do not.

let buffer = new Uint16Array(1024);
let input = new Uint16Array(1024);

/** The code units of `text` in a reusable array, followed by one 0 so that reading one past the end is safe. */
export function inputUnits(text: string): Uint16Array {
  const length = text.length;
  if (input.length <= length) input = new Uint16Array(roundUpToPowerOfTwo(length + 1));
  const units = input;
  for (let index = 0; index < length; index++) units[index] = text.charCodeAt(index);
  units[length] = 0;
  return units;
}

/** The shared output buffer, at least `length` long. Conversions are synchronous, so one buffer serves all. */
export function outputBuffer(length: number): Uint16Array {
  if (buffer.length < length) buffer = new Uint16Array(roundUpToPowerOfTwo(length));
  return buffer;
}

/** Grows the buffer while keeping the first `used` code units (for the rare output longer than its input). */
export function growOutputBuffer(used: number, length: number): Uint16Array {
  if (buffer.length < length) {
    const larger = new Uint16Array(roundUpToPowerOfTwo(length));
    larger.set(buffer.subarray(0, used));
    buffer = larger;
  }
  return buffer;
}

function roundUpToPowerOfTwo(length: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(length, 1024)));
}

const utf16 = new TextDecoder('utf-16le');
/** Below this length a direct fromCharCode call beats setting up a decoder call. */
const SHORT_OUTPUT = 32;
/** Well under the engines' argument-count limits. */
const CHUNK = 8192;

/**
 * Decodes `buffer[0, length)`. The decoder is the fast path but replaces lone surrogates with U+FFFD, so input
 * that held any surrogate (`mayHoldLoneSurrogates`) goes through fromCharCode, which keeps every code unit.
 */
export function decodeOutput(length: number, mayHoldLoneSurrogates: boolean): string {
  if (length <= SHORT_OUTPUT) return fromCodeUnits(buffer.subarray(0, length));
  if (!mayHoldLoneSurrogates) return utf16.decode(buffer.subarray(0, length));
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    parts.push(fromCodeUnits(buffer.subarray(start, Math.min(length, start + CHUNK))));
  }
  return parts.join('');
}

function fromCodeUnits(units: Uint16Array): string {
  // fromCharCode accepts any array-like through apply; the typings only admit number[].
  return String.fromCharCode.apply(null, units as unknown as number[]);
}
