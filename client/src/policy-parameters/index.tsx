import {
  Create,
  DateInput,
  FunctionField,
  List,
  NumberInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useGetList,
  useLocaleState,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useEffect } from 'react';
import { Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateField } from '../common/fields';
import { intlTag } from '../common/formats';
import { choices, POLICY_PARAMETER_KEYS } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { PolicyParameter } from '../api/types';

const keyChoices = choices('policy-parameters', 'key', POLICY_PARAMETER_KEYS);

/** Every version of every rule's amount, newest start first per rule; a version is never edited. */
const PolicyParameterList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List
      actions={<ListActions />}
      sort={{ field: 'key', order: 'ASC' }}
      perPage={50}
      filters={[<SelectInput key="key" source="key" choices={keyChoices} alwaysOn />]}
    >
      <ResponsiveDatagrid configurable bulkActionButtons={false} rowClick={false}>
        <SelectField source="key" choices={keyChoices} />
        <FunctionField
          source="value"
          render={(p: PolicyParameter) =>
            `${new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 2 }).format(p.value)} ${translate(`resources.policy-parameters.unit.${p.unit}`)}`
          }
        />
        <DateField source="validFrom" />
        <DateField source="validTo" emptyText="—" />
        <TextField source="sourceDocument" />
        <TextField source="sourceParagraph" emptyText="—" />
      </ResponsiveDatagrid>
    </List>
  );
};

/**
 * The unit follows the rule: each key has one, which the server keeps (another is refused). The form takes it
 * from the key's current versions rather than from a copy of the server's table.
 */
const UnitOfKey = () => {
  const key = useWatch<{ key?: string }>({ name: 'key' });
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { data = [] } = useGetList<PolicyParameter>(
    'policy-parameters',
    { filter: { key }, pagination: { page: 1, perPage: 1 }, sort: { field: 'validFrom', order: 'DESC' } },
    { enabled: !!key },
  );
  const unit = key ? data[0]?.unit : undefined;
  useEffect(() => {
    if (unit) setValue('unit', unit);
  }, [unit, setValue]);
  return unit ? (
    <Typography variant="body2" sx={{ mb: 2 }} data-testid="parameter-unit">
      {translate('resources.policy-parameters.fields.unit')}: {translate(`resources.policy-parameters.unit.${unit}`)}
    </Typography>
  ) : null;
};

const notNegative: Validator = (value: unknown) =>
  typeof value === 'number' && value < 0 ? 'app.policyParameters.notNegative' : undefined;

/** A new version from a date: the version it follows ends the day before, keeping its value. */
const PolicyParameterCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm warnWhenUnsavedChanges>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.policyParameters.newVersionHelp')}
        </Typography>
        <SelectInput source="key" choices={keyChoices} validate={required()} />
        <UnitOfKey />
        <NumberInput source="value" validate={[required(), notNegative]} step={0.01} />
        <DateInput source="validFrom" validate={required()} />
        <DateInput source="validTo" />
        <TextInput source="sourceDocument" validate={required()} fullWidth />
        <TextInput source="sourceParagraph" fullWidth />
      </SimpleForm>
    </Create>
  );
};

export default { list: PolicyParameterList, create: PolicyParameterCreate };
