import type { MenuGlyph } from '@strata/contract';
import type { ReactNode } from 'react';
import { strokeIcon } from './stroke-icon';

// Four squares, in a few strokes as the header's icons.
const anyIcon = strokeIcon('M4 4h6v6H4zm10 0h6v6h-6zM4 14h6v6H4zm10 0h6v6h-6z');

/**
 * A remote's menu icon, drawn from the paths its team put in the manifest (packages/api/src/menu-icon.ts), sized and
 * coloured as antd's icons: the shell ships no team's icons, so a new team picks any without editing it. A neutral
 * icon stands in for an entry without one.
 */
export const remoteIcon = (glyph: MenuGlyph | undefined): ReactNode =>
  glyph ? (
    <span className="anticon">
      <svg aria-hidden="true" viewBox={glyph.viewBox} width="1em" height="1em" fill="currentColor" focusable="false">
        {glyph.paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    </span>
  ) : (
    anyIcon
  );
