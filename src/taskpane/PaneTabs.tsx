/**
 * The pane's tab strip: a WAI-ARIA tablist of plain buttons. Tab reaches the selected tab, the
 * arrow keys move between tabs and Enter or Space opens one. Fluent's TabList would add about
 * 30 KB of JavaScript for the same behaviour, and the pane's bundle budget is tight.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRovingFocus } from './use-roving-focus';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    border: 'none',
    background: 'none',
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: '3px solid transparent',
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

interface PaneTabsProps<T extends string> {
  tabs: readonly T[];
  selected: T;
  labels: Record<T, string>;
  label: string;
  /** Id prefix: tab `${idPrefix}tab-${id}` controls panel `${idPrefix}panel-${id}`. */
  idPrefix?: string;
  onSelect: (tab: T) => void;
}

export function PaneTabs<T extends string>({ tabs, selected, labels, label, idPrefix = '', onSelect }: PaneTabsProps<T>) {
  const styles = useStyles();
  const roving = useRovingFocus(tabs.length, 'horizontal', tabs.indexOf(selected));
  return (
    <div role="tablist" aria-label={label} className={styles.list} onKeyDown={roving.onKeyDown}>
      {tabs.map((id, i) => (
        <button
          key={id}
          {...roving.itemProps(i)}
          type="button"
          role="tab"
          id={`${idPrefix}tab-${id}`}
          aria-selected={id === selected}
          aria-controls={id === selected ? `${idPrefix}panel-${id}` : undefined}
          className={mergeClasses(styles.tab, id === selected && styles.selected)}
          onClick={() => onSelect(id)}
        >
          {labels[id]}
        </button>
      ))}
    </div>
  );
}
