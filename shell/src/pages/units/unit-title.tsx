import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api-types';
import { TruncatedText } from './truncated-text';
import { matchIn } from './unit-search';

type Props = { unit: Unit; query: string };

/**
 * A unit's name in the tree: cut short with an ellipsis when the row is too narrow (the whole name in a
 * tooltip), the part a search matched marked, and a tag on an archived unit.
 */
export function UnitTitle({ unit, query }: Props) {
  const { t } = useTranslation('shell');
  const range = matchIn(unit.name, query);
  const characters = Array.from(unit.name);
  const name = range ? (
    <>
      {characters.slice(0, range[0]).join('')}
      <mark style={{ padding: 0, backgroundColor: '#ffe58f' }}>{characters.slice(range[0], range[1]).join('')}</mark>
      {characters.slice(range[1]).join('')}
    </>
  ) : (
    unit.name
  );
  return (
    <Flex align="center" gap={4} style={{ minWidth: 0 }}>
      <TruncatedText text={unit.name}>{name}</TruncatedText>
      {unit.archivedAt && <Tag style={{ marginInlineEnd: 0 }}>{t('units.archived')}</Tag>}
    </Flex>
  );
}
