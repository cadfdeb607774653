import { useId, useState } from 'react';
import { EMBED_HEIGHT, embedSnippet } from '../../domain/publish/embed';
import { useViewLinks } from '../../state/links';
import { useAppStore } from '../../state/store';
import { copyText } from '../../shared/clipboard';
import { selectViewName } from '../../state/viewName';

/**
 * "Embed": the `<iframe>` snippet that shows the current view inside another site's page, to
 * copy, and a preview of it (loaded only when the reader asks).
 */
export function EmbedSection() {
  const name = useAppStore(selectViewName);
  const [preview, setPreview] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const src = useViewLinks().embed;
  const title = name !== null ? `Sourceline: ${name}` : 'Sourceline';
  const snippet = embedSnippet(src, title);

  const copy = async () =>
    setStatus(
      (await copyText(snippet)) ? 'Embed code copied' : 'Select the embed code and copy it',
    );

  return (
    <section className="export-embed" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} className="export-label" htmlFor={`${id}-code`}>
        Embed this view in a page
      </label>
      <textarea id={`${id}-code`} readOnly value={snippet} rows={3} />
      <div className="export-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy embed code
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={preview}
          onClick={() => setPreview((p) => !p)}
        >
          Preview
        </button>
      </div>
      <output className="export-status" aria-live="polite">
        {status}
      </output>
      {preview && (
        // The preview frames this same app from its own origin: a sandbox would have to allow
        // both scripts and that origin (for its dataset fetch), which is no sandbox at all.
        // oxlint-disable-next-line react/iframe-missing-sandbox
        <iframe
          className="export-embed-preview"
          src={src}
          title={`Preview: ${title}`}
          height={Math.round(EMBED_HEIGHT * 0.75)}
        />
      )}
    </section>
  );
}
