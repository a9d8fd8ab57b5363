#!/usr/bin/env node
// `npm run build:bundle`, second half: writes the sibling files of dist/gov-widgets.js, one
// self-contained file per on-demand module (see scripts/lib/on-demand.mjs).
import { buildOnDemand } from './lib/on-demand.mjs';

for (const chunk of await buildOnDemand())
  console.log(`dist/${chunk.fileName}  ${(Buffer.byteLength(chunk.code) / 1000).toFixed(2)} kB`);
