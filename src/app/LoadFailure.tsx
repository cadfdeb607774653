/** Shown instead of the app when the dataset could not be loaded. */
export function LoadFailure({ error }: { error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <main className="load-failure">
      <h1>Sourceline</h1>
      <p role="alert">
        The events could not be loaded: {reason}. Check your connection and reload the page.
      </p>
    </main>
  );
}
