import type { Problem } from '../../domain/ingest/problems';
import {
  readArticle,
  type PipelineArticle,
  type PipelineContext,
  type PipelineReading,
  type PipelineRequest,
  type PipelineResponse,
} from '../../domain/workspace/pipelineProtocol';

/** What reading one article gave. */
export type PipelineResult =
  { ok: true; reading: PipelineReading } | { ok: false; problems: Problem[] };

/**
 * Reads articles in a module worker, one request per article, answered in the order sent.
 * `read` resolves with what the pipeline found; `onReading` is called when the worker starts on
 * this article (the ones before it are done). Where no worker can start (a policy, a test
 * environment) or the worker breaks, the same pipeline runs on the main thread instead, so a
 * read never hangs. `close` stops the worker; reads still waiting are then never answered.
 */
export interface PipelineClient {
  read: (
    article: PipelineArticle,
    context: PipelineContext,
    onReading?: () => void,
  ) => Promise<PipelineResult>;
  close: () => void;
}

interface Waiting {
  request: PipelineRequest;
  onReading: (() => void) | undefined;
  resolve: (result: PipelineResult) => void;
}

/** Runs a request here, after the current task, as the worker would answer it. */
function readHere({ request, onReading, resolve }: Waiting) {
  setTimeout(() => {
    onReading?.();
    resolve(readArticle(request.article, request.context));
  }, 0);
}

export function createPipelineClient(): PipelineClient {
  let next = 0;
  let closed = false;
  const waiting = new Map<number, Waiting>();
  let worker: Worker | null = null;
  try {
    if (typeof Worker !== 'undefined') {
      worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), {
        type: 'module',
        name: 'pipeline',
      });
    }
  } catch {
    worker = null;
  }
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    const left = [...waiting.values()];
    waiting.clear();
    for (const w of left) readHere(w);
  };
  worker?.addEventListener('message', (event: MessageEvent<PipelineResponse>) => {
    const response = event.data;
    const call = waiting.get(response.id);
    if (!call) return;
    if (response.type === 'reading') {
      call.onReading?.();
      return;
    }
    waiting.delete(response.id);
    call.resolve(
      response.type === 'read'
        ? { ok: true, reading: response.reading }
        : { ok: false, problems: response.problems },
    );
  });
  worker?.addEventListener('error', fallBack);
  worker?.addEventListener('messageerror', fallBack);

  return {
    read: (article, context, onReading) =>
      new Promise<PipelineResult>((resolve) => {
        if (closed) return;
        const request: PipelineRequest = { type: 'read', id: ++next, article, context };
        const call = { request, onReading, resolve };
        if (worker) {
          waiting.set(request.id, call);
          worker.postMessage(request);
        } else readHere(call);
      }),
    close: () => {
      closed = true;
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
