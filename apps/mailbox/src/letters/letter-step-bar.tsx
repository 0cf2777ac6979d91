import { Permitted, useAccess } from '@strata/ui';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Letter } from '../common/api-types';
import { offeredSteps, primaryStep, type Step } from './letter-steps';

type Props = {
  letter: Pick<Letter, 'id' | 'unitId' | 'actions'>;
  /**
   * The unit above the letter's, where deciding an extension is allowed (unknown while the unit tree loads, or when
   * the reader does not see it: the button is then shown disabled).
   */
  parentUnitId: number | undefined;
  /** The step in progress (its button spins). */
  pending?: Step;
  onStep: (step: Step) => void;
};

/**
 * The buttons of the steps the server says the caller may take now, each behind `mailbox.handle` where it is
 * checked: at the letter's unit, or one level up for deciding an extension.
 */
export function LetterStepBar({ letter, parentUnitId, pending, onStep }: Props) {
  const { t } = useTranslation('mailbox');
  const access = useAccess();
  // The steps at the letter's unit need the permission there (hidden without it, as `Permitted` hides them); deciding
  // an extension shows, disabled, until the unit above is known to allow it.
  const steps = offeredSteps(letter.actions).filter(
    (step) => step === 'decideExtension' || access.can('mailbox.handle', letter.unitId),
  );
  const primary = primaryStep(letter.actions);
  if (steps.length === 0) return null;
  return (
    <Flex wrap gap={8} role="group" aria-label={t('steps.label')} data-testid="letter-steps">
      {steps.map((step) => {
        const above = step === 'decideExtension';
        return (
          <Permitted
            key={step}
            permission="mailbox.handle"
            unitId={above ? (parentUnitId ?? 0) : letter.unitId}
            whenDenied={above ? 'disable' : 'hide'}
          >
            <Button
              type={step === primary ? 'primary' : 'default'}
              danger={step === 'reject'}
              loading={pending === step}
              onClick={() => onStep(step)}
              data-testid={`letter-step-${step}`}
            >
              {t(`steps.${step}`)}
            </Button>
          </Permitted>
        );
      })}
    </Flex>
  );
}
