import { dataset } from '../data';

/** Placeholder first screen: the events in date order. */
export function App() {
  return (
    <main>
      <h1>Sourceline</h1>
      <ol>
        {dataset.events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.date}>{e.date}</time> {e.title}
          </li>
        ))}
      </ol>
    </main>
  );
}
