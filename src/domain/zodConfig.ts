import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, probing for it as each object
// schema is made; under the app's CSP (no 'unsafe-eval') the probe is reported as a violation
// even though zod catches it. Imported first by every module that makes schemas (a bundle may
// evaluate a shared chunk before the modules that import it), never by the first-load entry:
// zod and the pipeline load only with the workspace.
z.config({ jitless: true });
