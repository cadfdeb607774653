import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../../src/domain/view/viewState';
import { SourcePanels } from '../../../src/features/sources/SourcePanels';
import { makeArticle, makeDataset } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

const open = (article: string) => ({ article, paragraph: null, start: null, end: null });

describe('SourcePanels', () => {
  it('shows each open article with its metadata, unknowns as unknown, text as plain text', () => {
    const { store } = renderWithStore(<SourcePanels />);
    act(() => store.getState().sourcesCompared(['wire-report', 'blog-post']));
    const blog = screen.getByRole('region', { name: 'A blog about the war' });
    expect(within(blog).getByText('Unknown outlet')).toBeInTheDocument();
    expect(within(blog).getByText('Unknown author')).toBeInTheDocument();
    expect(blog).toHaveTextContent('inferred from "on Thursday"');
    // A URL in the text stays text: no link is made.
    expect(blog).toHaveTextContent('https://example.org/a?b=1');
    expect(within(blog).queryByRole('link')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Reading 2 sources side by side' }),
    ).toBeInTheDocument();
  });

  it('never renders article text as HTML', () => {
    const dataset = makeDataset({
      articles: [
        makeArticle({ paragraphs: ['Title', '<img src=x onerror=alert(1)> <b>bold</b>'] }),
      ],
    });
    const { store, container } = renderWithStore(<SourcePanels />, { dataset });
    act(() => store.getState().sourceOpened(open('article-a')));
    expect(container.querySelector('img, b')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('renders headings as sub-headings and skips a first paragraph repeating the title', () => {
    const dataset = makeDataset({
      articles: [
        makeArticle({
          title: 'Main',
          paragraphs: ['Main', 'Intro.', 'Section two', 'Body.'],
          headings: [0, 2],
        }),
      ],
    });
    const { store } = renderWithStore(<SourcePanels />, { dataset });
    act(() => store.getState().sourceOpened(open('article-a')));
    expect(screen.getByRole('heading', { level: 4, name: 'Section two' })).toBeInTheDocument();
    expect(screen.getAllByText('Main')).toHaveLength(1);
  });

  it('highlights mentions of the filtered actors and places, and the selected event’s quotes', () => {
    const { store } = renderWithStore(<SourcePanels />, {
      view: {
        ...DEFAULT_VIEW,
        event: 'no-ceasefire',
        filters: { ...EMPTY_FILTERS, actors: ['sergey-lavrov'], places: ['mariupol'] },
      },
    });
    act(() => store.getState().sourceOpened(open('wire-report')));
    const marks = [
      ...screen.getByRole('region', { name: /Foreign ministers/ }).querySelectorAll('mark'),
    ];
    expect(marks.map((m) => [m.textContent, m.className])).toEqual([
      ['Sergey Lavrov', 'mark-mention'],
      ['Mariupol', 'mark-mention'],
      ['no progress was made on a ceasefire', 'mark-quote'],
    ]);
  });

  it('closes one panel with its button and all with "Close all"', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SourcePanels />);
    act(() => store.getState().sourcesCompared(['wire-report', 'blog-post']));
    await user.click(screen.getByRole('button', { name: 'Close A blog about the war' }));
    expect(store.getState().view.reading).toEqual(['wire-report']);
    act(() => store.getState().sourcesCompared(['blog-post']));
    await user.click(screen.getByRole('button', { name: 'Close all' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
