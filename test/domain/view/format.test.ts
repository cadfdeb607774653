import { describe, expect, it } from 'vitest';
import { foldForSearch, plural } from '../../../src/domain/view/format';

describe('format', () => {
  it('pluralises and folds', () => {
    expect([plural(1, 'event'), plural(2, 'event')]).toEqual(['1 event', '2 events']);
    expect(foldForSearch('Kyïv ÉLYSÉE')).toBe('kyiv elysee');
  });
});
