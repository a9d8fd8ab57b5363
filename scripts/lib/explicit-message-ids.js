// Stands in for @lit/localize's internal/id-generation.js in the one-file bundle (see
// explicitMessageIdsOnly in vite.config.ts): every msg() of gov-widgets names its id, so the hash that
// would name a message from its text never runs. Should a message without an id ever ship, this says so
// instead of showing it untranslated without a word.
export const HASH_DELIMITER = '\x1e';

export function generateMsgId() {
  throw new Error('gov-widgets: a msg() without an id reached the bundle; give it { id: ... }');
}
