import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../../src/domain/view/viewState';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import ExportPanel from '../../../src/features/export/ExportPanel';
import { renderWithStore } from '../../helpers/renderWithStore';

// Each action's output for a filtered view of the story fixture (test/helpers/factories.ts):
// Sergey Lavrov takes part in two of its four events, both on 10 March 2022, each with one quote
// from the wire report. The expected values are written from that fixture, not from the builders.
const LAVROV = { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, actors: ['sergey-lavrov'] } };
const SHOWN = ['antalya-talks', 'mariupol-shelling'];
const HIDDEN_TITLES = ['No progress on a ceasefire', 'A quiet day in Kyiv'];

/** A file the menu saved: its name, type and text. */
interface Saved {
  name: string;
  type: string;
  text: string;
}

describe('ExportMenu', () => {
  let saved: Promise<Saved>[];
  beforeEach(() => {
    saved = [];
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (!blob) throw new Error(`no blob behind ${this.href}`);
      saved.push(blob.text().then((text) => ({ name: this.download, type: blob.type, text })));
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const open = async () => {
    const user = userEvent.setup();
    renderWithStore(<ExportMenu Panel={ExportPanel} />, { view: LAVROV });
    await user.click(screen.getByRole('button', { name: 'Cite & export' }));
    return user;
  };
  const download = async (button: string): Promise<Saved> => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: button }));
    expect(saved).toHaveLength(1);
    return (await saved[0]) as Saved;
  };

  it('cites the view: its link and each shown event with its source, no other event', async () => {
    await open();
    const box = screen.getByRole('textbox', { name: 'Citation of this view (2 events)' });
    const citation = (box as HTMLTextAreaElement).value;
    expect(citation).toMatch(/[?&]actor=sergey-lavrov[&\s]/);
    for (const text of [
      'events with or about Sergey Lavrov',
      'Lavrov and Kuleba meet in Antalya',
      'Shelling in Mariupol',
      'Sergey Lavrov met Dmytro Kuleba in Antalya.',
      'Wire Service',
    ]) {
      expect(citation).toContain(text);
    }
    for (const title of HIDDEN_TITLES) expect(citation).not.toContain(title);
  });

  it('downloads CSV: the header and one CRLF row per source of each shown event', async () => {
    const file = await download('Download CSV');
    expect(file.name).toBe('sourceline-events.csv');
    expect(file.type).toBe('text/csv');
    const lines = file.text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'event_id,date,date_precision,title,kind,actors,about_actors,places,about_places,summary,link,source_article,source_title,source_outlet,source_author,source_published,quote',
    );
    const rows = lines.slice(1, -1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(SHOWN);
    expect(rows[0]).toMatch(
      /^antalya-talks,2022-03-10,day,Lavrov and Kuleba meet in Antalya,talks,/,
    );
    expect(rows[0]).toContain(
      'wire-report,Foreign ministers meet in Antalya,Wire Service,Jo Reporter,2022-03-10,Sergey Lavrov met Dmytro Kuleba in Antalya.',
    );
    expect(rows[1]).toMatch(/^mariupol-shelling,2022-03-10,day,Shelling in Mariupol,strike,/);
  });

  it('downloads JSON: the view link and the shown events with their sources', async () => {
    const file = await download('Download JSON');
    expect(file.name).toBe('sourceline-events.json');
    expect(file.type).toBe('application/json');
    const json = JSON.parse(file.text) as {
      view: string;
      events: { id: string; date: string; sources: { article: string; quote: string }[] }[];
    };
    expect(json.view).toMatch(/[?&]actor=sergey-lavrov(&|$)/);
    expect(json.events.map((e) => e.id)).toEqual(SHOWN);
    expect(json.events.map((e) => e.date)).toEqual(['2022-03-10', '2022-03-10']);
    expect(json.events[0]?.sources).toEqual([
      expect.objectContaining({
        article: 'wire-report',
        quote: 'Sergey Lavrov met Dmytro Kuleba in Antalya.',
      }),
    ]);
  });

  it('downloads a calendar: one all-day VEVENT per shown event, stamped with the newest source', async () => {
    const file = await download('Download calendar (.ics)');
    expect(file.name).toBe('sourceline-events.ics');
    expect(file.type).toBe('text/calendar');
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(
      SHOWN.map((id) => `UID:${id}@sourceline`),
    );
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20220310',
      'DTSTART;VALUE=DATE:20220310',
    ]);
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual([
      'DTEND;VALUE=DATE:20220311',
      'DTEND;VALUE=DATE:20220311',
    ]);
    // The newest article of the dataset, the blog post, is from 11 March 2022.
    expect(new Set(lines.filter((l) => l.startsWith('DTSTAMP')))).toEqual(
      new Set(['DTSTAMP:20220311T000000Z']),
    );
    expect(lines.filter((l) => l.startsWith('SUMMARY'))).toEqual([
      'SUMMARY:Lavrov and Kuleba meet in Antalya',
      'SUMMARY:Shelling in Mariupol',
    ]);
  });

  it('offers Print, which prints the page (the print view renders on beforeprint)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(saved).toEqual([]);
  });
});
