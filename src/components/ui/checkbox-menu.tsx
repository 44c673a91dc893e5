import { useEffect, useId, useRef, useState } from 'react';
import './checkbox-menu.css';

export type CheckboxOption = { value: string; label: string };

type CheckboxMenuProps = {
  /** The group's name, shown on the button and as the legend. */
  label: string;
  /** What is chosen, in words ("Any", "2 selected"), shown after the label. */
  summary: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown instead of the options when there are none. */
  emptyText?: string;
};

/**
 * A button that opens a group of checkboxes (a multi-select). Escape, a click outside or moving focus
 * out closes it; focus returns to the button on Escape. Every checkbox is a real labelled input.
 */
export function CheckboxMenu({
  label,
  summary,
  options,
  selected,
  onChange,
  emptyText,
}: CheckboxMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  // The owner may apply a change a few frames later (e.g. through the URL, in a transition): show
  // the user's choice at once, until the owner hands a new `selected`.
  const [choice, setChoice] = useState<{ base: readonly string[]; value: string[] }>();
  const shown = choice?.base === selected ? choice.value : selected;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    const root = rootRef.current;
    if (!isOpen || !root) return;
    const isInside = (target: EventTarget | null) =>
      target instanceof Node && root.contains(target);
    const handlePointer = (event: PointerEvent) => {
      if (!isInside(event.target)) setIsOpen(false);
    };
    const handleKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      if (isInside(document.activeElement)) buttonRef.current?.focus();
    };
    const handleFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget && !isInside(event.relatedTarget)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    root.addEventListener('focusout', handleFocusOut);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
      root.removeEventListener('focusout', handleFocusOut);
    };
  }, [isOpen]);

  const handleToggle = (value: string, isChecked: boolean) => {
    // Keep the options' order; values chosen that are not among the options (yet) are kept too.
    const chosen = options
      .map((o) => o.value)
      .filter((v) => (v === value ? isChecked : shown.includes(v)));
    const extra = shown.filter((v) => v !== value && !options.some((o) => o.value === v));
    const next = [...chosen, ...extra];
    setChoice({ base: selected, value: next });
    onChange(next);
  };

  return (
    <div className="checkbox-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`button-secondary checkbox-menu-button${shown.length ? ' is-active' : ''}`}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span>{label}</span>
        <span className="checkbox-menu-summary">{summary}</span>
        <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="checkbox-menu-panel" hidden={!isOpen}>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {options.length === 0 && emptyText && <p className="checkbox-menu-empty">{emptyText}</p>}
          {options.map((option) => (
            <label key={option.value} className="checkbox-menu-option">
              <input
                type="checkbox"
                value={option.value}
                checked={shown.includes(option.value)}
                onChange={(event) => handleToggle(option.value, event.target.checked)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
