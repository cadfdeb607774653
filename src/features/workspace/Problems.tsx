/** Why an edit was not made, next to the form or card that tried it: one sentence a reason. */
export function Problems({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul role="alert" className="ws-problems">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

/** A form's submit button with a Cancel beside it. */
export function SubmitOrCancel({ label, onCancel }: { label: string; onCancel: () => void }) {
  return (
    <div className="ws-row">
      <button type="submit" className="button is-primary">
        {label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
