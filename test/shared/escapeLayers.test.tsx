import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { EscapeLevel, useEscapeLayer } from '../../src/shared/escapeLayers';

function Layer({
  name,
  level,
  log,
  scoped = false,
}: {
  name: string;
  level: number;
  log: string[];
  scoped?: boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEscapeLayer(level, () => log.push(name), scoped ? ref : undefined);
  return <input ref={ref} aria-label={name} />;
}

describe('the one Escape path', () => {
  it('closes the highest open layer; a scoped one only while focus is inside it', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    const view = render(
      <>
        <Layer name="selection" level={EscapeLevel.selection} log={log} />
        <Layer name="drawer" level={EscapeLevel.drawer} log={log} />
        <Layer name="field" level={EscapeLevel.field} log={log} scoped />
      </>,
    );
    await user.click(view.getByRole('textbox', { name: 'selection' }));
    await user.keyboard('{Escape}');
    await user.click(view.getByRole('textbox', { name: 'field' }));
    await user.keyboard('{Escape}');
    expect(log).toEqual(['drawer', 'field']);
  });

  it('among layers of one level, the latest opened closes first; a closed one is gone', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    const view = render(<Layer name="first" level={EscapeLevel.sheet} log={log} />);
    view.rerender(
      <>
        <Layer name="first" level={EscapeLevel.sheet} log={log} />
        <Layer name="second" level={EscapeLevel.sheet} log={log} />
      </>,
    );
    await user.keyboard('{Escape}');
    view.rerender(<Layer name="first" level={EscapeLevel.sheet} log={log} />);
    await user.keyboard('{Escape}');
    view.unmount();
    const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(log).toEqual(['second', 'first']);
    expect(key.defaultPrevented).toBe(false);
  });
});
