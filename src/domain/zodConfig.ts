import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, probing for it as each object
// schema is made; under the app's CSP (no 'unsafe-eval') the probe is reported as a violation
// even though zod catches it. Imported first by every entry point and by every module that makes
// schemas (a bundle may evaluate a shared chunk before its entry's own modules).
z.config({ jitless: true });
