/**
 * Files: save the design to a .json file, start a new design, open the file again (file picker and
 * drag-and-drop onto the canvas); export the diagram as PNG and SVG.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const ART = 'e2e/artifacts';

async function nodePlaces(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  return page.locator('.react-flow__node').evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-id') ?? '', (el as HTMLElement).style.transform])),
  );
}

test('save to a file, start over, open the file again (picker and drop)', async ({ page }, info) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add VNet' }).click();
  const before = await nodePlaces(page);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open and save' });
  await page.screenshot({ path: `${ART}/files-dialog.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /Save to file/ }).click()]);
  expect(download.suggestedFilename()).toBe('sample-hub-and-spoke.json');
  const file = info.outputPath('design.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, name: 'Sample hub and spoke' });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New design' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByLabel('Design file', { exact: true }).setInputFiles(file);
  await expect(page.getByRole('dialog', { name: 'Open and save' })).toBeHidden();
  expect(await nodePlaces(page)).toEqual(before);

  // Drop onto the canvas.
  await page.getByRole('button', { name: 'New design' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const text = readFileSync(file, 'utf8');
  await page.locator('.canvas-area').evaluate((el, json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'design.json', { type: 'application/json' }));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  expect(await nodePlaces(page)).toEqual(before);
});

test('the diagram exports as PNG and SVG without the UI around it', async ({ page }, info) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open and save' });
  const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('sample-hub-and-spoke.png');
  const pngPath = `${ART}/export-diagram.png`;
  await png.saveAs(pngPath);
  expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
  const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export SVG' }).click()]);
  const svgPath = info.outputPath('diagram.svg');
  await svg.saveAs(svgPath);
  const svgText = readFileSync(svgPath, 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('vnet-spoke-a');
  expect(svgText).not.toContain('Designer toolbar');
});
