// Debian's Chromium, as these machines run it: never a browser that Playwright downloads.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell (`chromium-headless-shell`: the same Blink without the browser's window and its services,
 * as Playwright's own headless runs use) where installed, else the whole browser in its headless mode. The shell costs
 * less CPU for the same walk (role-actions' township admin, three runs each way, alternated: 71-80 s of CPU against
 * 77-87 s, 2026-12-07), and the browser suite is CPU-bound on two cores.
 */
const headlessShell = '/usr/lib/chromium/chromium-headless-shell';

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium'),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * The console is Chinese first, and the specs measure it as a reader sees it: without a Chinese font Chromium draws
 * every character as a narrow box, and a layout check (a long unit name cut short) passes or fails for the wrong
 * reason. So the run stops at once, saying what to install, when fontconfig knows no font for Chinese.
 */
export function requireChineseFont() {
  let fonts: string;
  try {
    fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    return; // no fontconfig tools to ask: Chromium's own fallback decides
  }
  if (fonts.trim() === '')
    throw new Error('The browser tests need a Chinese font: apt-get install -y fonts-wqy-microhei');
}
