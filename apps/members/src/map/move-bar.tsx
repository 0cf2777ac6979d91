// Moving a unit on the map: its new place comes from a click on the map, from dragging its marker, or typed as
// latitude and longitude (the way without the map). Saving asks first, then goes through map.locate; the server's
// refusal of a place outside China shows on its field. While a place is picked and not saved, leaving the page asks.
import { applyFieldErrors, errorMessage, formRules, Permitted, useUnsavedChanges } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapUnit } from '../common/api-types';
import { useTRPC } from '../trpc';
import { degrees } from './map-view';

type LngLat = [number, number];
/** Where the new place came from: the map (the fields follow it) or the fields (the marker follows them). */
export type Moving = { unit: MapUnit; at: LngLat | null; from: 'map' | 'fields' };
type Values = { latitude: string; longitude: string };

const parsed = (text: string | undefined) => (text === undefined || text.trim() === '' ? Number.NaN : Number(text));

export function MoveBar({
  moving,
  onChange,
  onClose,
}: {
  moving: Moving;
  onChange: (at: LngLat | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const unsaved = useUnsavedChanges();
  const rules = formRules(t);
  const { unit, at, from } = moving;

  // A place picked on the map is written into the fields (and counts as a change to save).
  useEffect(() => {
    if (from !== 'map' || !at) return;
    form.setFieldsValue({ latitude: degrees(at[1]), longitude: degrees(at[0]) });
    form.setFields([
      { name: 'latitude', errors: [] },
      { name: 'longitude', errors: [] },
    ]);
    unsaved.markDirty();
  }, [from, at, form, unsaved]);

  const locate = useMutation(
    trpc.members.map.locate.mutationOptions({
      onSuccess: async () => {
        unsaved.markClean();
        message.success(t('map.move.saved', { unit: unit.name }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.members.map.pathKey() });
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) message.error(errorMessage(error, t));
      },
    }),
  );

  const save = (values: Values) => {
    const latitude = parsed(values.latitude);
    const longitude = parsed(values.longitude);
    modal.confirm({
      title: t('map.move.confirmTitle', { unit: unit.name }),
      content: t('map.move.confirmText', { latitude: degrees(latitude), longitude: degrees(longitude) }),
      okText: t('map.move.confirm'),
      okButtonProps: { ...{ 'data-testid': 'map-move-confirm' } },
      // A refusal shows on its field (or as a message); the dialog closes either way.
      onOk: () => locate.mutateAsync({ unitId: unit.id, latitude, longitude }).catch(() => undefined),
    });
  };

  const cancel = () => {
    unsaved.markClean();
    onClose();
  };

  return (
    <Card size="small" data-testid="map-move" title={t('map.move.title', { unit: unit.name })}>
      <Form<Values>
        form={form}
        layout="inline"
        initialValues={{
          latitude: unit.latitude === null ? '' : degrees(unit.latitude),
          longitude: unit.longitude === null ? '' : degrees(unit.longitude),
        }}
        onValuesChange={(_, values) => {
          unsaved.markDirty();
          const latitude = parsed(values.latitude);
          const longitude = parsed(values.longitude);
          onChange(Number.isFinite(latitude) && Number.isFinite(longitude) ? [longitude, latitude] : null);
        }}
        onFinish={save}
        style={{ rowGap: 8 }}
      >
        <p style={{ width: '100%', margin: '0 0 8px' }}>{t('map.move.hint')}</p>
        <Form.Item name="latitude" label={t('map.move.latitude')} rules={[rules.required(t('map.move.latitude'))]}>
          <Permitted permission="unit.manage" unitId={unit.id}>
            <Input
              type="number"
              inputMode="decimal"
              step="any"
              style={{ width: 140 }}
              data-testid="map-move-latitude"
            />
          </Permitted>
        </Form.Item>
        <Form.Item name="longitude" label={t('map.move.longitude')} rules={[rules.required(t('map.move.longitude'))]}>
          <Permitted permission="unit.manage" unitId={unit.id}>
            <Input
              type="number"
              inputMode="decimal"
              step="any"
              style={{ width: 140 }}
              data-testid="map-move-longitude"
            />
          </Permitted>
        </Form.Item>
        <Flex gap={8}>
          <Permitted permission="unit.manage" unitId={unit.id}>
            <Button type="primary" htmlType="submit" loading={locate.isPending} data-testid="map-move-save">
              {t('map.move.save')}
            </Button>
          </Permitted>
          <Button onClick={cancel} data-testid="map-move-cancel" data-neutral>
            {t('map.move.cancel')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
