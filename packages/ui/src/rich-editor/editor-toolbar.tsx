// The editor's toolbar: each button names its action for screen readers and shows whether it is on. Files go up
// to the unit of what is written (an article's, a course's) through the gateway (uploadFile, for the editor's
// purpose), with progress; the server says why it refuses one.

import { UploadError, type UploadedFile, type UploadPurpose, uploadFile } from '@strata/client/upload';
import { type Editor, useEditorState } from '@tiptap/react';
import { App, Button, Input, Modal, Space, Tooltip } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoldOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  Icon,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  LineOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PaperClipOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
  VideoCameraOutlined,
} from './editor-icons';
import { richEditorNs } from './editor-words';
import { linkHref } from './link-href';

type Kind = 'image' | 'document' | 'video';
const accept: Record<Kind, string> = {
  image: 'image/jpeg,image/png,image/gif,image/webp',
  video: 'video/mp4,video/webm',
  document: '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.zip',
};

const separator = { display: 'inline-block', width: 1, height: 16, margin: '0 4px', background: 'rgba(5, 5, 5, 0.12)' };

/** The name a reader sees for a picture when it cannot be shown: the file's name without its extension. */
const altOf = (name: string) => name.replace(/\.[^.]+$/, '');

export function EditorToolbar({ editor, unitId, purpose }: { editor: Editor; unitId: number; purpose: UploadPurpose }) {
  const { t, i18n } = useTranslation(richEditorNs);
  const { message } = App.useApp();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      image: e.isActive('image'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState<Kind>('image');
  const [uploading, setUploading] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [altOpen, setAltOpen] = useState(false);

  const chain = () => editor.chain().focus();
  const pick = (kind: Kind) => {
    setPicking(kind);
    // The input's accept list must change before the browser's dialog opens.
    requestAnimationFrame(() => fileInput.current?.click());
  };

  const insert = (kind: Kind, file: UploadedFile) => {
    // The page shows the resized preview (its metadata, a camera's GPS included, stripped); the original stays a
    // download away.
    if (kind === 'image')
      chain()
        .setImage({ src: file.previewUrl ?? file.url, alt: altOf(file.name) })
        .run();
    else if (kind === 'video')
      chain()
        .insertContent({ type: 'video', attrs: { src: file.url } })
        .run();
    else
      chain()
        .insertContent({ type: 'text', text: file.name, marks: [{ type: 'link', attrs: { href: file.url } }] })
        .insertContent(' ')
        .run();
  };

  const upload = async (file: File) => {
    const key = 'rich-editor-upload';
    setUploading(true);
    try {
      const stored = await uploadFile({
        unitId,
        purpose,
        file,
        locale: i18n.language,
        onProgress: (fraction) =>
          message.loading({
            key,
            content: t('uploading', { name: file.name, percent: Math.round(fraction * 100) }),
            duration: 0,
          }),
      });
      insert(picking, stored);
      message.success({ key, content: t('uploaded', { name: stored.name }) });
    } catch (error) {
      const reason = error instanceof UploadError && error.status > 0 ? error.message : t('uploadFailed');
      message.error({ key, content: `${file.name}: ${reason}`, duration: 8 });
    } finally {
      setUploading(false);
    }
  };

  const button = (label: string, icon: ReactNode, onClick: () => void, active = false, disabled = false) => (
    <Tooltip title={label} key={label}>
      <Button
        type={active ? 'primary' : 'text'}
        ghost={active}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        onClick={onClick}
      />
    </Tooltip>
  );
  const heading = (level: 2 | 3 | 4, active: boolean) => (
    <Tooltip title={t('heading', { level: level - 1 })} key={level}>
      <Button
        type={active ? 'primary' : 'text'}
        ghost={active}
        size="small"
        aria-label={`H${level - 1} ${t('heading', { level: level - 1 })}`}
        aria-pressed={active}
        onClick={() => chain().toggleHeading({ level }).run()}
      >
        {`H${level - 1}`}
      </Button>
    </Tooltip>
  );

  return (
    <div role="toolbar" aria-label={t('toolbar')} style={{ padding: 4, borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
      <Space size={2} wrap>
        {button(t('undo'), <Icon svg={UndoOutlined} />, () => chain().undo().run(), false, !state.canUndo)}
        {button(t('redo'), <Icon svg={RedoOutlined} />, () => chain().redo().run(), false, !state.canRedo)}
        <span aria-hidden style={separator} />
        {heading(2, state.h2)}
        {heading(3, state.h3)}
        {heading(4, state.h4)}
        <span aria-hidden style={separator} />
        {button(t('bold'), <Icon svg={BoldOutlined} />, () => chain().toggleBold().run(), state.bold)}
        {button(t('italic'), <Icon svg={ItalicOutlined} />, () => chain().toggleItalic().run(), state.italic)}
        {button(
          t('underline'),
          <Icon svg={UnderlineOutlined} />,
          () => chain().toggleUnderline().run(),
          state.underline,
        )}
        {button(t('strike'), <Icon svg={StrikethroughOutlined} />, () => chain().toggleStrike().run(), state.strike)}
        <span aria-hidden style={separator} />
        {button(
          t('bulletList'),
          <Icon svg={UnorderedListOutlined} />,
          () => chain().toggleBulletList().run(),
          state.bullet,
        )}
        {button(
          t('orderedList'),
          <Icon svg={OrderedListOutlined} />,
          () => chain().toggleOrderedList().run(),
          state.ordered,
        )}
        <Tooltip title={t('quote')}>
          <Button
            type={state.quote ? 'primary' : 'text'}
            ghost={state.quote}
            size="small"
            aria-label={`“ ” ${t('quote')}`}
            aria-pressed={state.quote}
            onClick={() => chain().toggleBlockquote().run()}
          >
            “ ”
          </Button>
        </Tooltip>
        {button(t('rule'), <Icon svg={LineOutlined} />, () => chain().setHorizontalRule().run())}
        <span aria-hidden style={separator} />
        {button(t('link'), <Icon svg={LinkOutlined} />, () => setLinkOpen(true), state.link)}
        {button(t('image'), <Icon svg={PictureOutlined} />, () => pick('image'), false, uploading)}
        {state.image && (
          <Button size="small" onClick={() => setAltOpen(true)}>
            {t('altText')}
          </Button>
        )}
        {button(t('attachment'), <Icon svg={PaperClipOutlined} />, () => pick('document'), false, uploading)}
        {button(t('video'), <Icon svg={VideoCameraOutlined} />, () => pick('video'), false, uploading)}
        {button(t('table'), <Icon svg={TableOutlined} />, () =>
          chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        )}
        {state.table && (
          <>
            {button(t('addRow'), <Icon svg={InsertRowBelowOutlined} />, () => chain().addRowAfter().run())}
            {button(t('addColumn'), <Icon svg={InsertRowRightOutlined} />, () => chain().addColumnAfter().run())}
            {button(t('deleteRow'), <Icon svg={DeleteRowOutlined} />, () => chain().deleteRow().run())}
            {button(t('deleteColumn'), <Icon svg={DeleteColumnOutlined} />, () => chain().deleteColumn().run())}
            {button(t('deleteTable'), <Icon svg={DeleteOutlined} />, () => chain().deleteTable().run())}
          </>
        )}
      </Space>
      <input
        ref={fileInput}
        type="file"
        style={{ display: 'none' }}
        accept={accept[picking]}
        aria-label={t(`${picking === 'document' ? 'attachment' : picking}`)}
        data-testid="rich-editor-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      {linkOpen && (
        <LinkModal
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onClose={() => setLinkOpen(false)}
          onSave={(href) => {
            if (href) chain().extendMarkRange('link').setLink({ href }).run();
            else chain().extendMarkRange('link').unsetLink().run();
            setLinkOpen(false);
          }}
        />
      )}
      {altOpen && (
        <AltModal
          initial={(editor.getAttributes('image').alt as string | undefined) ?? ''}
          onClose={() => setAltOpen(false)}
          onSave={(alt) => {
            chain().updateAttributes('image', { alt }).run();
            setAltOpen(false);
          }}
        />
      )}
    </div>
  );
}

function LinkModal({
  initial,
  onSave,
  onClose,
}: {
  initial: string;
  onSave: (href: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(richEditorNs);
  const [text, setText] = useState(initial);
  const href = linkHref(text);
  const invalid = text.trim() !== '' && href === null;
  return (
    <Modal
      open
      title={t('link')}
      okText={text.trim() ? t('linkSave') : t('linkRemove')}
      okButtonProps={{ disabled: invalid }}
      onOk={() => onSave(href ?? '')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => !invalid && onSave(href ?? '')}
        placeholder="https://"
        status={invalid ? 'error' : undefined}
        aria-label={t('linkAddress')}
        aria-invalid={invalid}
      />
      <div style={{ marginTop: 8, color: invalid ? 'var(--ant-color-error)' : undefined }}>
        {invalid ? t('linkInvalid') : t('linkHint')}
      </div>
    </Modal>
  );
}

function AltModal({
  initial,
  onSave,
  onClose,
}: {
  initial: string;
  onSave: (alt: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(richEditorNs);
  const [alt, setAlt] = useState(initial);
  return (
    <Modal open title={t('altText')} onOk={() => onSave(alt.trim())} onCancel={onClose} destroyOnHidden>
      <Input
        autoFocus
        value={alt}
        maxLength={200}
        onChange={(e) => setAlt(e.target.value)}
        onPressEnter={() => onSave(alt.trim())}
        aria-label={t('altText')}
      />
      <div style={{ marginTop: 8 }}>{t('altHint')}</div>
    </Modal>
  );
}
