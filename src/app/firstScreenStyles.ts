/**
 * The prerendered first screen must obey the page's Content-Security-Policy, which allows no
 * inline style (`style-src 'self'`): a `style="…"` attribute in index.html would be refused (and
 * reported) and the marks would lose their places and colours. React in the browser sets the
 * same styles through the CSSOM, which the policy allows. So the build moves each distinct
 * style attribute of the rendered HTML into a class of a stylesheet of its own.
 */

/** The HTML with classes instead of style attributes, and the stylesheet that defines them. */
export interface ExtractedStyles {
  markup: string;
  css: string;
}

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
};

const unescape = (value: string) =>
  value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (e) => ENTITIES[e]!);

/**
 * Text that could end a rule or start another in a stylesheet: never in the styles the app
 * renders (positions, colours, custom properties), so meeting it fails the build.
 */
const UNSAFE = /[{}<]|\/\*|@/;

/**
 * Moves every `style` attribute of `html` (React's server output: attributes in double quotes,
 * `<` and `>` escaped inside values) into a class named `<prefix><n>`, one per distinct style.
 * Each declaration is marked `!important`, which gives it the precedence it had inline over the
 * app's stylesheets. Throws on a style that is not plain declarations.
 */
export function extractInlineStyles(html: string, prefix = 'fs-'): ExtractedStyles {
  const classes = new Map<string, string>();
  const out = html.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
    const style = / style="([^"]*)"/.exec(tag);
    if (!style) return tag;
    const declarations = unescape(style[1]!);
    if (UNSAFE.test(declarations)) {
      throw new Error(`first screen: a style attribute is not plain declarations: ${declarations}`);
    }
    let name = classes.get(declarations);
    if (name === undefined) {
      name = `${prefix}${classes.size}`;
      classes.set(declarations, name);
    }
    const withoutStyle = tag.replace(style[0], '');
    return / class="/.test(withoutStyle)
      ? withoutStyle.replace(/ class="([^"]*)"/, (_, list: string) => ` class="${list} ${name}"`)
      : withoutStyle.replace(/^<([a-zA-Z][\w-]*)/, `<$1 class="${name}"`);
  });
  const css = [...classes]
    .map(([declarations, name]) => {
      const body = declarations
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => `${d} !important`)
        .join(';');
      return `.${name}{${body}}`;
    })
    .join('\n');
  return { markup: out, css: css ? `${css}\n` : '' };
}
