import { useId, useState, type DragEvent } from 'react';
import { incomingFromFile, incomingFromPaste, type IncomingArticle } from './intakeFiles';
import type { IntakeItem } from './useIntake';

interface IntakeProps {
  items: readonly IntakeItem[];
  add: (article: IncomingArticle) => void;
  failed: (origin: string, message: string) => void;
}

const STATUS: Record<IntakeItem['status'], string> = {
  waiting: 'waiting',
  reading: 'reading…',
  added: 'added',
  failed: 'not added',
};

/**
 * Bringing articles in: drop files on the zone, pick them, or paste text. Each file is read
 * here (a saved page reduced to its text), then by the pipeline worker; the list says where
 * each article is, as it goes.
 */
export function Intake({ items, add, failed }: IntakeProps) {
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const pickId = useId();
  const pasteId = useId();
  const take = async (files: Iterable<File>) => {
    for (const file of files) {
      const read = await incomingFromFile(file);
      if (read.ok) add(read.article);
      else failed(file.name, read.message);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
  };
  return (
    <section className="ws-intake" aria-labelledby={`${pickId}-h`}>
      <h3 id={`${pickId}-h`}>Add articles</h3>
      <div
        className="ws-drop"
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop .txt, .md or saved web pages (.html) here, or</p>
        <label htmlFor={pickId} className="button">
          Choose files
        </label>
        <input
          id={pickId}
          className="visually-hidden"
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void take(files);
          }}
        />
        <p className="ws-hint">Nothing leaves this device: articles are read here.</p>
      </div>
      <div className="ws-paste">
        <label htmlFor={pasteId}>Or paste an article’s text</label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            add(incomingFromPaste(pasted));
            setPasted('');
          }}
        >
          Add pasted text
        </button>
      </div>
      {items.length > 0 && (
        <ul className="ws-progress" aria-label="Articles being read" aria-live="polite">
          {items.map((i) => (
            <li key={i.key} data-status={i.status}>
              <span className="ws-origin">{i.origin}</span>: {STATUS[i.status]}
              {i.detail !== '' && <span className="ws-detail"> ({i.detail})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
