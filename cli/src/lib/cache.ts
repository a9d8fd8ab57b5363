/**
 * Where a command keeps what it worked out last time for an output folder: in the user's cache
 * folder ($XDG_CACHE_HOME, else ~/.cache), not in the output folder that gets published.
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function cachePath(command: string, out: string): string {
  const folder = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16);
  return join(folder, 'gov-widgets-cli', `${command}-${key}.json`);
}
