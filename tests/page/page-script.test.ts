import { expect } from '@open-wc/testing';
import {
  followScript,
  parseScript,
  readActiveScript,
  readChosenScript,
  scriptAttribute,
  scriptChangeEvent,
  scriptChangedEvent,
  scriptStorageKey,
  setScript,
  type GovScriptChangeDetail,
} from '../../src/page/page-script.js';

const root = document.documentElement;
/** A new instance of the module, as on a new page load (restoreScript runs once per instance). */
const fresh = (tag: string) =>
  import(`../../src/page/page-script.ts?${tag}`) as Promise<typeof import('../../src/page/page-script.js')>;

function reset(): void {
  root.removeAttribute(scriptAttribute);
  root.lang = 'en';
  localStorage.removeItem(scriptStorageKey);
  history.replaceState(null, '', location.pathname);
}

describe('script state', () => {
  afterEach(reset);

  it('parses cyrl and latn in any case, and nothing else', () => {
    expect([
      parseScript('latn'),
      parseScript(' CYRL '),
      parseScript('lat'),
      parseScript(null),
      parseScript(1),
    ]).to.deep.equal(['latn', 'cyrl', null, null, null]);
  });

  it('reads the chosen script, else the script of a Serbian page', () => {
    expect([readChosenScript(), readActiveScript()]).to.deep.equal([null, null]);
    root.lang = 'sr-Latn';
    expect([readChosenScript(), readActiveScript()]).to.deep.equal([null, 'latn']);
    root.setAttribute(scriptAttribute, 'cyrl');
    expect([readChosenScript(), readActiveScript()]).to.deep.equal(['cyrl', 'cyrl']);
  });

  it('switches in order: before-event, state, storage, followers, after-event', () => {
    root.lang = 'sr-Cyrl';
    const steps: string[] = [];
    const before = (event: CustomEvent<GovScriptChangeDetail>) =>
      steps.push(
        `before ${event.detail.script} from ${event.detail.previous}, state ${root.getAttribute(scriptAttribute)}`,
      );
    const after = (event: CustomEvent<GovScriptChangeDetail>) =>
      steps.push(
        `after ${event.detail.script} from ${event.detail.previous}, stored ${localStorage.getItem(scriptStorageKey)}`,
      );
    const unfollow = followScript((script) =>
      steps.push(`follower ${script}, state ${root.getAttribute(scriptAttribute)}`),
    );
    document.addEventListener(scriptChangeEvent, before);
    document.addEventListener(scriptChangedEvent, after);
    try {
      expect(setScript('latn')).to.equal(true);
      expect(setScript('latn')).to.equal(true);
      unfollow();
      expect(setScript('cyrl')).to.equal(true);
    } finally {
      document.removeEventListener(scriptChangeEvent, before);
      document.removeEventListener(scriptChangedEvent, after);
    }
    expect(steps).to.deep.equal([
      'before latn from cyrl, state null',
      'follower latn, state latn',
      'after latn from cyrl, stored latn',
      'before cyrl from latn, state latn',
      'after cyrl from latn, stored cyrl',
    ]);
  });

  it('changes nothing when the before-event is cancelled', () => {
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener(scriptChangeEvent, cancel);
    try {
      expect(setScript('latn')).to.equal(false);
    } finally {
      document.removeEventListener(scriptChangeEvent, cancel);
    }
    expect(root.hasAttribute(scriptAttribute)).to.equal(false);
    expect(localStorage.getItem(scriptStorageKey)).to.equal(null);
  });

  it('reports a failing follower without failing the switch', () => {
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const unfollow = followScript(() => {
      throw new Error('boom');
    });
    try {
      expect(setScript('latn')).to.equal(true);
    } finally {
      unfollow();
      console.error = error;
    }
    expect(errors).to.have.length(1);
    expect(root.getAttribute(scriptAttribute)).to.equal('latn');
  });

  describe('restoreScript', () => {
    it('restores the stored choice once', async () => {
      localStorage.setItem(scriptStorageKey, 'latn');
      const state = await fresh('once');
      state.restoreScript();
      expect(root.getAttribute(scriptAttribute)).to.equal('latn');
      root.setAttribute(scriptAttribute, 'cyrl');
      state.restoreScript();
      expect(root.getAttribute(scriptAttribute)).to.equal('cyrl');
    });

    it('prefers ?script= to storage, and stores it', async () => {
      localStorage.setItem(scriptStorageKey, 'cyrl');
      history.replaceState(null, '', '?script=LATN');
      (await fresh('url')).restoreScript();
      expect(root.getAttribute(scriptAttribute)).to.equal('latn');
      expect(localStorage.getItem(scriptStorageKey)).to.equal('latn');
    });

    it('keeps a state the page already carries rather than the stored choice', async () => {
      localStorage.setItem(scriptStorageKey, 'latn');
      root.setAttribute(scriptAttribute, 'cyrl');
      (await fresh('page-state')).restoreScript();
      expect(root.getAttribute(scriptAttribute)).to.equal('cyrl');
    });

    it('ignores a stored value it does not know', async () => {
      localStorage.setItem(scriptStorageKey, 'glagolitic');
      (await fresh('unknown')).restoreScript();
      expect(root.hasAttribute(scriptAttribute)).to.equal(false);
    });
  });
});
