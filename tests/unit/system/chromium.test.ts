import { describe, expect, it } from 'vitest';
import { findChromium, lookForChromium } from '../../../scripts/chromium.ts';

// One rule for finding Chromium, shared by the tests, the bench, the audit and the system check.
const machine = (...files: string[]) => (file: string) => files.includes(file);

describe('finding Chromium', () => {
  it('prefers CHROMIUM_PATH, and looks nowhere else when it is set', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' };
    expect(findChromium(env, machine('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome/chrome');
    expect(lookForChromium(env, machine('/usr/bin/chromium'))).toEqual({ path: null, fromEnv: '/opt/chrome/chrome', looked: ['/opt/chrome/chrome'] });
    expect(() => findChromium(env, machine('/usr/bin/chromium'))).toThrow(/CHROMIUM_PATH is set to \/opt\/chrome\/chrome, but there is no file there/);
  });

  it('takes Debian\'s Chromium first, then Ubuntu\'s, then Chrome, then PATH', () => {
    const env = { PATH: '/home/me/bin:/usr/bin' };
    expect(findChromium(env, machine('/usr/bin/chromium', '/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium');
    expect(findChromium(env, machine('/usr/bin/chromium-browser', '/usr/bin/google-chrome'))).toBe('/usr/bin/chromium-browser');
    expect(findChromium(env, machine('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium(env, machine('/home/me/bin/chromium'))).toBe('/home/me/bin/chromium');
  });

  it('says where it looked and how to get one when there is none', () => {
    expect(() => findChromium({ PATH: '' }, machine())).toThrow(
      /^No Chromium found \(looked at \/usr\/bin\/chromium, \/usr\/bin\/chromium-browser, .*\)\. Run `node scripts\/check-system\.ts` .* Or set CHROMIUM_PATH/,
    );
  });
});
