import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPipelineResponder,
  type PipelineContext,
  type PipelineRequest,
  type PipelineResponse,
} from '../../../src/domain/workspace/pipelineProtocol';
import { createPipelineClient } from '../../../src/features/workspace/pipelineClient';
import { fixtureText } from '../../domain/ingest/suggest/fixture';

const EMPTY: PipelineContext = { actors: [], places: [], articlesMeta: [], events: [], story: {} };
const bytes = (text: string) => new TextEncoder().encode(text);
const article = (origin = 'convoy.txt', text = fixtureText()) => ({ origin, bytes: bytes(text) });

/** Everything the responder posts for one request. */
function respondTo(request: PipelineRequest): PipelineResponse[] {
  const posted: PipelineResponse[] = [];
  createPipelineResponder((r) => posted.push(r))(request);
  return posted;
}

describe('the pipeline responder', () => {
  it('says it is reading, then answers with what suggest finds in the article', () => {
    const posted = respondTo({
      type: 'read',
      id: 7,
      article: { ...article(), published: '2022-04-04' },
      context: EMPTY,
    });
    expect(posted.map((r) => [r.type, r.id])).toEqual([
      ['reading', 7],
      ['read', 7],
    ]);
    const read = posted[1];
    if (read?.type !== 'read') throw new Error('no reading');
    const { report, paragraphs, candidates } = read.reading;
    expect(report).toMatchObject({ outlet: 'Harbour Wire', author: 'Anna Keller' });
    expect(report.published).toBe('2022-04-04');
    expect(report.removed.map((r) => r.text)).toContain('Spread the love');
    expect(paragraphs[0]).toMatch(/^A Red Cross convoy/);
    // Every draft's quote is where it says, verbatim.
    expect(candidates.length).toBeGreaterThan(3);
    for (const c of candidates) {
      expect(paragraphs[c.paragraph]?.slice(c.start, c.start + c.quote.length)).toBe(c.quote);
    }
  });

  it('uses the story’s gazetteer and keeps new ids clear of the story’s', () => {
    const context: PipelineContext = {
      ...EMPTY,
      actors: [
        {
          id: 'red-cross',
          name: 'Red Cross',
          aliases: [],
          kind: 'organisation',
          role: '',
          affiliation: null,
        },
      ],
      articlesMeta: [{ file: 'x.txt', id: 'red-cross-convoy-turned-back-from' }],
    };
    const [, read] = respondTo({
      type: 'read',
      id: 1,
      article: { ...article(), published: '2022-04-04' },
      context,
    });
    if (read?.type !== 'read') throw new Error('no reading');
    expect(read.reading.report.id).toBe('red-cross-convoy-turned-back-from-2');
    expect(read.reading.candidates.some((c) => c.actors.includes('red-cross'))).toBe(true);
  });

  it('an article that is not UTF-8 or is empty fails, naming the file', () => {
    const bad = respondTo({
      type: 'read',
      id: 2,
      article: { origin: 'latin1.txt', bytes: new Uint8Array([0x63, 0x61, 0xe9, 0x20]) },
      context: EMPTY,
    });
    expect(bad[1]).toMatchObject({
      type: 'failed',
      id: 2,
      problems: [{ file: 'workspace/latin1.txt', field: '(contents)', message: 'not valid UTF-8' }],
    });
    const empty = respondTo({
      type: 'read',
      id: 3,
      article: article('e.txt', ' \n'),
      context: EMPTY,
    });
    expect(empty[1]).toMatchObject({ type: 'failed', problems: [{ id: 'e.txt' }] });
  });

  it('an unknown publication date is reported, and its dated sentences are set aside', () => {
    const [, read] = respondTo({ type: 'read', id: 1, article: article(), context: EMPTY });
    if (read?.type !== 'read') throw new Error('no reading');
    // Without the story's day one, "now in its 40th day" dates nothing.
    expect(read.reading.report.published).toBeNull();
    expect(read.reading.candidates).toEqual([]);
    expect(read.reading.skipped.length).toBeGreaterThan(0);
  });
});

/** A stand-in for the module worker, answering with the real responder when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly sent: PipelineRequest[] = [];
  readonly options: WorkerOptions | undefined;
  terminated = false;
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  constructor(_url: URL, options?: WorkerOptions) {
    this.options = options;
    FakeWorker.made.push(this);
  }
  postMessage(request: PipelineRequest) {
    this.sent.push(structuredClone(request));
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the request with this id as the worker would, message by message. */
  answer(id: number) {
    const request = this.sent.find((r) => r.id === id);
    if (!request) throw new Error(`no request ${id}`);
    for (const r of respondTo(request)) this.emit('message', { data: structuredClone(r) });
  }
  emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

describe('the pipeline client', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts one module worker and sends one request per article, with growing ids', () => {
    const client = createPipelineClient();
    void client.read(article('a.txt'), EMPTY);
    void client.read(article('b.txt'), EMPTY);
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0]!;
    expect(worker.options).toMatchObject({ type: 'module' });
    expect(worker.sent.map((r) => [r.id, r.article.origin])).toEqual([
      [1, 'a.txt'],
      [2, 'b.txt'],
    ]);
    client.close();
    expect(worker.terminated).toBe(true);
  });

  it('reports progress per article and resolves each read with its own answer', async () => {
    const client = createPipelineClient();
    const progress: string[] = [];
    const a = client.read({ ...article('a.txt'), published: '2022-04-04' }, EMPTY, () =>
      progress.push('a'),
    );
    const b = client.read(article('b.txt', ' '), EMPTY, () => progress.push('b'));
    const worker = FakeWorker.made[0]!;
    worker.answer(2);
    worker.answer(1);
    expect(progress).toEqual(['b', 'a']);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok && ra.reading.report.published).toBe('2022-04-04');
    expect(rb).toMatchObject({ ok: false, problems: [{ id: 'b.txt' }] });
  });

  it('a worker that breaks hands the waiting reads to the main thread', async () => {
    const client = createPipelineClient();
    const progress: string[] = [];
    const read = client.read({ ...article(), published: '2022-04-04' }, EMPTY, () =>
      progress.push('started'),
    );
    const worker = FakeWorker.made[0]!;
    worker.emit('error', new Event('error'));
    expect(worker.terminated).toBe(true);
    const result = await read;
    expect(progress).toEqual(['started']);
    expect(result.ok && result.reading.candidates.length).toBeGreaterThan(3);
  });

  it('without workers the pipeline runs on the main thread', async () => {
    vi.stubGlobal('Worker', undefined);
    const result = await createPipelineClient().read(article('c.txt', 'Plain text only.'), EMPTY);
    expect(result).toMatchObject({ ok: true, reading: { report: { published: null } } });
  });
});
