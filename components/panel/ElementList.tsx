import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ELEMENT_KEYS, type ElementKey, type Report } from '@/lib/analysis/types';
import { Icon } from './icons';
import { elementState } from './model';
import type { ElementState, PanelStrings } from './strings';

const STATE_ICONS = { found: 'check', missing: 'cross', 'not-required': 'dash' } as const satisfies Record<
  ElementState,
  string
>;

interface ElementListProps {
  elements: Report['elements'];
  strings: PanelStrings;
  onFocusElement?(key: ElementKey | null): void;
}

/**
 * The six 5W1H elements as chips. One tab stop for the group (arrow keys move between chips), so a keyboard
 * user reaches the findings quickly; hovering or focusing a chip shows its evidence or what to add.
 */
export function ElementList({ elements, strings, onFocusElement }: ElementListProps) {
  const [active, setActive] = useState<ElementKey | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const headingId = useId();
  const detailId = useId();

  const firstMissing = ELEMENT_KEYS.find((k) => elementState(elements[k]) === 'missing') ?? null;
  const shown = active ?? firstMissing;

  const describe = (key: ElementKey): string => {
    const e = elements[key];
    const state = elementState(e);
    const detail = strings.elementDetail(strings.elements[key], state, e.found ? e.evidence : null);
    return state === 'missing' ? `${detail}. ${strings.elementHints[key]}` : detail;
  };

  const enter = (key: ElementKey) => {
    setActive(key);
    onFocusElement?.(key);
  };
  const leave = () => {
    setActive(null);
    onFocusElement?.(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = ELEMENT_KEYS.length - 1;
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = index === last ? 0 : index + 1;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = index === 0 ? last : index - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    if (next === null) return;
    e.preventDefault();
    setTabStop(next);
    buttons.current[next]?.focus();
  };

  return (
    <section className="cp-section" aria-labelledby={headingId}>
      <h2 className="cp-heading" id={headingId}>
        {strings.elementsHeading}
      </h2>
      <ul className="cp-elements">
        {ELEMENT_KEYS.map((key, index) => {
          const e = elements[key];
          const state = elementState(e);
          const description = describe(key);
          return (
            <li
              key={key}
              className={`cp-element cp-element-${state}`}
              data-testid={`cermat-element-${key}`}
              data-state={state}
              title={description}
            >
              <button
                ref={(el) => {
                  buttons.current[index] = el;
                }}
                type="button"
                className="cp-element-button"
                tabIndex={index === tabStop ? 0 : -1}
                aria-label={`${strings.elements[key]}: ${strings.elementStates[state]}`}
                aria-describedby={active === key ? detailId : undefined}
                onMouseEnter={() => enter(key)}
                onMouseLeave={leave}
                onFocus={() => {
                  setTabStop(index);
                  enter(key);
                }}
                onBlur={leave}
                onClick={() => enter(key)}
                onKeyDown={(ev) => onKeyDown(ev, index)}
              >
                <span className="cp-element-icon">
                  <Icon name={STATE_ICONS[state]} />
                </span>
                <span className="cp-element-name">{strings.elements[key]}</span>
                <span className="cp-element-note" aria-hidden="true">
                  {e.found && e.evidence ? e.evidence : strings.elementStates[state]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown && (
        <p className="cp-element-detail" id={detailId}>
          {describe(shown)}
        </p>
      )}
    </section>
  );
}
