import type { TextRun } from '../../domain/search/highlight';

/** Text with its matched words in <mark>: React text nodes only, never HTML. */
export function Highlighted({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.match ? (
          <mark key={i} className="search-mark">
            {run.text}
          </mark>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </>
  );
}
