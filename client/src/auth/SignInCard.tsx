import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/Lock';
import { LOCALES, type Locale } from '../providers/locale';
import { translateAnswer, translateField, type Translate } from '../providers/serverErrors';
import { SignInError, organizationsToChoose, type SignInOrganization } from './signIn';

export interface SignInCardProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  /** Signs in; rejects with a SignInError (or a network error) when that did not work. */
  onSubmit: (credentials: { email: string; password: string; organizationId?: string }) => Promise<unknown>;
  translate: Translate;
}

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** What to tell the person when signing in failed: per field (422) or for the whole form, in their language. */
export function describeSignInFailure(error: unknown, translate: Translate): { fields: FieldErrors; form?: string } {
  if (error instanceof SignInError) {
    const errors = (error.body as { errors?: Record<string, unknown> } | undefined)?.errors;
    if (error.status === 422 && errors && typeof errors === 'object') {
      const fields: FieldErrors = {};
      for (const field of ['email', 'password'] as const) {
        if (typeof errors[field] === 'string') fields[field] = translateField(error.body, field, translate);
      }
      if (Object.keys(fields).length > 0) return { fields };
    }
    if (error.status === 401 || error.status === 429)
      return { fields: {}, form: translateAnswer(error.body, translate, error.message) };
    return { fields: {}, form: translate('app.signIn.failed') };
  }
  // fetch rejects with a TypeError when the server cannot be reached.
  return { fields: {}, form: translate(error instanceof TypeError ? 'app.signIn.unreachable' : 'app.signIn.failed') };
}

/** An outlined text field built from its parts: TextField would bring MUI's whole Select/Menu into the first bundle. */
const Field = ({
  name,
  label,
  error,
  ...input
}: { name: string; label: string; error?: string } & Omit<OutlinedInputProps, 'error' | 'name' | 'label'>) => (
  <FormControl variant="outlined" error={Boolean(error)} fullWidth>
    <InputLabel htmlFor={`sign-in-${name}`}>{label}</InputLabel>
    <OutlinedInput
      id={`sign-in-${name}`}
      name={name}
      label={label}
      aria-describedby={error ? `sign-in-${name}-error` : undefined}
      {...input}
    />
    {error ? <FormHelperText id={`sign-in-${name}-error`}>{error}</FormHelperText> : null}
  </FormControl>
);

/**
 * The sign-in form: e-mail, password and the language, on react-admin's sign-in background. Plain MUI, no
 * react-admin, so the same card serves the first screen (before react-admin loads) and the app's login route.
 */
export const SignInCard = ({ locale, onLocaleChange, onSubmit, translate }: SignInCardProps) => {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ fields: FieldErrors; form?: string }>({ fields: {} });
  const [submitting, setSubmitting] = useState(false);
  // Filled when the password opens accounts in several organisations: the person picks one.
  const [organizations, setOrganizations] = useState<SignInOrganization[]>([]);
  const [organizationId, setOrganizationId] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = translate('app.signIn.required');
    if (!password) missing.password = translate('app.signIn.required');
    setErrors({ fields: missing });
    if (Object.keys(missing).length > 0) return;
    setSubmitting(true);
    try {
      await onSubmit({
        email: email.trim(),
        password,
        ...(organizations.length > 0 && organizationId ? { organizationId } : {}),
      });
    } catch (error) {
      const choices = organizationsToChoose(error);
      if (choices.length > 0) {
        setOrganizations(choices);
        setOrganizationId(choices[0].id);
        setErrors({ fields: {}, form: translate('app.signIn.chooseOrganization') });
      } else {
        setErrors(describeSignInFailure(error, translate));
      }
      setSubmitting(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'flex-start',
        justifyContent: 'center',
        px: 2,
        boxSizing: 'border-box',
        // react-admin's sign-in background, so both sign-in routes look the same.
        backgroundImage: 'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 360, mt: { xs: 4, sm: '6em' } }}>
        <CardContent
          component="form"
          noValidate
          onSubmit={submit}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 3 }}
        >
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
            <Avatar sx={{ bgcolor: 'secondary.main' }}>
              <LockIcon />
            </Avatar>
            <Box>
              <Typography variant="h6" component="h1" sx={{ lineHeight: 1.2 }}>
                {translate('app.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate('app.signIn.title')}
              </Typography>
            </Box>
          </Box>
          <FormControl size="small" fullWidth>
            <InputLabel variant="outlined" htmlFor="sign-in-locale" shrink>
              {translate('app.language')}
            </InputLabel>
            <NativeSelect
              value={locale}
              onChange={(event) => onLocaleChange(event.target.value as Locale)}
              input={<OutlinedInput label={translate('app.language')} notched />}
              inputProps={{ id: 'sign-in-locale', name: 'locale' }}
            >
              {LOCALES.map(({ locale: value, name }) => (
                <option key={value} value={value} lang={value}>
                  {name}
                </option>
              ))}
            </NativeSelect>
          </FormControl>
          <Field
            name="email"
            type="email"
            label={translate('app.signIn.email')}
            autoComplete="username"
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.fields.email}
            inputProps={{ inputMode: 'email', autoCapitalize: 'none', spellCheck: false }}
          />
          <Field
            name="password"
            type="password"
            label={translate('app.signIn.password')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.fields.password}
          />
          {organizations.length > 0 ? (
            <FormControl size="small" fullWidth>
              <InputLabel variant="outlined" htmlFor="sign-in-organization" shrink>
                {translate('app.signIn.organization')}
              </InputLabel>
              <NativeSelect
                value={organizationId}
                onChange={(event) => setOrganizationId(event.target.value)}
                input={<OutlinedInput label={translate('app.signIn.organization')} notched />}
                inputProps={{ id: 'sign-in-organization', name: 'organizationId' }}
              >
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </NativeSelect>
            </FormControl>
          ) : null}
          {errors.form ? (
            <Alert
              severity={
                organizations.length > 0 && errors.form === translate('app.signIn.chooseOrganization')
                  ? 'info'
                  : 'error'
              }
              role="alert"
            >
              {errors.form}
            </Alert>
          ) : null}
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={submitting}
            startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {translate('app.signIn.submit')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
