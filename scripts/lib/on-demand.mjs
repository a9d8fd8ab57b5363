// The sibling files of the one-file bundle (onDemandModules in vite.config.ts), each built alone into
// one self-contained file: no chunk shared between two siblings, so that fetching one never waits
// for a second request, and nothing a sibling needs comes from anywhere but itself.
import { build, resolveConfig } from 'vite';

const configFile = new URL('../../vite.config.ts', import.meta.url).pathname;

/**
 * Builds every on-demand module with the project's Vite config (mode `on-demand`).
 * @param {{ write?: boolean }} options `write: false` builds in memory (for `npm run size`)
 * @returns {Promise<import('vite').Rollup.OutputChunk[]>} one chunk per module
 */
export async function buildOnDemand({ write = true } = {}) {
  const resolved = await resolveConfig({ configFile, mode: 'on-demand', logLevel: 'silent' }, 'build');
  const modules = /** @type {Record<string, string>} */ (resolved.build.lib && resolved.build.lib.entry);
  const chunks = [];
  for (const [name, entry] of Object.entries(modules)) {
    const output = await build({
      configFile,
      mode: 'on-demand',
      logLevel: 'warn',
      build: {
        write,
        lib: { entry, fileName: () => `${name}.js` },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    });
    chunks.push(
      ...[output]
        .flat()
        .flatMap((result) => result.output)
        .filter((item) => item.type === 'chunk'),
    );
  }
  return chunks;
}
