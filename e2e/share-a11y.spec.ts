/** The share, open-and-save and import dialogs pass axe without serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const [button, title] of [['Share', 'Share this design'], ['Open', 'Open and save'], ['Import', 'Import an Azure estate or a design']] as const) {
  test(`${title} dialog: no serious axe violations`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
