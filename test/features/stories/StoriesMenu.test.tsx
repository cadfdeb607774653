import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { StoriesDialog } from '../../../src/features/stories/StoriesDialog';
import { StoriesMenu } from '../../../src/features/stories/StoriesMenu';
import { exportStoryZip } from '../../../src/domain/workspace/exchangeZip';
import { StoriesContext, type StoriesAccess } from '../../../src/state/stories';
import { openStoryStorage, type Stored, type StoryStorage } from '../../../src/state/storyStorage';
import { stubIndexedDbClasses } from '../../helpers/fakeIndexedDb';
import { renderWithStore } from '../../helpers/renderWithStore';
import { emptyWorkspaceStory, workspaceStoryFrom } from '../../helpers/workspaceStory';

stubIndexedDbClasses();

async function setup(storage?: Stored<StoryStorage>) {
  const device = storage ?? (await openStoryStorage(new IDBFactory()));
  const access: StoriesAccess = {
    device: () => Promise.resolve(device),
    open: vi.fn(),
    forget: vi.fn(),
  };
  const view = renderWithStore(
    <StoriesContext.Provider value={access}>
      <StoriesMenu Dialog={StoriesDialog} />
    </StoriesContext.Provider>,
  );
  return { ...view, access, device };
}

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Stories' }));
  return within(screen.getByRole('dialog', { name: 'Stories' }));
}

describe('StoriesMenu', () => {
  it('lists the stories on the device beside the bundled one, and deletes one only when confirmed', async () => {
    const { device, access } = await setup();
    if (!device.ok) throw new Error('storage');
    await device.value.save(emptyWorkspaceStory({ id: 'notes', story: { title: 'My notes' } }));
    const dialog = await openDialog();
    expect(dialog.getByRole('link', { name: 'The bundled story' })).toHaveAttribute('href', '#/');
    expect(await dialog.findByRole('link', { name: 'My notes' })).toHaveAttribute(
      'href',
      '#/s/notes/',
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Delete My notes' }));
    // Asked first; Keep leaves it, with focus on Keep.
    const keep = dialog.getByRole('button', { name: 'Keep' });
    expect(keep).toHaveFocus();
    await userEvent.click(keep);
    expect((await device.value.load('notes')).ok).toBe(true);
    await userEvent.click(dialog.getByRole('button', { name: 'Delete My notes' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(dialog.queryByRole('link', { name: 'My notes' })).toBeNull());
    expect(await device.value.load('notes')).toEqual({ ok: true, value: null });
    expect(access.forget).toHaveBeenCalledWith('notes');
  });

  it('makes a new empty story with an id free on the device, kept and opened', async () => {
    const { device, access } = await setup();
    if (!device.ok) throw new Error('storage');
    await device.value.save(emptyWorkspaceStory({ id: 'new-story' }));
    await userEvent.click(screen.getAllByRole('button', { name: 'New story' })[0] as HTMLElement);
    await waitFor(() => expect(access.open).toHaveBeenCalledTimes(1));
    const opened = vi.mocked(access.open).mock.calls[0]?.[0];
    expect(opened?.id).toBe('new-story-2');
    expect(opened?.events).toEqual([]);
    expect(await device.value.load('new-story-2')).toEqual({ ok: true, value: opened });
  });

  it('imports a zip as a new story, and refuses a bad one naming file, record and field', async () => {
    const { access } = await setup();
    const dialog = await openDialog();
    const input = dialog.getByLabelText('Import a story (zip or dataset)');
    const bad = new File([strToU8('[{"id": "x"}]')], 'events.json', { type: 'application/json' });
    await act(() => userEvent.upload(input, bad));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('nothing was changed');
    expect(alert).toHaveTextContent('the dataset file: file "(dataset)"');
    expect(access.open).not.toHaveBeenCalled();

    const zip = exportStoryZip(workspaceStoryFrom());
    await act(() => userEvent.upload(input, new File([new Uint8Array(zip)], 'Antalya talks.zip')));
    await waitFor(() => expect(access.open).toHaveBeenCalledTimes(1));
    expect(vi.mocked(access.open).mock.calls[0]?.[0].id).toBe('antalya-talks');
  });

  it('says why no story can be kept when storage is unavailable', async () => {
    await setup(await openStoryStorage(null));
    const dialog = await openDialog();
    expect(dialog.getByText(/does not let Sourceline keep stories/)).toBeInTheDocument();
  });
});
