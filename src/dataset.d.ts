/** The compiled dataset, resolved at build time (see vite.config.ts `@dataset`); typed in src/data.ts. */
declare module '@dataset' {
  const dataset: unknown;
  export default dataset;
}
