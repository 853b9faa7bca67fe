/**
 * Syntax highlighting for the export preview with Prism, loaded only when the export dialog opens.
 * Prism's language files register themselves on the global Prism, so the core is loaded first.
 */
import type PrismType from 'prismjs';

let loading: Promise<typeof PrismType> | undefined;

export function loadPrism(): Promise<typeof PrismType> {
  loading ??= (async () => {
    const { default: Prism } = await import('prismjs');
    (globalThis as { Prism?: typeof PrismType }).Prism = Prism;
    await Promise.all([
      import('prismjs/components/prism-json.js'),
      import('prismjs/components/prism-bicep.js'),
      import('prismjs/components/prism-powershell.js'),
      import('prismjs/components/prism-bash.js'),
      import('prismjs/components/prism-hcl.js'),
    ]);
    return Prism;
  })();
  return loading;
}

const ALIASES: Record<string, string> = { arm: 'json', shell: 'bash', sh: 'bash', azcli: 'bash', terraform: 'hcl', ps1: 'powershell' };

/** Highlighted HTML for `code`, or undefined when the language is unknown (shown as plain text). */
export function highlight(Prism: typeof PrismType, code: string, language: string): string | undefined {
  const lang = ALIASES[language] ?? language;
  const grammar = Prism.languages[lang];
  return grammar ? Prism.highlight(code, grammar, lang) : undefined;
}
