import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WorkspacePanel } from '../../../src/features/workspace/WorkspacePanel';
import type { AppStore } from '../../../src/state/store';
import { renderWithStore } from '../../helpers/renderWithStore';
import { fixtureText } from '../../domain/ingest/suggest/fixture';
import { emptyWorkspaceStory } from '../../helpers/workspaceStory';
import { compileWorkspaceStory } from '../../../src/domain/workspace/compile';

/** The workspace on a fresh, empty story (no worker in this DOM: the pipeline runs here). */
function openWorkspace(): AppStore {
  const { store } = renderWithStore(<WorkspacePanel />);
  act(() => store.getState().workspaceOpened(emptyWorkspaceStory(), compileWorkspaceStory));
  return store;
}

async function pasteFixture() {
  const user = userEvent.setup();
  fireEvent.change(screen.getByLabelText('Or paste an article’s text'), {
    target: { value: fixtureText() },
  });
  await user.click(screen.getByRole('button', { name: 'Add pasted text' }));
  await waitFor(() =>
    expect(screen.getByRole('list', { name: 'Articles being read' })).toHaveTextContent(
      'pasted text: added',
    ),
  );
  return user;
}

/** Selects the first occurrence of `phrase` in the article's text, as a reader would. */
function selectInArticle(phrase: string) {
  const text = screen.getByLabelText(/Article text: select words/) as HTMLTextAreaElement;
  const start = text.value.indexOf(phrase);
  act(() => {
    text.setSelectionRange(start, start + phrase.length);
    fireEvent.select(text);
  });
}

/** Gives the article its publication date, and waits for its drafts. */
async function dateIt(user: ReturnType<typeof userEvent.setup>) {
  const form = screen.getByRole('form', { name: /^Details of/ });
  fireEvent.change(within(form).getByLabelText('Publication date'), {
    target: { value: '2022-04-04' },
  });
  await user.type(within(form).getByLabelText('Why this date (when you give it)'), 'dateline');
  await user.click(within(form).getByRole('button', { name: 'Save details' }));
  await waitFor(() =>
    expect(screen.getAllByRole('button', { name: 'Accept' }).length).toBeGreaterThan(3),
  );
}

