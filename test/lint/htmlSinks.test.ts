import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The lint rule behind "text, never HTML": each way of writing HTML into the page is an error.
// The snippets are written to a temporary folder and linted with the project's own config.

const root = path.resolve(import.meta.dirname, '../..');
const oxlint = path.join(root, 'node_modules/.bin/oxlint');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sourceline-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lints one snippet with .oxlintrc.json; returns the messages of its errors. */
function lint(name: string, code: string): string[] {
  const file = path.join(dir, name);
  writeFileSync(file, code);
  let output: string;
  try {
    output = execFileSync(oxlint, ['-c', path.join(root, '.oxlintrc.json'), '-f', 'json', file], {
      encoding: 'utf8',
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output) as {
    diagnostics: Array<{ message: string; help?: string; code: string; severity: string }>;
  };
  return report.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code}: ${d.message} ${d.help ?? ''}`);
}

describe('lint forbids HTML sinks', () => {
  it.each([
    ['innerHTML', 'export const f = (el: HTMLElement, t: string) => { el.innerHTML = t; };'],
    ['outerHTML', 'export const f = (el: HTMLElement, t: string) => { el.outerHTML = t; };'],
    [
      'insertAdjacentHTML',
      "export const f = (el: HTMLElement, t: string) => el.insertAdjacentHTML('beforeend', t);",
    ],
    ['d3 .html()', 'export const f = (sel: { html(t: string): void }, t: string) => sel.html(t);'],
    ['document.write', 'export const f = (t: string) => document.write(t);'],
  ])('%s is an error', (label, code) => {
    const errors = lint(`${label.replace(/\W/g, '')}.ts`, code);
    expect(errors.join('\n')).toMatch(
      /no-restricted-properties.*(never HTML|renders HTML|Never write HTML)/,
    );
  });

  it('dangerouslySetInnerHTML is an error', () => {
    const errors = lint(
      'Danger.tsx',
      'export const Danger = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n',
    );
    expect(errors.join('\n')).toMatch(/no-danger/);
  });

  it('text written as text passes', () => {
    const errors = lint(
      'Fine.tsx',
      'export const f = (el: HTMLElement, t: string) => { el.textContent = t; };\n' +
        'export const Fine = ({ t }: { t: string }) => <p>{t}</p>;\n',
    );
    expect(errors).toEqual([]);
  });
});
