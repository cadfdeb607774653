import raw from '@dataset';
import type { Dataset } from './domain/types';

/**
 * The bundled dataset. It was validated by the ingest (or by the build when DATASET= points
 * at another file), so the cast only restores the type that JSON imports lose.
 */
export const dataset = raw as Dataset;