describe('the workspace', () => {
  it('pasted text is read and kept with what the cleaner removed; undated, it waits for a date', async () => {
    const store = openWorkspace();
    await pasteFixture();
    const story = store.getState().workspace!;
    expect(story.articlesMeta.map((a) => a.id)).toEqual(['red-cross-convoy-turned-back-from']);
    expect(
      screen.getByRole('heading', { level: 3, name: /Red Cross convoy turned back/ }),
    ).toBeVisible();
    expect(screen.getByLabelText('Outlet')).toHaveValue('Harbour Wire');
    expect(screen.getByLabelText('Author')).toHaveValue('Anna Keller');
    expect(screen.getByText(/Removed by the cleaner \(\d+ lines\)/)).toBeInTheDocument();
    expect(screen.getByText('Spread the love')).toBeInTheDocument();
    expect(screen.getByText(/give the publication date to resolve them/)).toBeInTheDocument();
  });

  it('a date given by the editor resolves the drafts; accepting one shows it in the dataset', async () => {
    const store = openWorkspace();
    const user = await pasteFixture();
    await dateIt(user);
    expect(store.getState().workspace?.articlesMeta[0]?.overrides).toEqual({
      published: '2022-04-04',
      publishedBasis: 'dateline',
    });
    const first = screen.getAllByRole('article')[0]!;
    // The quote is highlighted in its paragraph; its date names its phrase.
    const quote = within(first).getByText(/./, { selector: 'mark' }).textContent ?? '';
    expect(store.getState().workspace?.drafts[0]?.candidate.quote).toBe(quote);
    expect(within(first).getByText(/, from “/)).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Accept' }));
    expect(store.getState().dataset.events).toHaveLength(1);
    expect(store.getState().dataset.events[0]?.evidence[0]?.quote).toBe(quote);
  });

  it('edit and accept, reject, merge', async () => {
    const store = openWorkspace();
    const user = await pasteFixture();
    await dateIt(user);
    const [a, b, c] = screen.getAllByRole('article');
    await user.click(within(a!).getByRole('button', { name: 'Edit and accept' }));
    const title = within(a!).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Red Cross convoy turned back');
    await user.selectOptions(within(a!).getByLabelText('Kind'), 'humanitarian');
    await user.click(within(a!).getByRole('button', { name: 'Accept with these changes' }));
    expect(store.getState().dataset.events[0]).toMatchObject({
      title: 'Red Cross convoy turned back',
      kind: 'humanitarian',
    });
    await user.click(within(b!).getByRole('button', { name: 'Reject' }));
    expect(within(b!).getByRole('button', { name: 'Review again' })).toBeVisible();
    await user.selectOptions(
      within(c!).getByLabelText('Merge into'),
      'Red Cross convoy turned back',
    );
    await user.click(within(c!).getByRole('button', { name: 'Merge' }));
    expect(store.getState().dataset.events).toHaveLength(1);
    expect(store.getState().dataset.events[0]?.evidence).toHaveLength(2);
  });

  it('a selection in the article becomes a quote, and an actor named from it', async () => {
    const store = openWorkspace();
    const user = await pasteFixture();
    await dateIt(user);
    await user.click(screen.getAllByRole('button', { name: 'Accept' })[0]!);
    selectInArticle('“It was impossible to proceed,”');
    expect(screen.getByText('Selected: ““It was impossible to proceed,””')).toBeInTheDocument();
    const event = store.getState().dataset.events[0]!;
    await user.selectOptions(screen.getByLabelText('Event'), event.id);
    await user.click(screen.getByRole('button', { name: 'Add selection as evidence' }));
    const cited = store.getState().dataset.events[0]!.evidence;
    expect(cited.map((q) => q.quote)).toContain('“It was impossible to proceed,”');

    selectInArticle('Red Cross');
    await user.click(screen.getByRole('button', { name: 'New actor from selection' }));
    const form = screen.getByRole('form', { name: 'New actor' });
    expect(within(form).getByLabelText('Name')).toHaveValue('Red Cross');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'organisation');
    await user.click(within(form).getByRole('button', { name: 'Add actor' }));
    expect(store.getState().dataset.actors.map((x) => x.id)).toEqual(['red-cross']);
  });

  it('a new actor is offered to the accepted events whose quotes name it', async () => {
    const store = openWorkspace();
    const user = await pasteFixture();
    await dateIt(user);
    const card = screen
      .getAllByRole('article')
      .find((a) =>
        /Red Cross/.test(within(a).queryByText(/./, { selector: 'mark' })?.textContent ?? ''),
      );
    await user.click(within(card!).getByRole('button', { name: 'Accept' }));
    const accepted = store.getState().dataset.events[0]!;
    expect(accepted.actors).toEqual([]);

    selectInArticle('Red Cross');
    await user.click(screen.getByRole('button', { name: 'New actor from selection' }));
    const form = screen.getByRole('form', { name: 'New actor' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'organisation');
    await user.click(within(form).getByRole('button', { name: 'Add actor' }));
    // Creating it changes no accepted event; it is offered to the one whose quote names it.
    expect(store.getState().dataset.events[0]?.actors).toEqual([]);
    const offer = screen.getByRole('region', { name: 'Red Cross in accepted events' });
    expect(within(offer).getByRole('listitem')).toHaveTextContent(accepted.title);
    await user.click(within(offer).getByRole('button', { name: 'Add Red Cross to it' }));
    expect(store.getState().dataset.events[0]?.actors).toEqual(['red-cross']);
    expect(screen.queryByRole('region', { name: 'Red Cross in accepted events' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Red Cross added to one accepted event.');
  });

  it('a city without coordinates is refused with the reason; a gazetteer candidate fills them', async () => {
    const store = openWorkspace();
    const user = await pasteFixture();
    selectInArticle('Kharkiv');
    await user.click(screen.getByRole('button', { name: 'New place from selection' }));
    const form = screen.getByRole('form', { name: 'New place' });
    await user.click(within(form).getByRole('button', { name: 'Add place' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'kharkiv field lat: a city needs coordinates',
    );
    await user.click(within(form).getByRole('button', { name: 'Find coordinates' }));
    const candidate = await within(form).findByRole('radio', { name: /Kharkiv.*Ukraine/ });
    await user.click(candidate);
    expect(Number((within(form).getByLabelText('Latitude') as HTMLInputElement).value)).toBeCloseTo(
      50,
      0,
    );
    await user.click(within(form).getByRole('button', { name: 'Add place' }));
    expect(store.getState().workspace?.places[0]).toMatchObject({ id: 'kharkiv', kind: 'city' });
  });
});
