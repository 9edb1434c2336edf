import { Children, isValidElement, useEffect, type ReactElement, type ReactNode } from 'react';
import { Box, useMediaQuery, type Theme } from '@mui/material';
import { SavedViewColumns } from './ListColumns';
import {
  Datagrid,
  FieldTitle,
  SimpleList,
  useRecordContext,
  useResourceContext,
  useStore,
  type DatagridProps,
} from 'react-admin';
import { columnKeys, type AvailableColumn } from './listColumns';

/** Marks the cards (react-admin's SimpleList has no class of its own in a production build). */
export const CARDS_CLASS = 'Doorbraak-cards';

/** A phone-sized screen (below MUI's `sm`, 600 px): lists become cards there. */
export const useIsSmall = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));

type FieldElement = ReactElement<{ source?: string; label?: ReactNode | false }>;

/** One line of a card: the column's title, then its value. */
const CardLine = ({ field }: { field: FieldElement }) => {
  const resource = useResourceContext();
  const record = useRecordContext();
  const { source, label } = field.props;
  // A title with nothing after it ("Shelter until:") reads as missing data: a card leaves out empty lines.
  const value =
    source && record
      ? source.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], record)
      : undefined;
  if (
    source &&
    record &&
    (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
  )
    return null;
  return (
    <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
      {label === false ? null : (
        <Box component="span" sx={{ color: 'text.secondary', mr: 0.5 }}>
          <FieldTitle label={typeof label === 'string' ? label : undefined} source={source} resource={resource} />:
        </Box>
      )}
      {field}
    </Box>
  );
};

/**
 * A Datagrid showing the columns chosen with react-admin's SelectColumnsButton: what react-admin's
 * DatagridConfigurable does, with the same store keys, without its page-editing mode (whose editor and
 * inspector would load with every list). It tells the chooser the list's columns, by their fields, and shows
 * those chosen, in their order; nothing chosen yet: all but `omit`.
 */
const ChosenColumnsDatagrid = ({ children, omit, ...props }: DatagridProps & { omit?: string[] }) => {
  const resource = useResourceContext() ?? '';
  const keys = columnKeys(resource);
  const fields = Children.toArray(children).filter(isValidElement) as FieldElement[];
  const [available, setAvailable] = useStore<AvailableColumn[]>(keys.available, []);
  const [, setOmit] = useStore<string[] | undefined>(keys.omit, omit);
  const ownColumns = fields
    .map((field, index) => ({ index: String(index), source: field.props.source }))
    .filter((column) => !column.source || !omit?.includes(column.source));
  const [columns] = useStore<string[]>(
    keys.columns,
    ownColumns.map((column) => column.index),
  );
  useEffect(() => {
    // First showing, or the list's columns changed since the choice was stored: start from the list's own.
    if (available.length === fields.length) return;
    setAvailable(
      fields.map((field, index) => ({
        index: String(index),
        source: field.props.source,
        label: typeof field.props.label === 'string' ? field.props.label : undefined,
      })),
    );
    setOmit(omit);
    // The children are the list's constant columns; only a change in their number is a new list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [available.length, fields.length]);
  return <Datagrid {...props}>{columns.map((index) => fields[Number(index)]).filter(Boolean)}</Datagrid>;
};

/**
 * react-admin's Datagrid on wide screens; on a phone the same columns as a SimpleList of cards (react-admin's
 * mobile pattern), so no list scrolls sideways: the first column is the card's title, the next few its lines.
 *
 * A list page's grid (`configurable`) lets the user choose and order its columns (ListColumnsButton in the
 * list's toolbar; `omit`: the columns hidden until chosen), and a saved view brings its columns back. Cards
 * keep the list's own first columns.
 */
export const ResponsiveDatagrid = ({
  children,
  rowClick,
  rowSx,
  empty,
  cardLines = 4,
  configurable = false,
  omit,
  ...props
}: DatagridProps & { cardLines?: number; configurable?: boolean; omit?: string[] }) => {
  const isSmall = useIsSmall();
  if (!isSmall && configurable) {
    return (
      <>
        <SavedViewColumns />
        <ChosenColumnsDatagrid rowClick={rowClick} rowSx={rowSx} empty={empty} omit={omit} {...props}>
          {children}
        </ChosenColumnsDatagrid>
      </>
    );
  }
  if (!isSmall) {
    return (
      <Datagrid rowClick={rowClick} rowSx={rowSx} empty={empty} {...props}>
        {children}
      </Datagrid>
    );
  }
  const fields = Children.toArray(children).filter(isValidElement) as FieldElement[];
  // Hidden-until-chosen columns stay off the cards too.
  const [title, ...lines] = fields.filter((field) => !omit?.includes(field.props.source ?? ''));
  return (
    <>
      {configurable && <SavedViewColumns />}
      <SimpleList
        className={CARDS_CLASS}
        primaryText={title}
        secondaryText={
          <>
            {lines.slice(0, cardLines).map((field, index) => (
              <CardLine key={index} field={field} />
            ))}
          </>
        }
        rowClick={typeof rowClick === 'string' || typeof rowClick === 'function' ? rowClick : false}
        rowSx={rowSx}
        empty={empty}
      />
    </>
  );
};
