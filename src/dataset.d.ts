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

/**
 * The URL of the build's file of its dataset's articles' text and mentions
 * (scripts/splitDatasetPlugin.ts), read after the first frame, or null where the dataset file
 * is whole (the dev server, tests) or sharded.
 */
declare module 'virtual:dataset-text' {
  const url: string | null;
  export default url;
}
