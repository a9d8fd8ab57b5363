import { expect, oneEvent } from '@open-wc/testing';
import { emit, type GovEventName } from '../../src/events.js';

describe('emit(): the widgets’ events, typed against the event map', () => {
  it('fires a bubbling, composed event with its detail, cancelable when asked', async () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    try {
      const heard = oneEvent(document, 'gov-photo-open');
      expect(emit(inner, 'gov-photo-open', { index: 2, id: 'photo-3' })).to.equal(true);
      const event = await heard;
      expect(event.detail).to.deep.equal({ index: 2, id: 'photo-3' });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
      host.addEventListener('gov-vcard-download', (refused) => refused.preventDefault(), { once: true });
      expect(
        emit(host, 'gov-vcard-download', { name: 'N', fileName: 'N.vcf', vcard: '' }, { cancelable: true }),
      ).to.equal(false);
    } finally {
      host.remove();
    }
  });

  it('does not compile with a name or detail the map does not declare (checked by tsc in npm test)', () => {
    const names: GovEventName[] = ['gov-load', 'gov-error', 'gov-photo-open', 'gov-script-change'];
    expect(names).to.have.length(4);
    const target = new EventTarget();
    // @ts-expect-error: not a widget event
    emit(target, 'gov-lod', { count: 1 });
    // @ts-expect-error: gov-load's detail has a count
    emit(target, 'gov-load', { index: 1, id: 'x' });
    // @ts-expect-error: a script is 'cyrl' or 'latn'
    emit(target, 'gov-script-change', { script: 'latin', previous: null });
  });
});
