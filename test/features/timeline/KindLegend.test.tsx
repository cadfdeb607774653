import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KindLegend } from '../../../src/features/timeline/KindLegend';
import { makeEvent } from '../../helpers/factories';

const events = [makeEvent({ id: 'a', kind: 'talks' }), makeEvent({ id: 'b', kind: 'strike' })];

function items(props: { showKinds: boolean; showGaps: boolean }) {
  render(<KindLegend events={events} {...props} />);
  return within(screen.getByRole('list', { name: 'Legend' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('KindLegend', () => {
  it('explains dates, pills and, on the compressed scale, shortened gaps', () => {
    expect(items({ showKinds: false, showGaps: true })).toEqual([
      'Exact day',
      '≈ Approximate or unknown day',
      '+3Events too close to draw apart: select to zoom in',
      'Quiet stretch drawn shorter (its length is written on it)',
    ]);
  });

  it('leaves the gap out on a true-to-scale axis and names the kinds present in actor lanes', () => {
    const texts = items({ showKinds: true, showGaps: false });
    expect(texts.some((t) => t?.startsWith('Quiet stretch'))).toBe(false);
    expect(texts.slice(3)).toEqual(['Talks', 'Strike']);
  });
});
