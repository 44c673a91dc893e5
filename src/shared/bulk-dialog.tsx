import { useId, useState, type FormEvent } from 'react';
import { useT } from '../components/ui/use-t';
import { FormActions } from '../components/ui/form-actions';
import { ModalDialog } from '../components/ui/modal-dialog';
import { MOVE_TARGETS, type BulkAction, type MoveTarget } from '../domain/bulk';
import { CLOSE_REASONS, composeStatusReason, type CloseOutcome } from '../domain/close';
import './referral-forms.css';

export type BulkDialogKind = 'decline' | 'closeLost' | 'closeWon' | 'move';

const OUTCOME: Record<Exclude<BulkDialogKind, 'move'>, CloseOutcome> = {
  decline: 'closed-declined',
  closeLost: 'closed-lost',
  closeWon: 'closed-won',
};

type BulkDialogProps = {
  kind: BulkDialogKind | undefined;
  count: number;
  onCancel: () => void;
  onConfirm: (action: BulkAction) => void;
};

/**
 * One reason for many closes (the close dialog's presets), asked once with the count; or the
 * stage for "Move to". Nothing is sent before the confirm button.
 */
export function BulkDialog({ kind, count, onCancel, onConfirm }: BulkDialogProps) {
  const { t } = useT('referral');
  const isClose = kind !== undefined && kind !== 'move';
  return (
    <ModalDialog
      title={kind ? t(`bulk.dialog.${kind}`, { count }) : ''}
      isOpen={kind !== undefined}
      onClose={onCancel}
      description={
        isClose ? (
          <p className="callout callout-warning">{t('bulk.dialog.confirmClose', { count })}</p>
        ) : undefined
      }
    >
      {kind === 'move' && <MoveForm count={count} onCancel={onCancel} onConfirm={onConfirm} />}
      {kind && kind !== 'move' && (
        <ReasonForm
          outcome={OUTCOME[kind]}
          count={count}
          onCancel={onCancel}
          onConfirm={onConfirm}
        />
      )}
    </ModalDialog>
  );
}

type FormProps = { count: number; onCancel: () => void; onConfirm: (action: BulkAction) => void };

function ReasonForm({
  outcome,
  count,
  onCancel,
  onConfirm,
}: FormProps & { outcome: CloseOutcome }) {
  const { t } = useT('referral');
  const ids = useId();
  const [preset, setPreset] = useState('');
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<{ preset?: string; details?: string }>({});

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!CLOSE_REASONS[outcome].includes(preset)) next.preset = t('close.errors.reasonRequired');
    if (preset === 'other' && !details.trim()) next.details = t('close.errors.detailsRequired');
    if (details.trim().length > 500) next.details = t('close.errors.detailsTooLong');
    setErrors(next);
    if (next.preset || next.details) return;
    const statusReason = composeStatusReason(t(`common:closeReason.${preset}`), details);
    onConfirm(
      outcome === 'closed-declined'
        ? { kind: 'decline', statusReason }
        : { kind: 'close', outcome, statusReason },
    );
  };

  return (
    <form noValidate onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor={`${ids}-preset`}>{t('close.reason')}</label>
        <select
          id={`${ids}-preset`}
          value={preset}
          onChange={(e) => setPreset(e.target.value)}
          aria-required
          aria-invalid={errors.preset ? true : undefined}
          aria-describedby={errors.preset ? `${ids}-preset-error` : undefined}
        >
          <option value="">{t('close.reasonPlaceholder')}</option>
          {CLOSE_REASONS[outcome].map((key) => (
            <option key={key} value={key}>
              {t(`common:closeReason.${key}`)}
            </option>
          ))}
        </select>
        {errors.preset && (
          <p id={`${ids}-preset-error`} className="field-error" role="alert">
            {errors.preset}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-details`}>{t('close.details')}</label>
        <textarea
          id={`${ids}-details`}
          value={details}
          onChange={(e) => setDetails(e.target.value)}
          aria-required={preset === 'other'}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={`${ids}-details-hint${errors.details ? ` ${ids}-details-error` : ''}`}
        />
        <p id={`${ids}-details-hint`} className="field-hint">
          {t('close.detailsHint')}
        </p>
        {errors.details && (
          <p id={`${ids}-details-error`} className="field-error" role="alert">
            {errors.details}
          </p>
        )}
      </div>
      {outcome === 'closed-won' && <p className="field-hint">{t('bulk.dialog.wonHint')}</p>}
      <p className="field-hint">{t('bulk.dialog.skipHint')}</p>
      <FormActions
        cancelLabel={t('bulk.dialog.cancel')}
        submitLabel={t('bulk.dialog.submitClose', { count })}
        onCancel={onCancel}
      />
    </form>
  );
}

function MoveForm({ onCancel, onConfirm }: FormProps) {
  const { t } = useT('referral');
  const [target, setTarget] = useState<MoveTarget>('active-accepted');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm({ kind: 'move', target });
      }}
    >
      <fieldset className="choice-group">
        <legend>{t('bulk.dialog.stage')}</legend>
        {MOVE_TARGETS.map((stage) => (
          <label key={stage} className="choice">
            <input
              type="radio"
              name="bulk-move-target"
              value={stage}
              checked={target === stage}
              onChange={() => setTarget(stage)}
            />
            {t(`common:stage.${stage}`)}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">{t('bulk.dialog.skipHint')}</p>
      <FormActions
        cancelLabel={t('bulk.dialog.cancel')}
        submitLabel={t('bulk.dialog.submitMove')}
        onCancel={onCancel}
      />
    </form>
  );
}
