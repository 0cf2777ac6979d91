import { Tooltip } from 'antd';
import { type ReactNode, useRef, useState } from 'react';

type Props = { text: string; children?: ReactNode };

/**
 * One line cut short with an ellipsis when its box is too narrow, the whole text in a tooltip then (and
 * only then). Plain CSS, measured on hover: cheap enough for every row of a large tree.
 */
export function TruncatedText({ text, children }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const cutShort = () => (ref.current ? ref.current.scrollWidth > ref.current.clientWidth : false);
  return (
    <Tooltip title={text} open={open} onOpenChange={(next) => setOpen(next && cutShort())}>
      <span
        ref={ref}
        style={{ display: 'block', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {children ?? text}
      </span>
    </Tooltip>
  );
}
