// Writes the README's screenshot of the page: the filtered view the page test also takes.
//   HTTPSTATUS_PAGE=docs/index.html node tests/browser/screenshot.mjs docs/images/status-page.png
// Run by the httpstatus-screenshot target. Pixels depend on the browser and its fonts, so no test
// compares the committed image; the page it shows is checked by docs_fresh_index.html.
import { launchBrowser, screenshotFilteredView, servePage } from './browser.mjs';

const file = process.argv[2];
if (!file) throw new Error('usage: node screenshot.mjs OUTPUT.png');
const browser = await launchBrowser();
const server = await servePage();
try {
  const page = await screenshotFilteredView(browser, server.url, file);
  if (page.problems.length > 0) throw new Error(`the page reported problems: ${page.problems.join('; ')}`);
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  await server.close();
}
