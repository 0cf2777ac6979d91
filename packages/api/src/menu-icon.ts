// A team's menu icon: it imports the icon's definition from @ant-design/icons-svg (`lib/asn/<Name>Outlined.js`, one
// small file each, so the gateway's bundle takes only the icons the teams use) and the manifest carries its view box
// and paths. The shell draws whatever it is given and holds no list of names a team must pick from.
import type { MenuGlyph } from '@strata/contract';

type SvgNode = { tag: string; attrs: Record<string, string>; children?: SvgNode[] };
type IconDefinition = { name: string; theme: string; icon: SvgNode | ((...colours: string[]) => SvgNode) };

/** Accepts the definition or its CommonJS module (what a default import of the file gives under Node's rules). */
export function menuIcon(imported: IconDefinition | { default: IconDefinition }): MenuGlyph {
  const definition = 'default' in imported ? imported.default : imported;
  const svg = definition.icon;
  if (typeof svg === 'function' || definition.theme === 'twotone') {
    throw new Error(`menu icon ${definition.name}: a two-tone icon has two colours; pick its outlined or filled form`);
  }
  const paths = (svg.children ?? []).map((node) => {
    if (node.tag !== 'path' || !node.attrs.d || node.children?.length) {
      throw new Error(`menu icon ${definition.name}: only paths are drawn, not <${node.tag}>`);
    }
    return node.attrs.d;
  });
  const viewBox = svg.attrs.viewBox;
  if (svg.tag !== 'svg' || !viewBox || paths.length === 0)
    throw new Error(`menu icon ${definition.name}: no SVG paths`);
  return { viewBox, paths };
}
