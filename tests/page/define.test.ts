import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/page/define.js';

describe('defineElement', () => {
  it('defines once, and a second definition under the same name warns once instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('gov-define-test', First);
      defineElement('gov-define-test', First);
      expect(warnings).to.have.length(0);
      defineElement('gov-define-test', Second);
      defineElement('gov-define-test-2', Third);
      defineElement('gov-define-test-2', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('gov-define-test')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('more than once');
  });
});
