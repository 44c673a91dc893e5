import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { MergeResult } from '../domain/merge';
import { renderWithProviders } from '../test/render';
import { ConflictView } from './conflict-view';

const merge: MergeResult = {
  mineOnly: ['details.dealValue'],
  theirsOnly: ['name', 'customerProfile.address.city'],
  conflicts: [
    { key: 'details.notes', base: 'a', mine: 'my words', theirs: 'their words' },
    {
      key: 'stage',
      base: ['New', 'Pending'],
      mine: ['Active', 'Accepted'],
      theirs: ['Closed', 'Declined'],
    },
    { key: 'details.requirements.products', base: [], mine: [{ id: 'Azure' }], theirs: [] },
  ],
};

describe('ConflictView', () => {
  test('lists what merged by itself and offers yours vs theirs, yours preselected', async () => {
    const user = userEvent.setup();
    const onResolve = vi.fn();
    renderWithProviders(<ConflictView merge={merge} onResolve={onResolve} onCancel={() => {}} />);
    expect(screen.getByRole('list', { name: 'Your changes, kept:' })).toHaveTextContent(
      'Deal value',
    );
    const theirs = screen.getByRole('list', { name: 'Changed by someone else, taken:' });
    expect(
      within(theirs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Referral name', 'City']);
    const stage = screen.getByRole('group', { name: 'Status' });
    expect(within(stage).getByRole('radio', { name: /Yours\s*Active · Accepted/ })).toBeChecked();
    expect(
      within(stage).getByRole('radio', { name: /Theirs\s*Closed · Declined/ }),
    ).not.toBeChecked();
    const products = screen.getByRole('group', { name: 'Products' });
    expect(within(products).getByRole('radio', { name: /Theirs\s*None/ })).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('group', { name: 'Notes' })).getByRole('radio', { name: /Theirs/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Merge and save' }));
    expect(onResolve).toHaveBeenCalledWith({
      'details.notes': 'theirs',
      stage: 'mine',
      'details.requirements.products': 'mine',
    });
  });

  test('Turkish labels; cancel', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    renderWithProviders(
      <ConflictView
        merge={{ mineOnly: [], theirsOnly: [], conflicts: [merge.conflicts[0]!] }}
        onResolve={() => {}}
        onCancel={onCancel}
      />,
      { language: 'tr' },
    );
    expect(screen.getByText('Birleştirilmesi gereken başka alan yok.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Notlar' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Düzenlemelerime dön' }));
    expect(onCancel).toHaveBeenCalled();
  });
});

describe('ConflictView with the merged copies', () => {
  test('merged fields show their values, before → after', () => {
    const base = {
      id: 'r-1',
      status: 'Active',
      substatus: 'Accepted',
      details: { notes: 'old words' },
    } as const;
    const mine = { ...base, details: { notes: 'my new words' } };
    const theirs = { ...base, status: 'Closed', substatus: 'Lost' } as const;
    renderWithProviders(
      <ConflictView
        merge={{ mineOnly: ['details.notes'], theirsOnly: ['stage'], conflicts: [] }}
        copies={{ base, mine, theirs }}
        onResolve={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('list', { name: 'Changed by someone else, taken:' })).toHaveTextContent(
      'Status: Active · Accepted → Closed · Lost',
    );
    expect(screen.getByRole('list', { name: 'Your changes, kept:' })).toHaveTextContent(
      'Notes: old words → my new words',
    );
  });
});
