import { expect, type Page } from '@playwright/test';

/**
 * Filling the "New referral" form by role and label, shared by the demo and the live journeys.
 * Returns nothing: the caller checks what the app and the server did.
 */
export type NewDeal = {
  name: string;
  customer: string;
  country: string;
  dealValue: string;
  closingDate: string;
  coSell?: { solution: string; help: string; message?: string };
};

export async function fillNewReferral(page: Page, deal: NewDeal): Promise<void> {
  const form = page.getByRole('form', { name: 'New referral' });
  await expect(form).toBeVisible();
  if (deal.coSell) {
    await form.getByRole('radio', { name: 'Co-sell with Microsoft' }).check();
    await form.getByRole('textbox', { name: /^Your solution/ }).fill(deal.coSell.solution);
    await form
      .getByRole('combobox', { name: /^Help asked of Microsoft/ })
      .selectOption({ label: deal.coSell.help });
    if (deal.coSell.message)
      await form.getByRole('textbox', { name: 'Message to Microsoft' }).fill(deal.coSell.message);
    await form
      .getByRole('checkbox', { name: 'I understand sharing with Microsoft cannot be undone' })
      .check();
  } else {
    await form.getByRole('radio', { name: 'Private' }).check();
  }
  await form.getByRole('textbox', { name: /^Referral name/ }).fill(deal.name);
  await form.getByRole('textbox', { name: /^Deal value/ }).fill(deal.dealValue);
  await form.getByLabel(/^Closing date/).fill(deal.closingDate);
  await form.getByRole('textbox', { name: /^Customer name/ }).fill(deal.customer);
  await form.getByRole('combobox', { name: /^Country/ }).selectOption(deal.country);
}

export const coSellDeal: NewDeal = {
  name: 'Fabrikam · Copilot rollout',
  customer: 'Fabrikam Türkiye',
  country: 'TR',
  dealValue: '180000',
  closingDate: '2027-06-30',
  coSell: {
    solution: 'SOL-34104-EBB',
    help: 'Proof of concept or demo',
    message: 'Need a Microsoft architect for the PoC',
  },
};
