// @vitest-environment jsdom
// Which language a reader sees: URL > remembered choice > browser > English, and <html lang dir> follows.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { LANG_STORAGE_KEY, languageOf, resolveLang } from '../../src/app/lang';
import { pendingLoader } from './fakeLoader';

describe('resolveLang', () => {
  const cases: { description: string; url: string | null; stored: string | null; browser: string[]; expected: string }[] = [
    { description: 'URL wins over memory and browser', url: 'ar', stored: 'ru', browser: ['kk-KZ'], expected: 'ar' },
    { description: 'memory wins over browser', url: null, stored: 'ru', browser: ['kk-KZ'], expected: 'ru' },
    { description: 'browser on a first visit', url: null, stored: null, browser: ['kk-KZ', 'ru'], expected: 'kk' },
    { description: 'first supported browser language', url: null, stored: null, browser: ['de-DE', 'fr', 'ru-RU'], expected: 'ru' },
    { description: 'English when nothing matches', url: null, stored: null, browser: ['de', 'fr'], expected: 'en' },
    { description: 'an unsupported URL value falls through', url: 'fr', stored: 'kk', browser: [], expected: 'kk' },
    { description: 'a damaged stored value falls through', url: null, stored: 'xx', browser: ['ar-EG'], expected: 'ar' },
    { description: 'URL value is case-sensitive like the codec', url: 'AR', stored: null, browser: [], expected: 'en' },
  ];
  for (const c of cases) {
    it(c.description, () => {
      expect(resolveLang({ url: c.url, stored: c.stored, browser: c.browser })).toBe(c.expected);
    });
  }

  it('reads region and script subtags and underscores', () => {
    expect(languageOf(['kk_Cyrl_KZ'])).toBe('kk');
    expect(languageOf(['AR-sa'])).toBe('ar');
    expect(languageOf([])).toBeNull();
  });
});

describe('the app picks the language', () => {
  function openAt(search: string) {
    window.history.replaceState(null, '', `/${search}`);
  }
  function browserLanguages(list: string[]) {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(list);
  }
  beforeEach(() => {
    window.localStorage.clear();
    openAt('');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('uses the browser language on a first visit and sets <html lang dir>', () => {
    browserLanguages(['ar-EG', 'en']);
    render(createElement(App, { loader: pendingLoader() }));
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('link', { name: 'الخريطة' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ar');
  });

  it('remembers the switcher choice for the next visit', () => {
    browserLanguages(['en-US']);
    const first = render(createElement(App, { loader: pendingLoader() }));
    expect(document.documentElement.dir).toBe('ltr');
    act(() => {
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'kk' } });
    });
    expect(document.documentElement.lang).toBe('kk');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('kk');
    first.unmount();
    openAt('');
    render(createElement(App, { loader: pendingLoader() }));
    expect(document.documentElement.lang).toBe('kk');
    expect(screen.getByRole('link', { name: 'Карта' })).toBeTruthy();
  });

  it('the URL wins over the remembered choice and does not overwrite it', () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'kk');
    browserLanguages(['ar']);
    openAt('?lang=ru');
    render(createElement(App, { loader: pendingLoader() }));
    expect(document.documentElement.lang).toBe('ru');
    expect(document.documentElement.dir).toBe('ltr');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('kk');
  });

  it('stays English with an English browser and no choice, leaving the URL clean', () => {
    browserLanguages(['en-GB']);
    render(createElement(App, { loader: pendingLoader() }));
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.search).toBe('');
  });
});
