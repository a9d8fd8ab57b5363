import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovPhotoEvent, GovPhotoGallery } from '../../src/photo-gallery.js';
import { click, closed, counterText, demoFeed, dialogOf, focused, mount, opened, part, thumbnail } from './helpers.js';

const pageUrl = () => location.pathname + location.search;

async function openWithKeyboard(el: GovPhotoGallery, index: number): Promise<void> {
  thumbnail(el, index).focus();
  await sendKeys({ press: 'Enter' });
  await opened(el);
}

describe('<gov-photo-gallery deep-link>', () => {
  afterEach(() => history.replaceState(null, '', pageUrl()));

  // Asserted through Back and Forward rather than history.length: the test runner reuses its tab, and
  // Chromium keeps at most 50 entries, so the length stops growing once a run has made that many.
  it('puts the open photo in the hash with one history entry, follows it while browsing, and takes the entry back on Escape', async () => {
    const el = await mount(demoFeed(12), { id: 'presentation', 'deep-link': '' });
    await openWithKeyboard(el, 2);
    expect(location.hash).to.equal('#presentation-photo-photo-3');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(location.hash).to.equal('#presentation-photo-photo-4');
    await sendKeys({ press: 'Escape' });
    await closed(el);
    // Had browsing added entries, going back one would have landed on photo 3, with the viewer open.
    await waitUntil(() => location.hash === '', 'the hash stayed after closing');
    expect(focused(el) === thumbnail(el, 2)).to.equal(true, 'focus is back on the thumbnail that opened it');
    // One entry, the last photo shown, is ahead: Escape went back over it rather than adding another.
    history.forward();
    await opened(el);
    expect(counterText(el)).to.equal('4 of 12');
    history.back();
    await closed(el);
    expect(location.hash).to.equal('');
  });

  it('closes on the browser Back button, returning focus to the thumbnail', async () => {
    const el = await mount(demoFeed(6), { id: 'presentation', 'deep-link': '' });
    await click(thumbnail(el, 1).querySelector('img')!);
    await opened(el);
    expect(location.hash).to.equal('#presentation-photo-photo-2');
    const closing = oneEvent(el, 'gov-photo-close');
    history.back();
    expect(((await closing) as GovPhotoEvent).detail).to.deep.equal({ index: 1, id: 'photo-2' });
    await closed(el);
    expect(location.hash).to.equal('');
    expect(focused(el) === thumbnail(el, 1)).to.equal(true, 'focus is back on the thumbnail');
  });

  it('closing by the close button goes back in history only for the entry it added', async () => {
    const el = await mount(demoFeed(6), { id: 'presentation', 'deep-link': '' });
    await openWithKeyboard(el, 0);
    part(el, 'close-button').click();
    await closed(el);
    await waitUntil(() => location.hash === '');
    // The entry is still there: Forward to the photo opens it again, from the URL.
    history.forward();
    await opened(el);
    expect(counterText(el)).to.equal('1 of 6');
    history.back();
    await closed(el);
  });

  it('opens the photo a URL names once the data is in, and closing removes the hash without leaving the page', async () => {
    history.replaceState(null, '', `${pageUrl()}#presentation-photo-photo-5`);
    const entries = history.length;
    const el = await mount(demoFeed(12), { id: 'presentation', 'deep-link': '' });
    await opened(el);
    expect(counterText(el)).to.equal('5 of 12');
    expect(focused(el) === part(el, 'close-button')).to.equal(true, 'focus is in the dialog');
    part(el, 'close-button').click();
    await closed(el);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(entries, 'closing did not go back, it only cleaned the URL');
    expect(focused(el) === thumbnail(el, 4)).to.equal(true, 'focus lands on the photo that was shown');
  });

  it('opens a linked photo of a later page once "Show more" has brought it in', async () => {
    history.replaceState(null, '', `${pageUrl()}#paged-photo-photo-4`);
    const el = document.createElement('gov-photo-gallery');
    el.id = 'paged';
    el.deepLink = true;
    el.src = '/tests/fixtures/photo-gallery/page-1.json';
    document.body.append(el);
    try {
      await oneEvent(el, 'gov-load');
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false, 'photo 4 is not on page 1');
      part<HTMLButtonElement>(el, 'more-button').click();
      await opened(el);
      expect(counterText(el)).to.equal('4 of 5');
      el.close();
      await closed(el);
    } finally {
      el.remove();
    }
  });

  it('opens a photo when a link on the page changes the hash, and ignores hashes of other galleries and unknown photos', async () => {
    const el = await mount(demoFeed(6), { id: 'presentation', 'deep-link': '' });
    location.hash = '#other-photo-photo-2';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialogOf(el).open).to.equal(false);
    location.hash = '#presentation-photo-no-such-photo';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialogOf(el).open).to.equal(false);
    location.hash = '#presentation-photo-photo-3';
    await opened(el);
    expect(counterText(el)).to.equal('3 of 6');
    el.close();
    await closed(el);
  });

  it('names galleries without an id by their place on the page, so each hash opens one gallery', async () => {
    const first = await mount(demoFeed(3), { 'deep-link': '' });
    const second = await mount(demoFeed(3), { 'deep-link': '' });
    history.replaceState(null, '', pageUrl());
    await openWithKeyboard(second, 1);
    expect(location.hash).to.equal('#gov-photo-gallery-2-photo-photo-2');
    expect(dialogOf(first).open).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await closed(second);
    await waitUntil(() => location.hash === '');
    location.hash = '#gov-photo-gallery-1-photo-photo-3';
    await opened(first);
    expect(dialogOf(second).open).to.equal(false);
    first.close();
    await closed(first);
  });

  it('leaves the URL and history alone without deep-link', async () => {
    const el = await mount(demoFeed(3), { id: 'plain' });
    const entries = history.length;
    const url = location.href;
    await openWithKeyboard(el, 1);
    await sendKeys({ press: 'ArrowRight' });
    expect(location.href).to.equal(url);
    await sendKeys({ press: 'Escape' });
    await closed(el);
    expect(location.href).to.equal(url);
    expect(history.length).to.equal(entries);
    location.hash = '#plain-photo-photo-1';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dialogOf(el).open).to.equal(false);
  });
});
