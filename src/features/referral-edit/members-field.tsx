import { useFieldArray, useFormContext } from 'react-hook-form';
import { useT } from '../../components/ui/use-t';
import type { FormValues } from './form-model';
import { TextField } from './text-field';

type MembersFieldProps = { name: 'contacts' | 'team' };

/** People (customer contacts or our team) with add and remove; email is validated. */
export function MembersField({ name }: MembersFieldProps) {
  const { t } = useT('edit');
  const { control } = useFormContext<FormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const itemKey = name === 'contacts' ? 'members.contact' : 'members.teamMember';
  return (
    <div className="members">
      {fields.length === 0 && <p className="field-hint">{t('members.empty')}</p>}
      {fields.map((member, index) => {
        const title = t(itemKey, { n: index + 1 });
        const who = [member.firstName, member.lastName].filter(Boolean).join(' ') || title;
        return (
          <fieldset key={member.id} className="member">
            <legend>{title}</legend>
            <div className="member-grid">
              <TextField name={`${name}.${index}.firstName`} label={t('members.firstName')} />
              <TextField name={`${name}.${index}.lastName`} label={t('members.lastName')} />
              <TextField
                name={`${name}.${index}.email`}
                label={t('members.email')}
                type="email"
                autoComplete="off"
              />
              <TextField
                name={`${name}.${index}.phoneNumber`}
                label={t('members.phoneNumber')}
                type="tel"
                autoComplete="off"
              />
            </div>
            <button
              type="button"
              className="button-secondary"
              onClick={() => remove(index)}
              aria-label={t('members.remove', { who: `${title} (${who})` })}
            >
              {t('members.remove', { who: title })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          append(
            { origin: null, firstName: '', lastName: '', email: '', phoneNumber: '' },
            { shouldFocus: true, focusName: `${name}.${fields.length}.firstName` },
          )
        }
      >
        {t(name === 'contacts' ? 'members.addContact' : 'members.addTeamMember')}
      </button>
    </div>
  );
}
