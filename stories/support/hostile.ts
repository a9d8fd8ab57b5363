/**
 * What a careless or hostile CMS puts into the data, for the "long and hostile content" stories:
 * each string must show as plain text (or be dropped), run nothing, and not break the layout.
 */
export const hostile = {
  /** Markup in a plain-text field: shown as the characters it is made of. */
  markup: '<img src=x onerror="alert(document.domain)"><script>alert(1)</script><b>Bold?</b>',
  /** One Cyrillic word wider than any column: it must wrap inside the widget. */
  longWord: 'Најдужаречбезиједногразмакакојуширинавиџетаморадапреломиусредреда'.repeat(3),
  /** An address that runs on and on. */
  longUrl: `https://www.example.gov.rs/${'veoma-dugacka-adresa-stranice/'.repeat(8)}kraj.html`,
  /** A right-to-left override and stacked combining marks: they must stay inside their own text. */
  unicode: 'Обрнут смер: \u202Eтекст наопако\u202C, и З̴̡̛̗а̷̢̛л̸̨͝г̵̡̛о̶̧̕ слова',
  /** A script URL where an address belongs: dropped, never a link. */
  scriptUrl: 'javascript:alert(document.domain)',
  /** HTML with handlers, a script, a frame, a style that hides the page and a form: sanitized away. */
  html:
    '<p>Пасус са <a href="javascript:alert(1)">везом која ништа не покреће</a>, ' +
    '<a href="https://www.srbija.gov.rs/" target="_blank" onclick="alert(1)">правом везом</a> и сликом ' +
    '<img src="/data/photos/missing.jpg" onerror="alert(1)">.</p>' +
    '<script>alert(1)</script><iframe src="https://example.com/"></iframe>' +
    '<style>body { display: none }</style><p style="position: fixed; inset: 0; background: red">Прекривач преко целе стране?</p>' +
    '<form action="https://example.com/"><input name="lozinka"></form>',
};

/** A long sentence of ordinary words, `count` times. */
export const longText = (count: number) =>
  Array.from(
    { length: count },
    () =>
      'Министарство спољних послова Републике Србије обавештава грађане да се захтеви за издавање путних исправа подносе лично у дипломатско-конзуларним представништвима.',
  ).join(' ');
