import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Box, useMediaQuery, type Theme } from '@mui/material';
import { SavedViewColumns } from './ListColumns';
import {
  Datagrid,
  DatagridConfigurable,
  FieldTitle,
  SimpleList,
  useRecordContext,
  useResourceContext,
  type DatagridProps,
} from 'react-admin';

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
        <DatagridConfigurable rowClick={rowClick} rowSx={rowSx} empty={empty} omit={omit} {...props}>
          {children}
        </DatagridConfigurable>
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
