import { describe, expect, it } from 'vitest';
import type { WorkspaceStory } from '../../src/domain/workspace/story';
import { createAppStore } from '../../src/state/store';
import { makeStory } from '../helpers/factories';
import { emptyWorkspaceStory, workspaceStoryFrom } from '../helpers/workspaceStory';
import { compileWorkspaceStory } from '../../src/domain/workspace/compile';

function openStore(story: WorkspaceStory) {
  const store = createAppStore(makeStory());
  store.getState().workspaceOpened(story, compileWorkspaceStory);
  return store;
}

// The fixture's first event cites an article dated through the second event.
const withoutFirstEvent = (s: WorkspaceStory): WorkspaceStory => ({
  ...s,
  events: s.events.slice(1),
});

describe('the workspace slice', () => {
  it('opens a story: kept, and the dataset is its compiled form', () => {
    const story = workspaceStoryFrom();
    const store = openStore(story);
    expect(store.getState().workspace).toBe(story);
    expect(
      store
        .getState()
        .dataset.events.map((e) => e.id)
        .sort(),
    ).toEqual(story.events.map((e) => e.id).sort());
    expect(store.getState().workspaceCheck.refused).toEqual([]);
  });

  it('keeps an edit that compiles and replaces the dataset with it', () => {
    const store = openStore(workspaceStoryFrom());
    const before = store.getState().dataset;
    const oldDerived = store.getState().derived;
    const result = store.getState().workspaceEdited(withoutFirstEvent);
    expect(result).toEqual({ ok: true });
    const { workspace, dataset, derived } = store.getState();
    expect(workspace?.events).toHaveLength(before.events.length - 1);
    expect(dataset.events).toHaveLength(before.events.length - 1);
    expect(derived).not.toBe(oldDerived);
    expect(workspace?.updated).not.toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses an edit that does not compile: the story and dataset stay, the problems are shown', () => {
    const store = openStore(workspaceStoryFrom());
    const { workspace, dataset } = store.getState();
    const result = store.getState().workspaceEdited((s) => ({
      ...s,
      events: s.events.map((e, i) =>
        i === 0 ? { ...e, evidence: [{ article: 'talks-end', quote: 'Never written.' }] } : e,
      ),
    }));
    expect(result.ok).toBe(false);
    expect(store.getState().workspace).toBe(workspace);
    expect(store.getState().dataset).toBe(dataset);
    const refused = store.getState().workspaceCheck.refused;
    expect(refused.map((p) => p.field)).toEqual(['evidence[0].quote']);
    expect(result.ok ? [] : result.problems).toEqual(refused);
    // The next kept edit clears them.
    store.getState().workspaceEdited(withoutFirstEvent);
    expect(store.getState().workspaceCheck.refused).toEqual([]);
  });

  it('keeps an undated article before any event exists, set aside from the dataset', () => {
    const store = openStore(emptyWorkspaceStory());
    const result = store.getState().workspaceEdited((s) => ({
      ...s,
      articles: [
        { file: 'a.txt', text: 'No date here.', origin: 'a.txt', format: 'txt', removed: [] },
      ],
      articlesMeta: [{ file: 'a.txt', id: 'a' }],
    }));
    expect(result).toEqual({ ok: true });
    expect(store.getState().workspace?.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(store.getState().workspaceCheck.setAside.map((p) => p.id)).toEqual(['a']);
    expect(store.getState().dataset.articles).toEqual([]);
  });

  it('does nothing without an open story', () => {
    const store = createAppStore(makeStory());
    const dataset = store.getState().dataset;
    expect(store.getState().workspaceEdited(withoutFirstEvent).ok).toBe(false);
    expect(store.getState().workspace).toBeNull();
    expect(store.getState().dataset).toBe(dataset);
  });
});
