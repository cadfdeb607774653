/**
 * The vis-timeline peer page (bench/peer/index.html): the same compiled dataset as the app,
 * drawn by vis-timeline with lanes by event kind (the app's default lanes), and actor and
 * place checkboxes that filter through a DataView, so the bench drives both pages alike.
 * `?lanes=0` draws vis-timeline as it comes (no groups), its other common setup.
 * It marks `peer:timeline-created` and `peer:first-changed` for the harness.
 */
import raw from '@dataset';
import * as vis from 'vis-timeline/standalone';
import type { DataSet as VisDataSet, DataView as VisDataView } from 'vis-data';
import type { Dataset, DatasetEvent } from '../../../src/domain/types';

const dataset = raw as Dataset;
/** `?stack=0` turns vis-timeline's item stacking off (its fastest mode; items may overlap). */
const query = new URLSearchParams(location.search);
const stack = query.get('stack') !== '0';
const lanes = query.get('lanes') !== '0';
// The standalone build bundles vis-data; its declarations just do not re-export the classes.
const { DataSet, DataView, Timeline } = vis as unknown as {
  DataSet: typeof VisDataSet;
  DataView: typeof VisDataView;
  Timeline: typeof vis.Timeline;
};

interface Item {
  id: string;
  content: string;
  start: string;
  group: string;
  className: string;
  actors: string[];
  places: string[];
}

const actors = new Set<string>();
const places = new Set<string>();
const passes = (item: Item) =>
  (actors.size === 0 || item.actors.some((a) => actors.has(a))) &&
  (places.size === 0 || item.places.some((p) => places.has(p)));

const toItem = (e: DatasetEvent): Item => ({
  id: e.id,
  content: e.title,
  start: e.date,
  group: e.kind,
  className: e.datePrecision === 'approximate' ? 'approximate' : 'exact',
  actors: e.actors,
  places: e.places,
});

const items = new DataSet<Item>(dataset.events.map(toItem));
const view = new DataView<Item>(items, { filter: passes });
const kinds = [...new Set(dataset.events.map((e) => e.kind))].sort();
const groups = new DataSet(kinds.map((k) => ({ id: k, content: k })));

function checkboxes(
  legend: string,
  options: Array<{ id: string; name: string }>,
  selected: Set<string>,
) {
  const fieldset = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = legend;
  fieldset.append(title);
  for (const option of options) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = option.id;
    input.addEventListener('change', () => {
      if (input.checked) selected.add(option.id);
      else selected.delete(option.id);
      view.refresh();
    });
    label.append(input, ` ${option.name}`);
    fieldset.append(label);
  }
  return fieldset;
}

const form = document.querySelector('form.filters');
form?.append(
  checkboxes('Actors', dataset.actors, actors),
  checkboxes('Places', dataset.places, places),
);

const container = document.getElementById('timeline');
if (container) {
  const first = dataset.events[0]?.date ?? '2022-01-01';
  const last = dataset.events.at(-1)?.date ?? first;
  performance.mark('peer:timeline-start');
  const options = {
    height: '720px',
    start: first,
    end: new Date(Date.parse(last) + 86_400_000),
    showCurrentTime: false,
    groupOrder: 'content',
    stack,
  };
  const timeline = lanes
    ? new Timeline(container, view as never, groups as never, options)
    : new Timeline(container, view as never, options);
  performance.mark('peer:timeline-created');
  let changed = false;
  timeline.on('changed', () => {
    if (!changed) performance.mark('peer:first-changed');
    changed = true;
  });
  (window as unknown as { visPeer: unknown }).visPeer = { timeline, items, view };
}
