import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceNote } from '../../src/components/SourceNote';
import { safeHttpUrl } from '../../src/components/safeUrl';

describe('safeHttpUrl', () => {
  it.each([
    { input: 'https://www.unv.org/annual-report', expected: 'https://www.unv.org/annual-report' },
    { input: 'http://example.org', expected: 'http://example.org/' },
    { input: 'javascript:alert(1)', expected: null },
    { input: ' JavaScript:alert(1)', expected: null },
    { input: 'java\tscript:alert(1)', expected: null },
    { input: 'data:text/html,<script>alert(1)</script>', expected: null },
    { input: '//evil.example/x', expected: null },
    { input: '/relative/path', expected: null },
    { input: 'not a url', expected: null },
    { input: '', expected: null },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('SourceNote', () => {
  it('links an https source and shows the date', () => {
    const html = renderToStaticMarkup(<SourceNote source="UNV Annual Report 2023" url="https://www.unv.org/annual-report" date="2024-06" />);
    expect(html).toContain('<a href="https://www.unv.org/annual-report" rel="noopener noreferrer" target="_blank">UNV Annual Report 2023</a>');
    expect(html).toMatch(/^<p class="source-note">Source: .*, <bdi>2024-06<\/bdi><\/p>$/);
  });

  it('never makes a link for a javascript: URL', () => {
    const html = renderToStaticMarkup(<SourceNote source="Kazinform" url="javascript:alert(document.cookie)" />);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Source: <bdi>Kazinform</bdi>');
  });

  it('renders markup in the source name as text', () => {
    const html = renderToStaticMarkup(<SourceNote source={'<img src=x onerror="alert(1)">'} url={null} date={'<b>2024</b>'} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});
