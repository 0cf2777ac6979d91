// Adding a lesson to a module of a draft, or changing one: its kind, title and expected minutes, and by kind its
// content: a text lesson's body in the rich text editor (loaded only when a text lesson's form draws it; its pictures,
// attachments and videos go to the course's unit), a document or a video uploaded to the course's unit with its
// progress, or a web address. The limits are the server's (@strata/contract); its refusal of a field shows on it.
import { lessonKinds, trainingLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { RichTextField } from '@strata/ui/rich-editor';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Col, Form, type FormRule, Input, InputNumber, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { LessonInput, OutlineLesson } from './course-types';
import { LessonFileField, type ShownFile } from './lesson-file-field';

type Kind = LessonInput['kind'];
type Values = {
  kind: Kind;
  title: string;
  body: string;
  /** A file lesson's document and a video lesson's video, kept apart so switching the kind loses neither. */
  documentId: number | null;
  videoId: number | null;
  url: string;
  minutes: number | null;
};

type Props = {
  /** The module a new lesson goes into (last). */
  moduleId: number;
  /** The course's unit: the files the lesson holds belong to it. */
  unitId: number;
  /** The lesson changed, or none for a new one. */
  lesson: OutlineLesson | undefined;
  onClose: () => void;
};

/** An http(s) address with a host, as the server checks it. */
function isHttpAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function LessonFormModal({ moduleId, unitId, lesson, onClose }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const [uploading, setUploading] = useState(false);
  const kind = (Form.useWatch('kind', form) ?? lesson?.kind ?? 'text') as Kind;
  const label = (key: string) => t(`courses.lessonForm.${key}`);
  const saved = async () => {
    message.success(lesson ? label('updated') : label('added'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.courses.pathKey() });
  };
  // The server names the lesson's file `fileId`: here it is the field of the kind chosen.
  const onError = (error: unknown) =>
    applyFieldErrors(form, error, { fileId: form.getFieldValue('kind') === 'video' ? 'videoId' : 'documentId' });
  const add = useMutation(trpc.training.courses.addLesson.mutationOptions({ onSuccess: saved, onError }));
  const update = useMutation(trpc.training.courses.updateLesson.mutationOptions({ onSuccess: saved, onError }));

  const fileOf = (of: Kind): ShownFile | null =>
    lesson && lesson.kind === of && lesson.fileName ? { name: lesson.fileName, url: lesson.fileUrl } : null;

  const submit = (values: Values) => {
    const chosen = values.kind;
    const fields = {
      kind: chosen,
      title: values.title.trim(),
      // A text lesson's content; the other kinds keep a note they had (none is written here).
      body: chosen === 'text' ? (values.body ?? '') : lesson && lesson.kind !== 'text' ? lesson.body : '',
      fileId: chosen === 'file' ? values.documentId : chosen === 'video' ? values.videoId : null,
      url: chosen === 'link' ? values.url.trim() : '',
      minutes: values.minutes ?? 0,
    };
    if (lesson) update.mutate({ id: lesson.id, ...fields });
    else add.mutate({ moduleId, ...fields });
  };

  const needsFile = (of: Kind, word: string): FormRule[] =>
    kind === of ? [{ required: true, message: label(word) }] : [];
  const httpRule: FormRule = {
    validator: (_, value?: string) =>
      !value?.trim() || isHttpAddress(value.trim())
        ? Promise.resolve()
        : Promise.reject(new Error(label('urlInvalid'))),
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={lesson ? update : add}
      open
      width={kind === 'text' ? 880 : 620}
      title={lesson ? t('courses.lessonForm.editTitle', { title: lesson.title }) : label('addTitle')}
      okButtonProps={{ 'data-testid': 'lesson-form-save', disabled: uploading } as ButtonProps}
      onCancel={onClose}
      initialValues={{
        kind: lesson?.kind ?? 'text',
        title: lesson?.title ?? '',
        body: lesson?.kind === 'text' ? lesson.body : '',
        documentId: lesson?.kind === 'file' ? lesson.fileId : null,
        videoId: lesson?.kind === 'video' ? lesson.fileId : null,
        url: lesson?.kind === 'link' ? lesson.url : '',
        minutes: lesson?.minutes ?? 0,
      }}
      onFinish={submit}
      testId="lesson-form"
    >
      <Form.Item name="kind" label={label('kind')} rules={[rules.choose(label('kind'))]}>
        <Radio.Group
          optionType="button"
          options={lessonKinds.map((value) => ({ value, label: t(`common.lessonKind.${value}`) }))}
          data-testid="lesson-form-kind"
        />
      </Form.Item>
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={16}>
          <Form.Item
            name="title"
            label={label('title')}
            rules={[rules.required(label('title')), rules.maxLength(trainingLimits.titleMax)]}
          >
            <Input maxLength={trainingLimits.titleMax} showCount data-testid="lesson-form-title" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="minutes"
            label={label('minutes')}
            extra={label('minutesHint')}
            rules={[
              {
                type: 'integer',
                min: 0,
                max: trainingLimits.lessonMinutesMax,
                message: t('courses.lessonForm.minutesRange', { max: trainingLimits.lessonMinutesMax }),
              },
            ]}
          >
            <InputNumber
              min={0}
              max={trainingLimits.lessonMinutesMax}
              precision={0}
              style={{ width: '100%' }}
              data-testid="lesson-form-minutes"
            />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'text' && (
        <Form.Item
          name="body"
          label={label('body')}
          rules={[
            { required: true, whitespace: true, message: label('bodyRequired') },
            {
              max: trainingLimits.bodyMax,
              message: t('courses.lessonForm.bodyTooLong', { max: trainingLimits.bodyMax }),
            },
          ]}
        >
          <RichTextField unitId={unitId} purpose="training" label={label('body')} testId="lesson-form-body" />
        </Form.Item>
      )}
      {/* Both file fields stay mounted (hidden when another kind is chosen): an upload is not lost by a change of mind. */}
      <Form.Item
        name="documentId"
        label={label('document')}
        hidden={kind !== 'file'}
        rules={needsFile('file', 'documentRequired')}
      >
        <LessonFileField
          kind="document"
          unitId={unitId}
          initial={fileOf('file')}
          onUploading={setUploading}
          testId="lesson-form-document"
        />
      </Form.Item>
      <Form.Item
        name="videoId"
        label={label('video')}
        hidden={kind !== 'video'}
        rules={needsFile('video', 'videoRequired')}
      >
        <LessonFileField
          kind="video"
          unitId={unitId}
          initial={fileOf('video')}
          onUploading={setUploading}
          testId="lesson-form-video"
        />
      </Form.Item>
      {kind === 'link' && (
        <Form.Item
          name="url"
          label={label('url')}
          extra={label('urlHint')}
          rules={[rules.required(label('url')), rules.maxLength(trainingLimits.urlMax), httpRule]}
        >
          <Input
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={trainingLimits.urlMax}
            data-testid="lesson-form-url"
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
