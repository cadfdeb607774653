import { describe, expect, it } from 'vitest';
import { actorView, basisLabel } from '../../../src/domain/actor/actorView';
import { makeStory } from '../../helpers/factories';

const dataset = makeStory();

describe('actorView', () => {
  it('lists the events an actor takes part in, in time order', () => {
    const view = actorView(dataset, 'sergey-lavrov');
    expect(view.events.map((e) => [e.event.id, e.role])).toEqual([
      ['antalya-talks', 'part'],
      ['mariupol-shelling', 'part'],
    ]);
  });

  it('lists the events that concern an actor too, marked with that role and basis', () => {
    const about = {
      ...dataset,
      events: dataset.events.map((e) =>
        e.id === 'no-ceasefire' ? { ...e, actors: [], aboutActors: ['nato'] } : e,
      ),
    };
    const view = actorView(about, 'nato');
    expect(view.events.map((e) => [e.event.id, e.role])).toEqual([['no-ceasefire', 'about']]);
    const ceasefire = about.events.find((e) => e.id === 'no-ceasefire')!;
    expect(view.quotes).toHaveLength(ceasefire.evidence.length);
    expect(view.quotes.every((q) => q.basis === 'event-subject')).toBe(true);
  });

  it('gives each quote the basis of its attribution', () => {
    const lavrov = actorView(dataset, 'sergey-lavrov').quotes;
    expect(lavrov.map((q) => [q.event.id, q.basis])).toEqual([
      ['antalya-talks', 'named-in-quote'],
      ['mariupol-shelling', 'named-in-paragraph'],
    ]);
    const kuleba = actorView(dataset, 'dmytro-kuleba').quotes;
    expect(kuleba.map((q) => [q.event.id, q.basis])).toEqual([
      ['antalya-talks', 'event-actor'],
      ['no-ceasefire', 'named-in-paragraph'],
    ]);
  });

  it('gives an empty view for an actor with no events or an unknown id', () => {
    expect(actorView(dataset, 'nato')).toEqual({ events: [], quotes: [] });
    expect(actorView(dataset, 'nobody')).toEqual({ events: [], quotes: [] });
  });

  it('keeps every quote verbatim at its offsets', () => {
    for (const q of actorView(dataset, 'sergey-lavrov').quotes) {
      const article = dataset.articles.find((a) => a.id === q.evidence.article);
      const text = article?.paragraphs[q.evidence.paragraph] ?? '';
      expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.quote);
    }
  });

  it('words every basis', () => {
    expect(basisLabel('named-in-quote')).toBe('named in the quote');
    expect(basisLabel('event-actor')).toMatch(/^took part.*not named/);
    expect(basisLabel('event-subject')).toMatch(/^the event concerns them.*not named/);
  });
});
