import { useFieldArray, useFormContext } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import { emptyContact, type CreateFormValues } from '../../domain/create-form';
import { TextField } from './fields';

/** Customer contacts or our team members: name, email, phone, with add and remove. */
export function PeopleField({ name }: { name: 'contacts' | 'team' }) {
  const { t } = useT('create');
  const { control } = useFormContext<CreateFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const itemKey = name === 'contacts' ? 'people.contact' : 'people.teamMember';
  return (
    <div className="members">
      {fields.length === 0 && <p className="field-hint">{t('people.empty')}</p>}
      {fields.map((person, index) => {
        const title = t(itemKey, { n: index + 1 });
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
            <button type="button" className="button-secondary" onClick={() => remove(index)}>
              {t('people.remove', { who: title })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          append(emptyContact(), {
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
