import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../../components/ui/use-t';
import type { StageId } from '../../domain/status-machine';

type MoveToMenuProps = {
  name: string;
  /** "Move to…", translated once for the board. */
  buttonLabel: string;
  targets: readonly StageId[];
  onSelect: (target: StageId) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
};

/**
 * The keyboard and screen-reader path for moves: a menu button (WAI-ARIA menu button pattern)
 * listing only the stages the card may legally go to.
 */
export function MoveToMenu({ name, buttonLabel, targets, onSelect, buttonRef }: MoveToMenuProps) {
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const isOpen = activeIndex !== null;

  useEffect(() => {
    if (activeIndex !== null) itemRefs.current[activeIndex]?.focus();
  }, [activeIndex]);

  const close = (returnFocus: boolean) => {
    setActiveIndex(null);
    if (returnFocus) buttonRef.current?.focus();
  };

  const handleButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex(event.key === 'ArrowDown' ? 0 : targets.length - 1);
    }
  };

  const handleMenuKeyDown = (event: KeyboardEvent) => {
    if (activeIndex === null) return;
    const last = targets.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActiveIndex(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const handleSelect = (target: StageId) => {
    close(true);
    onSelect(target);
  };

  return (
    <div
      className="move-to"
      onBlur={(event) => {
        // Focus left the button and its menu (a click elsewhere, or Tab): fold the menu.
        if (isOpen && !event.currentTarget.contains(event.relatedTarget)) setActiveIndex(null);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button-secondary move-to-button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => (isOpen ? close(false) : setActiveIndex(0))}
        onKeyDown={handleButtonKeyDown}
      >
        {buttonLabel}
        <span className="visually-hidden"> {name}</span>
      </button>
      {isOpen && (
        <MoveToList
          id={menuId}
          name={name}
          targets={targets}
          activeIndex={activeIndex}
          itemRefs={itemRefs}
          onKeyDown={handleMenuKeyDown}
          onSelect={handleSelect}
        />
      )}
    </div>
  );
}

type MoveToListProps = {
  id: string;
  name: string;
  targets: readonly StageId[];
  activeIndex: number;
  itemRefs: RefObject<(HTMLButtonElement | null)[]>;
  onKeyDown: (event: KeyboardEvent) => void;
  onSelect: (target: StageId) => void;
};

/** The open menu: translated when it opens, so the cards' first render does no lookups for it. */
function MoveToList({
  id,
  name,
  targets,
  activeIndex,
  itemRefs,
  onKeyDown,
  onSelect,
}: MoveToListProps) {
  const { t } = useT(['board', 'common']);
  return (
    <ul
      id={id}
      role="menu"
      className="move-to-menu"
      aria-label={t('board:moveTo.menu', { name })}
      onKeyDown={onKeyDown}
    >
      {targets.map((target, index) => (
        <li key={target} role="none">
          <button
            ref={(node) => {
              itemRefs.current[index] = node;
            }}
            type="button"
            role="menuitem"
            tabIndex={index === activeIndex ? 0 : -1}
            className="move-to-item"
            data-stage={target}
            onClick={() => onSelect(target)}
          >
            {t(`common:stage.${target}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
