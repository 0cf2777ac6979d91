// The editor's icons, drawn from @ant-design/icons-svg's outlines by a few lines here rather than through
// @ant-design/icons: its runtime (and React's whole namespace, which it imports) would otherwise come with the
// editor, and the shell provides only the few icons every remote draws (shell/src/federation/provided/icons.ts).

import BoldOutlinedSvg from '@ant-design/icons-svg/es/asn/BoldOutlined';
import DeleteColumnOutlinedSvg from '@ant-design/icons-svg/es/asn/DeleteColumnOutlined';
import DeleteOutlinedSvg from '@ant-design/icons-svg/es/asn/DeleteOutlined';
import DeleteRowOutlinedSvg from '@ant-design/icons-svg/es/asn/DeleteRowOutlined';
import InsertRowBelowOutlinedSvg from '@ant-design/icons-svg/es/asn/InsertRowBelowOutlined';
import InsertRowRightOutlinedSvg from '@ant-design/icons-svg/es/asn/InsertRowRightOutlined';
import ItalicOutlinedSvg from '@ant-design/icons-svg/es/asn/ItalicOutlined';
import LineOutlinedSvg from '@ant-design/icons-svg/es/asn/LineOutlined';
import LinkOutlinedSvg from '@ant-design/icons-svg/es/asn/LinkOutlined';
import OrderedListOutlinedSvg from '@ant-design/icons-svg/es/asn/OrderedListOutlined';
import PaperClipOutlinedSvg from '@ant-design/icons-svg/es/asn/PaperClipOutlined';
import PictureOutlinedSvg from '@ant-design/icons-svg/es/asn/PictureOutlined';
import RedoOutlinedSvg from '@ant-design/icons-svg/es/asn/RedoOutlined';
import StrikethroughOutlinedSvg from '@ant-design/icons-svg/es/asn/StrikethroughOutlined';
import TableOutlinedSvg from '@ant-design/icons-svg/es/asn/TableOutlined';
import UnderlineOutlinedSvg from '@ant-design/icons-svg/es/asn/UnderlineOutlined';
import UndoOutlinedSvg from '@ant-design/icons-svg/es/asn/UndoOutlined';
import UnorderedListOutlinedSvg from '@ant-design/icons-svg/es/asn/UnorderedListOutlined';
import UploadOutlinedSvg from '@ant-design/icons-svg/es/asn/UploadOutlined';
import VideoCameraOutlinedSvg from '@ant-design/icons-svg/es/asn/VideoCameraOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import { createElement, type ReactElement } from 'react';

type Node = { tag: string; attrs: Record<string, string>; children?: Node[] };

const draw = (node: Node, key?: number): ReactElement =>
  createElement(node.tag, { ...node.attrs, key }, ...(node.children ?? []).map((child, i) => draw(child, i)));

/** An icon as antd draws one: 1em square, the text's colour, hidden from screen readers (its button is named). */
export function Icon({ svg }: { svg: IconDefinition }) {
  const root = svg.icon as Node;
  return createElement(
    'span',
    { role: 'img', 'aria-hidden': true, className: 'anticon' },
    createElement(
      'svg',
      { ...root.attrs, width: '1em', height: '1em', fill: 'currentColor' },
      ...(root.children ?? []).map((child, i) => draw(child, i)),
    ),
  );
}

export {
  BoldOutlinedSvg as BoldOutlined,
  DeleteColumnOutlinedSvg as DeleteColumnOutlined,
  DeleteOutlinedSvg as DeleteOutlined,
  DeleteRowOutlinedSvg as DeleteRowOutlined,
  InsertRowBelowOutlinedSvg as InsertRowBelowOutlined,
  InsertRowRightOutlinedSvg as InsertRowRightOutlined,
  ItalicOutlinedSvg as ItalicOutlined,
  LineOutlinedSvg as LineOutlined,
  LinkOutlinedSvg as LinkOutlined,
  OrderedListOutlinedSvg as OrderedListOutlined,
  PaperClipOutlinedSvg as PaperClipOutlined,
  PictureOutlinedSvg as PictureOutlined,
  RedoOutlinedSvg as RedoOutlined,
  StrikethroughOutlinedSvg as StrikethroughOutlined,
  TableOutlinedSvg as TableOutlined,
  UnderlineOutlinedSvg as UnderlineOutlined,
  UndoOutlinedSvg as UndoOutlined,
  UnorderedListOutlinedSvg as UnorderedListOutlined,
  UploadOutlinedSvg as UploadOutlined,
  VideoCameraOutlinedSvg as VideoCameraOutlined,
};
