/**
 * Text a user reads is chosen by language in the catalogs only (`CATALOG[lang].key`, a
 * `Record<Lang, …>`), never by comparing the language in logic: no `lang === 'ja' ? '…' : '…'`,
 * no `if (lang === 'en')`, no `case 'ja':` anywhere under src/ — catalogs included, which index by
 * language instead. The only comparisons left pick or check a language itself; each is listed
 * below, so a new one must be added here on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

/** Comparisons with a language that choose a language, not a text: file → the decision's source text. */
const ALLOWED: Record<string, string[]> = {
  // ?lang=en in the page's address: the language the preview opens in.
  'src/preview/index.tsx': ["params.get('lang') === 'en' ? 'en' : 'ja'"],
  // The language switch: the other language, and the switch button's own lang attribute.
  'src/preview/PreviewApp.tsx': ["lang === 'ja' ? 'en' : 'ja'", "lang === 'ja' ? 'en' : 'ja'"],
  // --lang: refusing a language we have no catalog for, and reading it leniently for usage errors.
  'src/cli/args.ts': ["values.lang !== 'ja' && values.lang !== 'en'", "value === 'en' ? 'en' : 'ja'"],
};

interface LanguageChoice {
  file: string;
  line: number;
  /** The whole decision the comparison belongs to (a ternary, a condition, a case clause). */
  text: string;
}

const isLanguageLiteral = (node: ts.Node) => ts.isStringLiteralLike(node) && (node.text === 'ja' || node.text === 'en');
const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** The decision a comparison is part of: up through &&, ||, ! and brackets, then the ternary it is the condition of. */
function decisionOf(node: ts.Node): ts.Node {
  let at = node;
  while (
    ts.isParenthesizedExpression(at.parent) ||
    (ts.isPrefixUnaryExpression(at.parent) && at.parent.operator === ts.SyntaxKind.ExclamationToken) ||
    (ts.isBinaryExpression(at.parent) &&
      (at.parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
        at.parent.operatorToken.kind === ts.SyntaxKind.BarBarToken))
  )
    at = at.parent;
  return ts.isConditionalExpression(at.parent) && at.parent.condition === at ? at.parent : at;
}

/** Every comparison of a value with 'ja' or 'en', and every `case 'ja':`, in one source text. */
function languageChoices(file: string, source: string): LanguageChoice[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LanguageChoice[] = [];
  const seen = new Set<ts.Node>();
  const report = (comparison: ts.Node) => {
    const decision = decisionOf(comparison);
    if (seen.has(decision)) return; // `a !== 'ja' && a !== 'en'` is one decision
    seen.add(decision);
    const line = sf.getLineAndCharacterOfPosition(comparison.getStart(sf)).line + 1;
    found.push({ file, line, text: decision.getText(sf).replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isBinaryExpression(node) &&
      EQUALITY.has(node.operatorToken.kind) &&
      (isLanguageLiteral(node.left) || isLanguageLiteral(node.right))
    )
      report(node);
    if (ts.isCaseClause(node) && isLanguageLiteral(node.expression)) report(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The choices in `choices` that the allowlist does not name (each allowed text used at most as often as listed). */
function notAllowed(choices: LanguageChoice[], allowed: Record<string, string[]>): string[] {
  const left = Object.fromEntries(Object.entries(allowed).map(([file, texts]) => [file, [...texts]]));
  return choices
    .filter((c) => {
      const i = left[c.file]?.indexOf(c.text) ?? -1;
      if (i < 0) return true;
      left[c.file].splice(i, 1);
      return false;
    })
    .map((c) => `${c.file}:${c.line}: ${c.text}`);
}

describe('language choices outside the catalogs', () => {
  const choices = sourceFiles(SRC).flatMap((path) => languageChoices(relative(ROOT, path), readFileSync(path, 'utf8')));

  it('src/ picks no text by comparing the language (use the surface catalog: CATALOG[lang].key)', () => {
    expect(notAllowed(choices, ALLOWED)).toEqual([]);
  });

  it('every allowlisted choice still exists (a stale entry would let a text choice in under its name)', () => {
    const present = (file: string, text: string) => choices.some((c) => c.file === file && c.text === text);
    const stale = Object.entries(ALLOWED).flatMap(([file, texts]) => texts.filter((t) => !present(file, t)).map((t) => `${file}: ${t}`));
    expect(stale).toEqual([]);
  });

  it('sees a text ternary, an alias, an if, a switch and a reversed comparison; not a catalog lookup', () => {
    const source = `
      const a = lang === 'ja' ? '方針' : 'Policy';
      const ja = options.lang === 'ja';
      if ('en' !== lang) say('x');
      switch (lang) { case 'en': break; }
      const b = CLI_TEXT[lang].report.columns;
      const c = lang === 'ja' ? 'en' : 'ja';`;
    expect(notAllowed(languageChoices('src/x.ts', source), { 'src/x.ts': ["lang === 'ja' ? 'en' : 'ja'"] })).toEqual([
      "src/x.ts:2: lang === 'ja' ? '方針' : 'Policy'",
      "src/x.ts:3: options.lang === 'ja'",
      "src/x.ts:4: 'en' !== lang",
      "src/x.ts:5: case 'en': break;",
    ]);
  });
});
