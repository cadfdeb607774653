import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../../src/domain/view/viewState';
import { PrintDocument } from '../../../src/features/print/PrintDocument';
import { PrintView } from '../../../src/features/print/PrintView';
import { makeStory } from '../../helpers/factories';
import { renderWithStore } from '../../helpers/renderWithStore';

const fire = (type: 'beforeprint' | 'afterprint') =>
  act(() => {
    window.dispatchEvent(new Event(type));
  });

describe('PrintView', () => {
  it('renders nothing until the page is printed, and nothing after', () => {
    const { container } = renderWithStore(<PrintView Document={PrintDocument} />);
    expect(container).toBeEmptyDOMElement();
    fire('beforeprint');
    expect(container.querySelector('.print-view')).not.toBeNull();
    fire('afterprint');
    expect(container).toBeEmptyDOMElement();
  });

  it('prints the filtered events with date precision, names, summary and every quote', () => {
    const { container } = renderWithStore(<PrintView Document={PrintDocument} />, {
      view: { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, actors: ['sergey-lavrov'] } },
    });
    fire('beforeprint');
    const doc = container.querySelector('.print-view')!;
    // The title line is the view's citation: filters in words, its link, the day printed.
    expect(doc.querySelector('.print-citation')?.textContent).toMatch(
      /^Sourceline, events with or about Sergey Lavrov\. http:\/\/\S+#\/\?actor=sergey-lavrov \(accessed \d{1,2} \w{3} \d{4}\)\.$/,
    );
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual([
      '10 Mar 2022 Lavrov and Kuleba meet in Antalya',
      expect.stringContaining('Shelling in Mariupol'),
    ]);
    expect(doc).not.toHaveTextContent('No progress on a ceasefire');
    expect(doc).toHaveTextContent('Talks · Who: Dmytro Kuleba, Sergey Lavrov · Where: Antalya');
    expect(doc).toHaveTextContent('Wire Service · Jo Reporter · 10 Mar 2022');
    expect(doc).toHaveTextContent('“Sergey Lavrov met Dmytro Kuleba in Antalya.”');
    expect(doc).toHaveTextContent(/http:\/\/\S+#\/event\/antalya-talks\?actor=sergey-lavrov/);
  });

  it('prints who and what place an event is about after who took part and where', () => {
    const story = makeStory();
    const dataset = {
      ...story,
      events: story.events.map((e) =>
        e.id === 'antalya-talks' ? { ...e, aboutActors: ['nato'], aboutPlaces: ['mariupol'] } : e,
      ),
    };
    const { container } = renderWithStore(<PrintView Document={PrintDocument} />, {
      dataset,
      view: { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, actors: ['nato'] } },
    });
    fire('beforeprint');
    expect(container.querySelector('.print-meta')).toHaveTextContent(
      'Talks · Who: Dmytro Kuleba, Sergey Lavrov · About: NATO · Where: Antalya · About: Mariupol',
    );
  });

  it('marks approximate dates and unknown sources, and has no active links', () => {
    const { container } = renderWithStore(<PrintView Document={PrintDocument} />, {
      view: { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, places: ['kyiv'] } },
    });
    fire('beforeprint');
    const doc = container.querySelector('.print-view')!;
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'About 10 Mar 2022 A quiet day in Kyiv',
    );
    expect(doc).toHaveTextContent('Unknown outlet · Unknown author · 11 Mar 2022');
    expect(doc.querySelectorAll('a, button, input')).toHaveLength(0);
  });

  it('says when no event matches', () => {
    renderWithStore(<PrintView Document={PrintDocument} />, {
      view: { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, actors: ['nato'], places: ['kyiv'] } },
    });
    fire('beforeprint');
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
  });
});
