// Checks of a translation file (XLIFF 1.2 as lit-localize writes it), for `npm run localize -- --check`.

const units = (xliff) => [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];

/** Ids of the messages without a translation (no <target>, or an empty one). */
export function untranslated(xliff) {
  return units(xliff)
    .filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body))
    .map(([, id]) => id);
}

/** Ids of the translations whose placeholders are not those of the source (each <x id> as often). */
export function misplaced(xliff) {
  const placeholders = (text = '') => [...text.matchAll(/<x id="([^"]+)"/g)].map(([, id]) => id).sort();
  return units(xliff)
    .filter(([, , body]) => {
      const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
      const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1];
      return target !== undefined && `${placeholders(target)}` !== `${placeholders(source)}`;
    })
    .map(([, id]) => id);
}

/** What is wrong with one language's file, one sentence per kind of problem; none when it is complete. */
export function xliffProblems(xliff) {
  const gaps = untranslated(xliff);
  const wrong = misplaced(xliff);
  return [
    ...(gaps.length ? [`${gaps.length} message(s) without a translation: ${gaps.join(', ')}`] : []),
    ...(wrong.length ? [`translation(s) whose placeholders differ from the source: ${wrong.join(', ')}`] : []),
  ];
}
