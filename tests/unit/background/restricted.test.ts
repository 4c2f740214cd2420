import { describe, expect, it } from 'vitest';
import { classifyUrl, isMissingAccessError, isPermissionError } from '../../../src/background/restricted';

describe('classifyUrl', () => {
  it.each([
    'chrome://settings',
    'about:addons',
    'edge://newtab',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/page.html',
    'view-source:https://example.com',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    undefined,
    'not a url',
  ])('%s is restricted', (url) => expect(classifyUrl(url)).toBe('restricted'));

  it('knows a PDF and an ordinary page', () => {
    expect(classifyUrl('https://example.com/report.PDF')).toBe('pdf');
    expect(classifyUrl('https://news.example/2026/story.html')).toBe('web');
    expect(classifyUrl('https://chrome.google.com/search')).toBe('web');
  });
});

describe('isPermissionError', () => {
  it('tells "not allowed here" from other failures', () => {
    expect(isPermissionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(isPermissionError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(isPermissionError('Frame with ID 0 was removed.')).toBe(false);
  });
});

describe('isMissingAccessError', () => {
  it("tells a tab Lede was not given from a page that refuses every extension", () => {
    expect(isMissingAccessError('Missing host permission for the tab')).toBe(true);
    expect(isMissingAccessError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(true);
    expect(isMissingAccessError('Cannot access a chrome:// URL')).toBe(false);
    expect(isMissingAccessError('The extensions gallery cannot be scripted.')).toBe(false);
  });
});
