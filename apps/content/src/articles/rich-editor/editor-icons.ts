// The toolbar's icons, imported one by one: they are drawn only on the editor, so they travel in its chunk rather
// than joining the icons the shell provides to every remote on the first visit (shell/src/federation/provided).
export { default as BoldOutlined } from '@ant-design/icons/es/icons/BoldOutlined';
export { default as DeleteColumnOutlined } from '@ant-design/icons/es/icons/DeleteColumnOutlined';
export { default as DeleteOutlined } from '@ant-design/icons/es/icons/DeleteOutlined';
export { default as DeleteRowOutlined } from '@ant-design/icons/es/icons/DeleteRowOutlined';
export { default as InsertRowBelowOutlined } from '@ant-design/icons/es/icons/InsertRowBelowOutlined';
export { default as InsertRowRightOutlined } from '@ant-design/icons/es/icons/InsertRowRightOutlined';
export { default as ItalicOutlined } from '@ant-design/icons/es/icons/ItalicOutlined';
export { default as LineOutlined } from '@ant-design/icons/es/icons/LineOutlined';
export { default as LinkOutlined } from '@ant-design/icons/es/icons/LinkOutlined';
export { default as OrderedListOutlined } from '@ant-design/icons/es/icons/OrderedListOutlined';
export { default as PaperClipOutlined } from '@ant-design/icons/es/icons/PaperClipOutlined';
export { default as PictureOutlined } from '@ant-design/icons/es/icons/PictureOutlined';
export { default as RedoOutlined } from '@ant-design/icons/es/icons/RedoOutlined';
export { default as StrikethroughOutlined } from '@ant-design/icons/es/icons/StrikethroughOutlined';
export { default as TableOutlined } from '@ant-design/icons/es/icons/TableOutlined';
export { default as UnderlineOutlined } from '@ant-design/icons/es/icons/UnderlineOutlined';
export { default as UndoOutlined } from '@ant-design/icons/es/icons/UndoOutlined';
export { default as UnorderedListOutlined } from '@ant-design/icons/es/icons/UnorderedListOutlined';
export { default as UploadOutlined } from '@ant-design/icons/es/icons/UploadOutlined';
export { default as VideoCameraOutlined } from '@ant-design/icons/es/icons/VideoCameraOutlined';
