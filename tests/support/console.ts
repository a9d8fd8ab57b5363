/** Mutes console.warn in each test of the calling `describe`: the elements rightly warn about the bad data tests feed them. */
export function muteWarnings(): void {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.warn = warn;
  });
}
