// How tests and benchmarks start Chromium here: Debian's binary (or CHROME_PATH), headless, with no
// background network traffic (only the loopback is reachable) and no sandbox (CI runs as root).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
