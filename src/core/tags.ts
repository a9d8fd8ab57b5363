/**
 * Which feed items carry a tag: tags match whatever their case, surrounding space and script, both
 * sides compared in lower-case Latin. The Latin conversion is the caller's (in the page, the converter
 * loaded on demand; in Node, the engine itself), so this stays pure.
 */

/** Reads a tag in Latin script: "Вести" → "Vesti". */
export type InLatin = (text: string) => string;

const tagKey = (tag: string, inLatin: InLatin) => inLatin(tag.trim()).toLowerCase();

/**
 * A test for "carries the tag `wanted`" over tags; feeds repeat their few tags in every item, so each
 * distinct tag is converted and compared once.
 */
export function tagMatcher(wanted: string, inLatin: InLatin): (tag: string) => boolean {
  const key = tagKey(wanted, inLatin);
  const known = new Map<string, boolean>();
  return (tag) => {
    let matches = known.get(tag);
    if (matches === undefined) known.set(tag, (matches = tagKey(tag, inLatin) === key));
    return matches;
  };
}
