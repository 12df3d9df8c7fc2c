/** The code the configurator hands a webmaster: the same element as a script-tag page, a React component and a Vue template. */

export interface Embed {
  tag: string;
  /** The element's own attributes, by name, as chosen (empty ones are left out). */
  attributes: Record<string, string>;
  /** Attributes whose value is a number (written {10} in JSX, :page-size="10" in Vue). */
  numeric: ReadonlySet<string>;
  /** Boolean attributes (present or not), written by name alone. */
  flags?: ReadonlySet<string>;
  /** Where the one-script loader is served from. */
  scriptUrl: string;
  /** The disclosure API's base URL. */
  api: string;
  lang: string;
  theme: string;
  size: string;
}

const quote = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const chosen = (embed: Embed) => Object.entries(embed.attributes).filter(([, value]) => value !== '');

/** Language, theme and size as an element's own attributes, where they differ from the defaults. */
function looks(embed: Embed): [string, string][] {
  const out: [string, string][] = [];
  if (embed.lang && embed.lang !== 'zh-CN') out.push(['lang', embed.lang]);
  if (embed.theme && embed.theme !== 'light') out.push(['theme', embed.theme]);
  if (embed.size && embed.size !== 'normal') out.push(['size', embed.size]);
  return out;
}

/** A page's markup: the one script tag (API, language, theme and size on it) and the element. */
export function scriptSnippet(embed: Embed): string {
  const data = [['api', embed.api] as [string, string], ...looks(embed)].map(([name, value]) => ` data-${name}="${quote(value)}"`).join('');
  const attributes = chosen(embed)
    .map(([name, value]) => (embed.flags?.has(name) ? ` ${name}` : ` ${name}="${quote(value)}"`))
    .join('');
  return `<script src="${quote(embed.scriptUrl)}"${data}></script>\n<${embed.tag}${attributes}></${embed.tag}>\n`;
}

/** A React 19 component: the element's subpath import and the tag, numbers as numbers. */
export function reactSnippet(embed: Embed): string {
  const name = embed.tag.replace(/^tsgs-/, '');
  const props = [['api', embed.api] as [string, string], ...chosen(embed), ...looks(embed)]
    .map(([attribute, value]) =>
      embed.flags?.has(attribute) ? attribute : embed.numeric.has(attribute) ? `${attribute}={${value}}` : `${attribute}="${quote(value)}"`,
    )
    .join(' ');
  return `// npm install tsgs\nimport 'tsgs/${name}';\nimport type {} from 'tsgs/react-jsx';\n\nexport function Disclosure() {\n  return <${embed.tag} ${props} />;\n}\n`;
}

/** A Vue 3 template, with the element's subpath imported in the component's script. */
export function vueSnippet(embed: Embed): string {
  const name = embed.tag.replace(/^tsgs-/, '');
  const attributes = [['api', embed.api] as [string, string], ...chosen(embed), ...looks(embed)]
    .map(([attribute, value]) =>
      embed.flags?.has(attribute)
        ? attribute
        : embed.numeric.has(attribute)
          ? `:${attribute}="${value}"`
          : `${attribute}="${quote(value)}"`,
    )
    .join(' ');
  return `<!-- npm install tsgs; vite: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tsgs-') } } }) -->\n<script setup lang="ts">\nimport 'tsgs/${name}';\n</script>\n\n<template>\n  <${embed.tag} ${attributes} />\n</template>\n`;
}
