import { useT } from '../../components/ui/use-t';
import type { SolutionTag } from '../../domain/referral-schema';
import { CHIP_FIELDS } from './form-model';
import { ChipsField } from '../../shared/form/chips-field';

type RequirementsSectionProps = { savedSolutions: readonly SolutionTag[] | null | undefined };

export function RequirementsSection({ savedSolutions }: RequirementsSectionProps) {
  const { t } = useT('edit');
  // Solutions are catalogue ids ("SOL-34104-EBB"): show their names where the saved copy has them.
  const solutionLabel = (id: string) => savedSolutions?.find((s) => s.id === id)?.name || id;
  return (
    <section className="edit-section" aria-labelledby="edit-section-requirements">
      <h2 id="edit-section-requirements">{t('section.requirements')}</h2>
      <div className="chip-grid">
        {CHIP_FIELDS.map((name) => (
          <ChipsField
            key={name}
            name={name}
            label={t(`referral:field.details.requirements.${name}`)}
            chipLabel={name === 'solutions' ? solutionLabel : undefined}
          />
        ))}
      </div>
    </section>
  );
}
