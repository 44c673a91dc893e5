import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Referral } from '../domain/referral-schema';
import { renderWithProviders } from '../test/render';
import { CloseDialog, type CloseDialogProps } from './close-dialog';

const accepted: Referral = {
  id: 'r-1',
  name: 'Contoso CRM rollout',
  status: 'Active',
  substatus: 'Accepted',
  details: { dealValue: 25000, currency: 'EUR' },
};
const fresh: Referral = { ...accepted, status: 'New', substatus: 'Pending' };

function renderDialog(referral: Referral, props: { initialOutcome?: 'closed-lost' } = {}) {
  const onConfirm = vi.fn<CloseDialogProps['onConfirm']>();
  const onCancel = vi.fn();
  renderWithProviders(
    <CloseDialog referral={referral} isOpen onCancel={onCancel} onConfirm={onConfirm} {...props} />,
  );
  return { onConfirm, onCancel, dialog: screen.getByRole('dialog', { name: /close “contoso/i }) };
}

describe('CloseDialog', () => {
  test('offers Won and Lost for an accepted referral, warns it is irreversible, requires a reason', async () => {
    const user = userEvent.setup();
    const { onConfirm, dialog } = renderDialog(accepted);
    const outcomes = within(dialog).getByRole('group', { name: 'Outcome' });
    expect(
      within(outcomes)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Won', 'Lost']);
    expect(within(dialog).getByText(/closing is irreversible/i)).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });
    expect(await within(dialog).findByText('Choose a reason.')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Choose a reason.');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  test('Won composes the reason from the localised preset and free text and confirms the value', async () => {
    const user = userEvent.setup();
    const { onConfirm, dialog } = renderDialog(accepted);
    const value = within(dialog).getByRole('textbox', { name: /final deal value \(EUR\)/i });
    expect(value).toHaveValue('25000');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Price');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Details' }),
      'Beat the quote by 5%',
    );
    await user.clear(value);
    await user.type(value, '27500.5');
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(onConfirm).toHaveBeenCalledWith(
      {
        outcome: 'closed-won',
        statusReason: 'Price: Beat the quote by 5%',
        dealValue: 27500.5,
      },
      expect.objectContaining({
        outcome: 'closed-won',
        preset: 'price',
        details: 'Beat the quote by 5%',
      }),
    );
  });

  test('Won refuses a negative or missing deal value', async () => {
    const user = userEvent.setup();
    const { onConfirm, dialog } = renderDialog(accepted);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Price');
    const value = within(dialog).getByRole('textbox', { name: /final deal value/i });
    await user.clear(value);
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(await within(dialog).findByText('Enter the final deal value.')).toBeVisible();
    await user.type(value, '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(await within(dialog).findByText('Enter a number of 0 or more.')).toBeVisible();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  test.each([
    ['1-2-3', /this is not a number/i],
    ['1e999', /this number is too large/i],
  ])('Won keeps %s as typed and says what is wrong with it', async (typed, message) => {
    const user = userEvent.setup();
    const { onConfirm, dialog } = renderDialog(accepted);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Price');
    const value = within(dialog).getByRole('textbox', { name: /final deal value/i });
    await user.clear(value);
    await user.type(value, typed);
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(value).toHaveValue(typed);
    expect(value).toHaveAccessibleDescription(expect.stringMatching(message));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  test('"Other" needs words; Lost carries no deal value; initialOutcome preselects', async () => {
    const user = userEvent.setup();
    const { onConfirm, dialog } = renderDialog(accepted, { initialOutcome: 'closed-lost' });
    expect(within(dialog).getByRole('radio', { name: 'Lost' })).toBeChecked();
    expect(
      within(dialog).queryByRole('textbox', { name: /final deal value/i }),
    ).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Reason' }), 'Other');
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(await within(dialog).findByText(/describe the reason/i)).toBeVisible();
    await user.type(within(dialog).getByRole('textbox', { name: 'Details' }), 'Customer merged');
    await user.click(within(dialog).getByRole('button', { name: 'Close referral' }));
    expect(onConfirm).toHaveBeenCalledWith(
      { outcome: 'closed-lost', statusReason: 'Other: Customer merged' },
      expect.objectContaining({ outcome: 'closed-lost', preset: 'other' }),
    );
  });

  test('a new referral can only be declined, with Turkish labels in Turkish', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    renderWithProviders(
      <CloseDialog referral={fresh} isOpen onCancel={() => {}} onConfirm={onConfirm} />,
      { language: 'tr' },
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByRole('radio')).toHaveLength(1);
    expect(within(dialog).getByRole('radio', { name: 'Reddedildi' })).toBeChecked();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Gerekçe' }),
      'Bütçe yok',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Yönlendirmeyi kapat' }));
    expect(onConfirm).toHaveBeenCalledWith(
      { outcome: 'closed-declined', statusReason: 'Bütçe yok' },
      expect.objectContaining({ outcome: 'closed-declined', preset: 'no-budget' }),
    );
  });

  test('switching outcome drops a preset that does not fit; Cancel calls onCancel', async () => {
    const user = userEvent.setup();
    const { onCancel, dialog } = renderDialog(accepted);
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });
    await user.selectOptions(reason, 'Price');
    await user.click(within(dialog).getByRole('radio', { name: 'Lost' }));
    expect(reason).toHaveValue('');
    expect(within(reason).queryByRole('option', { name: 'Price' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
