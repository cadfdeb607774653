import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Claim, Quantity } from '../../../src/domain/types';
import { DEFAULT_VIEW } from '../../../src/domain/view/viewState';
import { EventDetail } from '../../../src/features/event/EventDetail';
import { makeArticle, makeDataset, makeEvent } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

// Two outlets give the same strike's toll on the same day and disagree (8 vs 3); a denial
// answers the strike.
const quantity: Quantity = {
  id: 'killed',
  label: 'People killed',
  unit: 'people',
  cumulative: false,
};
const wire = makeArticle({
  id: 'wire',
  outlet: 'Wire Service',
  published: '2022-03-10',
  paragraphs: ['Strike', 'Officials said 8 people were killed on Wednesday.'],
});
const daily = makeArticle({
  id: 'daily',
  file: '001.txt',
  outlet: null,
  published: '2022-03-10',
  paragraphs: ['Strike', 'The council said three people died.'],
});
const claim = (id: string, value: number, article: string, quote: string, text: string): Claim => {
  const paragraph = (article === 'wire' ? wire : daily).paragraphs[1]!;
  const start = paragraph.indexOf(quote);
  return {
    id,
    quantity: 'killed',
    value,
    max: null,
    qualifier: 'exact',
    attribution: { actor: null, text },
    refersTo: { date: '2022-03-09', basis: 'event', phrase: null },
    event: 'strike',
    evidence: { article, quote, paragraph: 1, start, end: start + quote.length },
  };
};
const dataset = makeDataset({
  articles: [wire, daily],
  events: [
    makeEvent({ id: 'strike', title: 'A strike', date: '2022-03-09' }),
    makeEvent({
      id: 'denial',
      title: 'A denial',
      kind: 'denial',
      date: '2022-03-10',
      responds: [{ event: 'strike', relation: 'denies' }],
    }),
  ],
  quantities: [quantity],
  claims: [
    claim('wire-8', 8, 'wire', 'Officials said 8 people were killed', 'Officials'),
    claim('daily-3', 3, 'daily', 'three people died', 'The council'),
  ],
});
const render = (event: string) =>
  renderWithStore(<EventDetail />, { dataset, view: { ...DEFAULT_VIEW, event } });
const figures = () => screen.getByRole('region', { name: 'Figures' });

describe('ClaimsSection', () => {
  it('flags the difference and shows the same points as a chart and as a list', () => {
    render('strike');
    expect(within(figures()).getByText(/Sources differ on 9 Mar 2022: 3 vs 8/)).toBeInTheDocument();
    const chart = within(figures()).getByRole('figure', {
      name: /People killed \(people\) by date/,
    });
    expect(
      within(chart)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      '3 people on 9 Mar 2022, unknown outlet: open the quote',
      '8 people on 9 Mar 2022, Wire Service: open the quote',
    ]);
    // The legend names only what the chart shows: both points are this event's, neither a bound.
    expect(chart).toHaveTextContent('this event');
    expect(chart).not.toHaveTextContent('other reports');
    expect(chart).not.toHaveTextContent('at least');
    const items = within(
      within(figures()).getByRole('list', { name: 'People killed: every figure' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('8 people · refers to 9 Mar 2022 (the date of the event)');
    expect(items[1]).toHaveTextContent('Attributed to Officials · Wire Service, 10 Mar 2022');
    expect(items[1]).toHaveTextContent('“Officials said 8 people were killed”');
    expect(items[0]).toHaveTextContent('Unknown outlet');
  });

  it('a point opens its quote in the source panel (store: sourceOpened with the offsets)', async () => {
    const user = userEvent.setup();
    const { store } = render('strike');
    await user.click(screen.getByRole('button', { name: /^8 people on 9 Mar 2022/ }));
    expect(store.getState().sourceFocus).toEqual({
      article: 'wire',
      paragraph: 1,
      start: 0,
      end: 35,
    });
    await user.click(screen.getByRole('button', { name: /Read in source: 3 people/ }));
    const { quote: _quote, ...daily3 } = dataset.claims[1]!.evidence;
    expect(store.getState().sourceFocus).toEqual(daily3);
  });

  it('says when sources agree, and shows nothing for an event without figures', () => {
    const agreeing = {
      ...dataset,
      claims: dataset.claims.map((c) => ({ ...c, value: 3 })),
    };
    renderWithStore(<EventDetail />, {
      dataset: agreeing,
      view: { ...DEFAULT_VIEW, event: 'strike' },
    });
    expect(within(figures()).getByText(/2 sources agree: 3/)).toBeInTheDocument();
    expect(within(figures()).queryByText(/Sources differ/)).not.toBeInTheDocument();
  });

  it('shows no figures section on an event without claims', () => {
    render('denial');
    expect(screen.queryByRole('region', { name: 'Figures' })).not.toBeInTheDocument();
  });
});

describe('ResponseLinks', () => {
  it('links both ways and selecting a link selects that event', async () => {
    const user = userEvent.setup();
    const { store } = render('denial');
    const denies = screen.getByRole('link', { name: 'A strike' });
    expect(denies.closest('li')).toHaveTextContent('Denies: A strike');
    expect(denies).toHaveAttribute('href', '#/event/strike');
    await user.click(denies);
    expect(store.getState().view.event).toBe('strike');
    const back = screen.getByRole('link', { name: 'A denial' });
    expect(back.closest('li')).toHaveTextContent('Denied by: A denial');
  });
});
