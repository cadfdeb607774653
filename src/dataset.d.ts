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

/**
 * The URL of the build's prebuilt search index of its dataset (scripts/searchIndexPlugin.ts),
 * or null where there is none (the dev server, tests, a sharded dataset).
 */
declare module 'virtual:search-index' {
  const url: string | null;
  export default url;
}
