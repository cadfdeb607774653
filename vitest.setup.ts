import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import * as fc from 'fast-check';

// Every property test runs from one seed, so a run is repeatable; fast-check prints the seed and
// the counterexample's path on failure. FC_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_130) });

// jsdom makes <search> an HTMLUnknownElement, where the HTML standard (and every browser the app
// supports) gives it the plain HTMLElement interface; React takes an unknown element for a
// misspelt component and warns. The elements made for that one tag get HTMLElement's prototype,
// as in a browser (HTMLUnknownElement adds no member, so jsdom's own methods still apply).
const createElement = Document.prototype.createElement;
Document.prototype.createElement = function (
  this: Document,
  tagName: string,
  options?: ElementCreationOptions,
) {
  const element = createElement.call(this, tagName, options);
  if (element.localName === 'search' && element instanceof HTMLUnknownElement)
    Object.setPrototypeOf(element, HTMLElement.prototype);
  return element;
} as Document['createElement'];

afterEach(() => cleanup());
