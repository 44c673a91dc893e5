import { useEffect, useId, useRef, type ReactNode } from 'react';

type ModalDialogProps = {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Text under the title, read by screen readers as the dialog's description. */
  description?: ReactNode;
};

/** A modal on the native <dialog> element: focus trap, Escape and the top layer come from the browser. */
export function ModalDialog({ title, isOpen, onClose, children, description }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!isOpen && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {isOpen && (
        <>
          <h2 id={titleId}>{title}</h2>
          {description && <div id={descriptionId}>{description}</div>}
          {children}
        </>
      )}
    </dialog>
  );
}
