import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../src/domain/ingest/compile';
import { compileWorkspaceStory } from '../../../src/domain/workspace/compile';
import { loadInputs } from '../ingest/fixture';
import { emptyWorkspaceStory, workspaceStoryFrom } from '../../helpers/workspaceStory';

const UNDATED = {
  file: 'notes.txt',
  text: 'A note with no date in it.\n\nIt says nothing about when it was written.',
  origin: 'notes.txt',
  format: 'txt' as const,
  removed: [],
};

describe('compileWorkspaceStory', () => {
  it('gives what the ingest gives for the same files', () => {
    const result = compileWorkspaceStory(workspaceStoryFrom());
    const expected = compileDataset(loadInputs());
    expect(expected.ok).toBe(true);
    expect(result).toEqual(expected.ok ? { ...expected, setAside: [] } : null);
  });

  it('compiles an empty story to an empty dataset', () => {
    const result = compileWorkspaceStory(emptyWorkspaceStory());
    expect(result.ok && result.dataset.events).toEqual([]);
    expect(result.ok && result.dataset.articles).toEqual([]);
  });

  it('sets aside an undated article no event cites, naming it, and compiles the rest', () => {
    const base = workspaceStoryFrom();
    const story = workspaceStoryFrom(undefined, {
      articles: [...base.articles, UNDATED],
      articlesMeta: [...base.articlesMeta, { file: 'notes.txt', id: 'notes' }],
    });
    const result = compileWorkspaceStory(story);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.setAside.map((p) => [p.file, p.id, p.field])).toEqual([
      ['data/articles.json', 'notes', 'overrides.published'],
    ]);
    expect(result.dataset.articles.map((a) => a.id)).toEqual(['talks-end', 'follow-up']);
  });

  it('compiles the undated article in once the editor gives its date', () => {
    const story = emptyWorkspaceStory({
      articles: [UNDATED],
      articlesMeta: [
        {
          file: 'notes.txt',
          id: 'notes',
          overrides: { published: '2022-03-01', publishedBasis: 'editor: the file date' },
        },
      ],
    });
    const result = compileWorkspaceStory(story);
    expect(result.ok && result.setAside).toEqual([]);
    expect(result.ok && result.dataset.articles.map((a) => a.published)).toEqual(['2022-03-01']);
  });

  it('refuses other problems, naming file, record and field', () => {
    const base = workspaceStoryFrom();
    const [first, ...rest] = base.events;
    if (!first) throw new Error('fixture has events');
    const bad = { ...first, evidence: [{ article: 'follow-up', quote: 'Words never written.' }] };
    const result = compileWorkspaceStory({ ...base, events: [bad, ...rest] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.file, p.id, p.field])).toEqual([
      ['data/events.json', first.id, 'evidence[0].quote'],
    ]);
  });
});
