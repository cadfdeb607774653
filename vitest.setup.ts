import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import * as fc from 'fast-check';

// Every property test runs from one seed, so a run is repeatable; fast-check prints the seed and
// the counterexample's path on failure. FC_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_130) });

afterEach(() => cleanup());
