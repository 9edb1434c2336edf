import {
  DateField as RaDateField,
  NumberField as RaNumberField,
  useLocaleState,
  type DateFieldProps,
  type NumberFieldProps,
} from 'react-admin';
import { intlTag } from './formats';
import { DAY_FIELD_OPTIONS, DAY_TIME_FIELD_OPTIONS } from './dates';

/**
 * react-admin's DateField formats in the browser's language unless told otherwise; this one
 * formats in the language the reader picked, the same way as `formatDay`/`formatDateTime`.
 */
export const DateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <RaDateField
      locales={intlTag(locale)}
      options={props.showTime ? DAY_TIME_FIELD_OPTIONS : DAY_FIELD_OPTIONS}
      {...props}
    />
  );
};

/** react-admin's NumberField in the reader's language ("€ 25,00", "1.234,5" in Dutch). */
export const NumberField = (props: NumberFieldProps) => {
  const [locale] = useLocaleState();
  return <RaNumberField locales={intlTag(locale)} {...props} />;
};
