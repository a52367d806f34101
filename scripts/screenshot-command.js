// A test-runner command that photographs a region of the page as Chromium painted it, so the
// tests can decode the QR code a visitor's camera would see (not a re-rendering of it).
export function screenshotPlugin() {
  return {
    name: 'lec-screenshot',
    async executeCommand({command, payload, session}) {
      if (command !== 'lec-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      const {x, y, width, height} = payload;
      const png = await page.screenshot({
        clip: {x, y, width, height},
        encoding: 'base64',
        captureBeyondViewport: true,
      });
      return png;
    },
  };
}
