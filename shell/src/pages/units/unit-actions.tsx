import { Permitted } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit, UnitDetails } from '../../api-types';
import { useTRPC } from '../../trpc';
import { confirmStyles } from './confirm-styles';
import { childKinds } from './unit-kinds';
import { UnitMoveModal } from './unit-move-modal';
import { UnitNameModal } from './unit-name-modal';
import { UnitProfileModal } from './unit-profile-modal';
import { UnitRestore } from './unit-restore';
import { useTreeChangeFeedback } from './use-units-invalidation';

type Props = { unit: UnitDetails; units: Unit[]; onCreated: (id: number) => void };
type Dialog = 'create' | 'rename' | 'move' | 'profile' | undefined;

/**
 * What a manager of the unit may do with it: create a child, edit its details, rename, move, archive; an
 * archived unit only offers to be restored, the root neither moves nor archives. Each is shown only with
 * unit.manage at the unit (the server's rule), and marked for the per-role check.
 */
export function UnitActions({ unit, units, onCreated }: Props) {
  const { t } = useTranslation('shell');
  const trpc = useTRPC();
  const [dialog, setDialog] = useState<Dialog>();
  const archive = useMutation(trpc.identity.units.archive.mutationOptions(useTreeChangeFeedback('units.archivedDone')));
  if (unit.archivedAt) return <UnitRestore unit={unit} units={units} />;
  const isRoot = unit.parentId === null || unit.kind === 'municipality';
  // Every action here is `units.*` behind unit.manage at this unit (services/identity/src/units/router.ts).
  const manage = { permission: 'unit.manage', unitId: unit.id };

  return (
    <Space wrap>
      {childKinds(unit.kind).length > 0 && (
        <Permitted {...manage}>
          <Button type="primary" onClick={() => setDialog('create')} data-testid="unit-create-child">
            {t('units.createChild')}
          </Button>
        </Permitted>
      )}
      <Permitted {...manage}>
        <Button onClick={() => setDialog('profile')} data-testid="unit-edit-profile">
          {t('units.editProfile')}
        </Button>
      </Permitted>
      <Permitted {...manage}>
        <Button onClick={() => setDialog('rename')} data-testid="unit-rename">
          {t('units.rename')}
        </Button>
      </Permitted>
      {!isRoot && (
        <Permitted {...manage}>
          <Button onClick={() => setDialog('move')} data-testid="unit-move">
            {t('units.move')}
          </Button>
        </Permitted>
      )}
      {!isRoot && unit.childCount > 0 && (
        // The server refuses it (unitHasActiveChildren): say so up front, not after a confirmation.
        <>
          <Permitted {...manage}>
            <Button danger disabled data-testid="unit-archive">
              {t('units.archive')}
            </Button>
          </Permitted>
          <Typography.Text type="secondary" data-testid="unit-archive-blocked">
            {t('units.archiveBlocked', { count: unit.childCount })}
          </Typography.Text>
        </>
      )}
      {!isRoot && unit.childCount === 0 && (
        <Popconfirm
          title={t('units.archive')}
          description={t('units.archiveConfirm', { name: unit.name })}
          okText={t('units.archive')}
          cancelText={t('common:cancel')}
          styles={confirmStyles}
          okButtonProps={{ danger: true }}
          onConfirm={() => archive.mutateAsync({ id: unit.id }).catch(() => undefined)}
        >
          <Permitted {...manage}>
            <Button danger loading={archive.isPending} data-testid="unit-archive">
              {t('units.archive')}
            </Button>
          </Permitted>
        </Popconfirm>
      )}
      <UnitNameModal
        mode="create"
        unit={unit}
        open={dialog === 'create'}
        onClose={(id) => {
          setDialog(undefined);
          if (id !== undefined) onCreated(id);
        }}
      />
      <UnitProfileModal unit={unit} open={dialog === 'profile'} onClose={() => setDialog(undefined)} />
      <UnitNameModal mode="rename" unit={unit} open={dialog === 'rename'} onClose={() => setDialog(undefined)} />
      <UnitMoveModal unit={unit} units={units} open={dialog === 'move'} onClose={() => setDialog(undefined)} />
    </Space>
  );
}
