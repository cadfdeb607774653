/** The URL of the compiled dataset the build emits (see vite.config.ts `@dataset`, src/data.ts). */
declare module '@dataset?url' {
  const url: string;
  export default url;
}

/** The compiled dataset as a module (the bench's vis-timeline page bundles it this way). */
declare module '@dataset' {
  const dataset: unknown;
  export default dataset;
}
