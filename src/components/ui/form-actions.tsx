type FormActionsProps = {
  cancelLabel: string;
  submitLabel: string;
  /** While a submit is on its way both buttons are disabled. */
  isSubmitting?: boolean;
  onCancel: () => void;
};

/** The Cancel / submit row at the foot of a dialog form. */
export function FormActions({
  cancelLabel,
  submitLabel,
  isSubmitting,
  onCancel,
}: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="button" className="button-secondary" onClick={onCancel} disabled={isSubmitting}>
        {cancelLabel}
      </button>
      <button type="submit" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </div>
  );
}
