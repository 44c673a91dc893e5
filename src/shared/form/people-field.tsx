import { useFieldArray, useWatch } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { useFormKit } from './form-kit';
import { TextField } from './text-field';

type Person = { firstName: string; lastName: string; email: string; phoneNumber: string };

type PeopleFieldProps = {
  name: 'contacts' | 'team';
  /** A new, empty person as the form keeps one. */
  newPerson: () => Person;
};

/** Customer contacts or our team members: name, email, phone, with add and remove. */
export function PeopleField({ name, newPerson }: PeopleFieldProps) {
  const { form } = useFormKit();
  const { t } = useT(form);
  const { fields, append, remove } = useFieldArray({ name });
  const people = (useWatch({ name }) as Person[] | undefined) ?? [];
  const itemKey = name === 'contacts' ? 'people.contact' : 'people.teamMember';
  return (
    <div className="members">
      {fields.length === 0 && <p className="field-hint">{t('people.empty')}</p>}
      {fields.map((person, index) => {
        const title = t(itemKey, { n: index + 1 });
        const current = people[index];
        const fullName = [current?.firstName, current?.lastName].filter(Boolean).join(' ');
        return (
          <fieldset key={person.id} className="member">
            <legend>{title}</legend>
            <div className="member-grid">
              <TextField name={`${name}.${index}.firstName`} label={t('people.firstName')} />
              <TextField name={`${name}.${index}.lastName`} label={t('people.lastName')} />
              <TextField
                name={`${name}.${index}.email`}
                label={t('people.email')}
                type="email"
                autoComplete="off"
              />
              <TextField
                name={`${name}.${index}.phoneNumber`}
                label={t('people.phoneNumber')}
                type="tel"
                autoComplete="off"
              />
            </div>
            <button
              type="button"
              className="button-secondary"
              onClick={() => remove(index)}
              aria-label={t('people.remove', { who: fullName ? `${title} (${fullName})` : title })}
            >
              {t('people.remove', { who: title })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          append(newPerson(), {
            shouldFocus: true,
            focusName: `${name}.${fields.length}.firstName`,
          })
        }
      >
        {t(name === 'contacts' ? 'people.addContact' : 'people.addTeamMember')}
      </button>
    </div>
  );
}
