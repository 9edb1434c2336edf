import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities from raw rows of a whole table row (e.g. a function returning
 * SETOF the table), column by column from the entity's metadata, so a column
 * added later needs no change here. Columns the entity hides (`select: false`)
 * are left out unless named in `withHidden`.
 */
export function rowsToEntities<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  rows: Record<string, unknown>[],
  withHidden: string[] = [],
): E[] {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns.filter((c) => c.isSelect || withHidden.includes(c.propertyName));
  return rows.map((row) => {
    const entity = metadata.create() as E;
    for (const column of columns) {
      if (!(column.databaseName in row)) continue;
      column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  });
}
