/**
 * The commands of gov-widgets-cli, each a module of its own loaded only when it runs (the news
 * command brings a DOM, the photos command an image library). Adding one: a module that exports a
 * `command` (see lib/command.ts) and a line here.
 */
import type { Command } from '../lib/command.js';

export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const commands: Record<string, CommandEntry> = {
  news: {
    summary: 'CuteNews data, RSS, Atom or JSON Feed → paged JSON Feed for <gov-news-feed>',
    load: () => import('./news.js').then((module) => module.command),
  },
  photos: {
    summary: 'a folder of photos → thumbnails, srcset and a JSON Feed for <gov-photo-gallery>',
    load: () => import('./photos.js').then((module) => module.command),
  },
  render: {
    summary: 'prerenders the widgets of static pages (content without JavaScript) and writes their Latin copies',
    load: () => import('./render.js').then((module) => module.command),
  },
  check: {
    summary: 'checks news feeds, photo feeds and contact JSON-LD the way the widgets will read them',
    load: () => import('./check.js').then((module) => module.command),
  },
};
