// A version's outline: its modules in order, each with its lessons in order. On a draft its editors add, rename, move
// and remove modules (an empty one, never the last), and add, change, move (up, down, into another module) and remove
// lessons; each act is the server's at once, and the outline is read again after it. On a phone each row's actions
// stay reachable: a module's in its menu, a lesson's as labelled icons and a menu, wrapping under the lesson.
import { ArrowDownOutlined, ArrowUpOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage, Permitted } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Dropdown,
  Empty,
  Flex,
  type MenuProps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { lazy, type ReactElement, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { tabular } from './course-tags';
import type { Outline, OutlineLesson, OutlineModule } from './course-types';

const LessonFormModal = lazy(() => import('./lesson-form-modal').then((m) => ({ default: m.LessonFormModal })));
const ModuleTitleModal = lazy(() => import('./module-title-modal').then((m) => ({ default: m.ModuleTitleModal })));
const LessonMoveModal = lazy(() => import('./lesson-move-modal').then((m) => ({ default: m.LessonMoveModal })));

type Opened =
  | { what: 'lesson'; moduleId: number; lesson?: OutlineLesson }
  | { what: 'module'; module?: OutlineModule }
  | { what: 'move'; lesson: OutlineLesson; from: OutlineModule };

type Props = { outline: Outline; editable: boolean; unitId: number };

export function OutlineEditor({ outline, editable, unitId }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [opened, setOpened] = useState<Opened>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.training.courses.pathKey() });
  const options = { onSuccess: refresh };
  const moveModule = useMutation(trpc.training.courses.moveModule.mutationOptions(options));
  const removeModule = useMutation(trpc.training.courses.removeModule.mutationOptions(options));
  const moveLesson = useMutation(trpc.training.courses.moveLesson.mutationOptions(options));
  const removeLesson = useMutation(trpc.training.courses.removeLesson.mutationOptions(options));
  const failed = [moveModule, removeModule, moveLesson, removeLesson].find((m) => m.isError)?.error;
  const busy = [moveModule, moveLesson].some((m) => m.isPending);
  const { modules } = outline;

  const askRemoveModule = (module: OutlineModule) =>
    modal.confirm({
      title: t('courses.outline.removeModuleTitle', { title: module.title }),
      content: t('courses.outline.removeModuleText'),
      okText: t('courses.outline.remove'),
      okButtonProps: { danger: true, 'data-testid': 'module-remove-ok' } as ButtonProps,
      onOk: () => removeModule.mutateAsync({ id: module.id }).catch(() => undefined),
    });
  const askRemoveLesson = (lesson: OutlineLesson) =>
    modal.confirm({
      title: t('courses.outline.removeLessonTitle', { title: lesson.title }),
      content: t('courses.outline.removeLessonText'),
      okText: t('courses.outline.remove'),
      okButtonProps: { danger: true, 'data-testid': 'lesson-remove-ok' } as ButtonProps,
      onOk: () => removeLesson.mutateAsync({ id: lesson.id }).catch(() => undefined),
    });

  /** An action of the draft's editors: marked for the per-role walk. */
  const act = (control: ReactElement<Record<string, unknown>>) => (
    <Permitted permission="training.manage" unitId={unitId}>
      {control}
    </Permitted>
  );

  const moduleMenu = (module: OutlineModule, index: number): MenuProps['items'] => [
    { key: 'rename', label: t('courses.outline.renameModule'), onClick: () => setOpened({ what: 'module', module }) },
    {
      key: 'up',
      label: t('courses.outline.moveUp'),
      disabled: index === 0,
      onClick: () => moveModule.mutate({ id: module.id, to: 'up' }),
    },
    {
      key: 'down',
      label: t('courses.outline.moveDown'),
      disabled: index === modules.length - 1,
      onClick: () => moveModule.mutate({ id: module.id, to: 'down' }),
    },
    { type: 'divider' },
    {
      key: 'remove',
      danger: true,
      // Only an empty module, and never the last one (the server's rules, said before asking it).
      disabled: module.lessons.length > 0 || modules.length === 1,
      label: module.lessons.length > 0 ? t('courses.outline.removeModuleNotEmpty') : t('courses.outline.removeModule'),
      onClick: () => askRemoveModule(module),
    },
  ];

  const lessonMenu = (lesson: OutlineLesson, module: OutlineModule): MenuProps['items'] => [
    {
      key: 'edit',
      label: t('courses.outline.editLesson'),
      onClick: () => setOpened({ what: 'lesson', moduleId: module.id, lesson }),
    },
    {
      key: 'move',
      label: t('courses.outline.moveToOther'),
      disabled: modules.length === 1,
      onClick: () => setOpened({ what: 'move', lesson, from: module }),
    },
    { type: 'divider' },
    { key: 'remove', danger: true, label: t('courses.outline.removeLesson'), onClick: () => askRemoveLesson(lesson) },
  ];

  const lessonRow = (lesson: OutlineLesson, module: OutlineModule, index: number) => (
    <Flex
      key={lesson.id}
      wrap
      gap={8}
      align="center"
      justify="space-between"
      style={{ padding: '8px 0', borderTop: index === 0 ? undefined : '1px solid var(--ant-color-split)' }}
      data-testid={`lesson-${lesson.id}`}
    >
      <Flex gap={8} align="baseline" style={{ minWidth: 0, flex: '1 1 240px' }}>
        <Typography.Text type="secondary" style={tabular}>
          {module.position}.{lesson.position}
        </Typography.Text>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Flex wrap gap={6} align="center">
            <Tag style={{ marginInlineEnd: 0 }} data-testid={`lesson-kind-${lesson.id}`}>
              {t(`common.lessonKind.${lesson.kind}`)}
            </Tag>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {lesson.title}
            </Typography.Text>
          </Flex>
          <LessonDetail lesson={lesson} />
        </Flex>
      </Flex>
      {editable && (
        <Flex gap={4} align="center" wrap>
          {act(
            <Button
              size="small"
              onClick={() => setOpened({ what: 'lesson', moduleId: module.id, lesson })}
              data-testid={`lesson-edit-${lesson.id}`}
            >
              {t('courses.outline.edit')}
            </Button>,
          )}
          <Tooltip title={t('courses.outline.moveUp')}>
            {act(
              <Button
                size="small"
                icon={<ArrowUpOutlined />}
                aria-label={t('courses.outline.moveLessonUp', { title: lesson.title })}
                disabled={index === 0 || busy}
                onClick={() => moveLesson.mutate({ id: lesson.id, to: 'up' })}
                data-testid={`lesson-up-${lesson.id}`}
              />,
            )}
          </Tooltip>
          <Tooltip title={t('courses.outline.moveDown')}>
            {act(
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                aria-label={t('courses.outline.moveLessonDown', { title: lesson.title })}
                disabled={index === module.lessons.length - 1 || busy}
                onClick={() => moveLesson.mutate({ id: lesson.id, to: 'down' })}
                data-testid={`lesson-down-${lesson.id}`}
              />,
            )}
          </Tooltip>
          <Dropdown menu={{ items: lessonMenu(lesson, module) }} trigger={['click']}>
            {act(
              <Button
                size="small"
                aria-label={t('courses.outline.lessonActions', { title: lesson.title })}
                data-testid={`lesson-more-${lesson.id}`}
              >
                {t('courses.outline.more')} <DownOutlined />
              </Button>,
            )}
          </Dropdown>
        </Flex>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={12} data-testid="outline-editor">
      {failed ? <Alert type="error" showIcon title={errorMessage(failed, t)} data-testid="outline-failed" /> : null}
      {modules.map((module, index) => (
        <Card
          key={module.id}
          size="small"
          data-testid={`module-${module.id}`}
          title={
            <Typography.Text strong style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
              {t('courses.outline.moduleName', { position: module.position, title: module.title })}
            </Typography.Text>
          }
          extra={
            editable && (
              <Dropdown menu={{ items: moduleMenu(module, index) }} trigger={['click']}>
                {act(
                  <Button
                    size="small"
                    aria-label={t('courses.outline.moduleActions', { title: module.title })}
                    data-testid={`module-more-${module.id}`}
                  >
                    {t('courses.outline.more')} <DownOutlined />
                  </Button>,
                )}
              </Dropdown>
            )
          }
        >
          {module.lessons.length === 0 ? (
            <Typography.Text type="secondary">
              {t(editable ? 'courses.outline.emptyModuleEditable' : 'courses.outline.emptyModule')}
            </Typography.Text>
          ) : (
            module.lessons.map((lesson, i) => lessonRow(lesson, module, i))
          )}
          {editable && (
            <div style={{ marginTop: 8 }}>
              {act(
                <Button
                  type="dashed"
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setOpened({ what: 'lesson', moduleId: module.id })}
                  data-testid={`lesson-add-${module.id}`}
                >
                  {t('courses.outline.addLesson')}
                </Button>,
              )}
            </div>
          )}
        </Card>
      ))}
      {modules.length === 0 && <Empty description={t('courses.outline.noModules')} />}
      {editable && (
        <div>
          {act(
            <Button icon={<PlusOutlined />} onClick={() => setOpened({ what: 'module' })} data-testid="module-add">
              {t('courses.outline.addModule')}
            </Button>,
          )}
        </div>
      )}
      <Suspense fallback={null}>
        {opened?.what === 'lesson' && (
          <LessonFormModal
            moduleId={opened.moduleId}
            unitId={unitId}
            lesson={opened.lesson}
            onClose={() => setOpened(undefined)}
          />
        )}
        {opened?.what === 'module' && (
          <ModuleTitleModal versionId={outline.id} module={opened.module} onClose={() => setOpened(undefined)} />
        )}
        {opened?.what === 'move' && (
          <LessonMoveModal
            lesson={opened.lesson}
            from={opened.from}
            modules={modules}
            onClose={() => setOpened(undefined)}
          />
        )}
      </Suspense>
    </Flex>
  );
}

/** What a lesson holds, in a line: its minutes, and its file or address. */
function LessonDetail({ lesson }: { lesson: OutlineLesson }) {
  const { t } = useTranslation('training');
  const parts = [
    lesson.minutes > 0 ? t('common.minutes', { count: lesson.minutes }) : null,
    (lesson.kind === 'file' || lesson.kind === 'video') && lesson.fileName ? (
      lesson.fileUrl ? (
        <Typography.Link key="file" href={lesson.fileUrl} target="_blank" rel="noreferrer" data-neutral>
          {lesson.fileName}
        </Typography.Link>
      ) : (
        lesson.fileName
      )
    ) : null,
    lesson.kind === 'link' && lesson.url ? (
      <Typography.Link key="url" href={lesson.url} target="_blank" rel="noreferrer noopener" data-neutral>
        {lesson.url}
      </Typography.Link>
    ) : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
      {parts.map((part, i) => (
        <span key={typeof part === 'string' ? part : i}>
          {i > 0 && ' · '}
          {part}
        </span>
      ))}
    </Typography.Text>
  );
}
